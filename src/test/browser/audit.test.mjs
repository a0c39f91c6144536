// Browser test of the auditors' replay view (issue 6), per the browser-test convention:
// BASE_URL (the running demo app) and SCREENSHOT_DIR from the environment; prints what it
// checked; exits non-zero on any failed check.
//
// 1. Makes some history if the demo app has none: starts the AUDIT_YEAR cycle (default 2030)
//    as bcd over REST, drafts the plan as bcd and approves it as truongban.
// 2. The Camunda welcome page shows the link to the view.
// 3. kiemtoan (auditor) logs in to the view, opens the cycle, sees the timeline and the
//    diagram, plays the replay (the position advances and the diagram marks the current
//    element), screenshots.
// 4. tuyentruyen (a department) is refused with the Vietnamese message.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const BASE = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const SHOTS = process.env.SCREENSHOT_DIR || '/tmp/shots';
const YEAR = Number(process.env.AUDIT_YEAR || 2030);
mkdirSync(SHOTS, { recursive: true });

let failed = 0;
function check(ok, what) {
  console.log(`${ok ? 'OK  ' : 'FAIL'} ${what}`);
  if (!ok) failed++;
}
const basic = (u) => 'Basic ' + Buffer.from(`${u}:${u}`).toString('base64');
async function rest(user, method, path, body) {
  const r = await fetch(BASE + path, { method, headers: { Authorization: basic(user),
    'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  return { status: r.status, body: text ? (() => { try { return JSON.parse(text); } catch { return text; } })() : null };
}
async function complete(user, key, variables) {
  const found = await rest(user, 'GET', `/engine-rest/task?processInstanceBusinessKey=QCDC-${YEAR}&taskDefinitionKey=${key}`);
  if (!Array.isArray(found.body) || !found.body.length) return false;
  const task = found.body[0];
  await rest(user, 'POST', `/engine-rest/task/${task.id}/claim`, { userId: user });
  const vars = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, { value: v }]));
  const r = await rest(user, 'POST', `/engine-rest/task/${task.id}/submit-form`, { variables: vars });
  return r.status === 204 || r.status === 200;
}

// 1. history to look at
const started = await rest('bcd', 'POST', '/api/cycles', { year: YEAR });
check(started.status === 200 || started.status === 201 || started.status === 409,
  `cycle ${YEAR} started or already there (HTTP ${started.status})`);
await complete('bcd', 'DraftPlan', { yearKeyTasks: 'Tuyên truyền Nghị quyết\nCải cách hành chính', disseminationDueDate: `${YEAR}-02-15` });
await complete('truongban', 'ApprovePlan', { planDecision: 'approve' });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox',
  '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'] });
try {
  // 2. the welcome page links to the view
  const welcome = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await welcome.goto(`${BASE}/camunda/app/welcome/default/`);
  await welcome.fill('input[type=text]', 'kiemtoan');
  await welcome.fill('input[type=password]', 'kiemtoan');
  await welcome.click('button[type=submit]');
  const link = welcome.locator('a:has-text("Lịch sử kiểm tra QCDC")');
  await link.first().waitFor({ timeout: 20000 }).catch(() => {});
  check(await link.count() > 0 && (await link.first().getAttribute('href')) === '/audit/index.html',
    'the Camunda welcome page links to the audit view');
  await welcome.screenshot({ path: `${SHOTS}/audit-welcome.png` });
  await welcome.context().close();

  // 3. the auditor replays the cycle
  const page = await (await browser.newContext({ viewport: { width: 1600, height: 1100 } })).newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${BASE}/audit/`);
  await page.getByLabel('Tên đăng nhập').fill('kiemtoan');
  await page.getByLabel('Mật khẩu').fill('kiemtoan');
  await page.click('button:has-text("Đăng nhập")');
  await page.waitForSelector('#cycle-list tbody tr.clickable', { timeout: 20000 });
  check((await page.textContent('#who')).includes('kiemtoan'), 'the view names the auditor');
  await page.fill('#filter-year', String(YEAR));
  await page.click('button:has-text("Lọc")');
  await page.waitForTimeout(800);
  const rows = page.locator('#cycle-list tbody tr.clickable');
  check(await rows.count() === 1 && (await rows.first().textContent()).includes(`QCDC-${YEAR}`),
    `filtered by year: the one cycle QCDC-${YEAR}`);
  await rows.first().click();
  await page.waitForSelector('#diagram .djs-element', { timeout: 20000 });
  const steps = await page.locator('#timeline tbody tr').count();
  check(steps >= 5, `the timeline lists ${steps} steps`);
  const timeline = await page.textContent('#timeline');
  check(timeline.includes('Soạn thảo kế hoạch') && timeline.includes('bcd') && timeline.includes('truongban'),
    'the timeline names the plan steps and the people who did them');
  check(await page.locator('#diagram .djs-element.route-taken').count() >= 3,
    'the diagram marks the route taken');
  const before = await page.textContent('#position');
  await page.selectOption('#speed', '150');
  await page.click('#play');
  await page.waitForTimeout(1500);
  const during = await page.textContent('#position');
  check(during !== before && /Bước \d+\/\d+/.test(during), `the replay moves (${before} → ${during})`);
  check(await page.locator('#timeline tr.current').count() === 1, 'the current step is highlighted in the timeline');
  await page.screenshot({ path: `${SHOTS}/audit-replay-playing.png`, fullPage: true });
  await page.click('#play'); // pause
  await page.click('#first');
  await page.click('#next');
  await page.click('#next');
  check((await page.textContent('#position')).startsWith('Bước 3/'), 'step by step: the third step');
  await page.click('#timeline tbody tr:has-text("Phê duyệt kế hoạch")');
  await page.waitForTimeout(300);
  check(await page.locator('#diagram .djs-element.replay-current[data-element-id="ApprovePlan"]').count() === 1,
    'the diagram highlights the current element (the plan approval)');
  check((await page.textContent('#current-step')).includes('truongban'),
    'the current step names who approved the plan');
  await page.screenshot({ path: `${SHOTS}/audit-replay.png`, fullPage: true });
  check(pageErrors.length === 0, `no script errors in the view ${JSON.stringify(pageErrors)}`);
  await page.context().close();

  // 4. a department member is refused
  const other = await (await browser.newContext()).newPage();
  await other.goto(`${BASE}/audit/index.html`);
  await other.getByLabel('Tên đăng nhập').fill('tuyentruyen');
  await other.getByLabel('Mật khẩu').fill('tuyentruyen');
  await other.click('button:has-text("Đăng nhập")');
  await other.waitForFunction(() => document.getElementById('login-error').textContent.length > 0, null, { timeout: 10000 }).catch(() => {});
  const refusal = await other.textContent('#login-error');
  check(refusal.includes('Bạn không có quyền xem lịch sử kiểm tra'), `tuyentruyen is refused: «${refusal}»`);
  check(await other.locator('#app').isHidden(), 'tuyentruyen sees no cycle');
  await other.screenshot({ path: `${SHOTS}/audit-refused.png` });
  const api = await rest('tuyentruyen', 'GET', '/api/audit/cycles');
  check(api.status === 403, `the REST API refuses tuyentruyen too (HTTP ${api.status})`);
} finally {
  await browser.close();
}
console.log(failed ? `${failed} check(s) failed` : 'all checks passed');
process.exit(failed ? 1 : 0);
