// The auditors' history replay inside Cockpit (issues 6 and 15), on the demo app (run.sh):
// BASE_URL, SCREENSHOT_DIR.
// 1. The welcome page's «Lịch sử kiểm tra QCDC» leads into Cockpit; /audit/ redirects there.
// 2. kiemtoan (auditor) logs in to Cockpit once, opens «Lịch sử kiểm tra» from the menu,
//    filters 2021, opens QCDC-2021: timeline, diagram with the route, replay and step by step;
//    exports the year as JSON (a download, the chain head recorded) and verifies the file.
//    Nothing is kept in the page's storage.
// 3. truongban (leadership, a Cockpit user) has no menu entry and is refused on the page.
// Screenshots: audit-welcome.png, audit-replay.png, audit-refused.png.
import { readFileSync } from 'node:fs';
import { BASE, SHOTS, check, finish, launch, newPage, login, rest } from './support.mjs';

const browser = await launch();
try {
  // 1. the way in
  const welcome = await newPage(browser);
  // (the welcome page keeps password fields after log-in: its profile form)
  await welcome.goto(`${BASE}/camunda/app/welcome/default/`);
  await welcome.waitForSelector('input[type=password]', { timeout: 30000 });
  await welcome.fill('input[type=text]', 'kiemtoan');
  await welcome.fill('input[type=password]', 'kiemtoan');
  await welcome.click('button[type=submit]');
  const link = welcome.locator('a:has-text("Lịch sử kiểm tra QCDC")');
  await link.first().waitFor({ timeout: 20000 }).catch(() => {});
  check(await link.count() > 0 && (await link.first().getAttribute('href')) === '/camunda/app/cockpit/default/#/qcdc-audit',
    'the welcome page links to the replay inside Cockpit');
  await welcome.screenshot({ path: `${SHOTS}/audit-welcome.png` });
  const old = await fetch(`${BASE}/audit/`, { redirect: 'manual' });
  check(old.status === 302 && (old.headers.get('location') || '').endsWith('/camunda/app/cockpit/default/#/qcdc-audit'),
    `/audit/ redirects into Cockpit (${old.status} ${old.headers.get('location')})`);
  await welcome.context().close();

  // 2. the auditor, with Cockpit's session only
  const page = await newPage(browser);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'cockpit', 'kiemtoan');
  const menu = page.locator('a.qcdc-audit-link');
  await menu.first().waitFor({ timeout: 20000 }).catch(() => {});
  check(await menu.count() === 1 && (await menu.textContent()) === 'Lịch sử kiểm tra', 'the auditor has «Lịch sử kiểm tra» in the menu');
  await menu.first().click();
  await page.waitForSelector('.qcdc-audit #cycle-list tbody tr.clickable', { timeout: 30000 });
  check((await page.textContent('.qcdc-audit #who')).includes('kiemtoan'), 'the page names the auditor, no second log-in');
  await page.fill('#filter-year', '2021');
  await page.selectOption('#filter-process', 'qcdc-annual-cycle');
  await page.click('#filter button[type=submit]');
  await page.waitForTimeout(1500);
  const rows = page.locator('#cycle-list tbody tr.clickable');
  check(await rows.count() === 1 && (await rows.first().textContent()).includes('QCDC-2021'), 'filtered: the cycle QCDC-2021');
  await rows.first().click();
  await page.waitForSelector('#diagram .djs-element.route-taken', { timeout: 30000 });
  const steps = await page.locator('#timeline tbody tr').count();
  check(steps >= 100, `the 2021 timeline lists ${steps} steps`);
  const timeline = await page.textContent('#timeline');
  check(timeline.includes('Soạn thảo kế hoạch') && timeline.includes('bcd') && timeline.includes('truongban'),
    'the timeline names the plan steps and the people who did them');
  check(!timeline.includes('${'), 'no raw ${expression} in the step names');
  await page.selectOption('#speed', '150');
  const before = await page.textContent('#position');
  await page.click('#play');
  await page.waitForTimeout(1500);
  const during = await page.textContent('#position');
  check(during !== before && /Bước \d+\/\d+/.test(during), `the replay plays (${before} → ${during})`);
  await page.click('#play');
  await page.click('#first');
  await page.click('#next');
  check((await page.textContent('#position')).startsWith('Bước 2/'), 'step by step: the second step');
  check(await page.locator('#diagram .djs-element.replay-current').count() === 1, 'the diagram marks the current step');
  await page.evaluate(() => document.querySelector('#replay-title').scrollIntoView());
  await page.screenshot({ path: `${SHOTS}/audit-replay.png`, fullPage: false });

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click('#export-json')]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  const entries = exported.entries || exported.trail || [];
  check(download.suggestedFilename().endsWith('.json') && Array.isArray(entries) && entries.length >= 100,
    `exported ${download.suggestedFilename()} with ${entries.length} entries`);
  await page.waitForFunction(() => document.querySelector('#current-step').textContent.includes('Đã xuất'), null, { timeout: 10000 }).catch(() => {});
  check((await page.textContent('#current-step')).includes('mã băm cuối chuỗi'), 'the export names the recorded chain head');
  await page.setInputFiles('#verify-file', file);
  await page.click('#verify-form button[type=submit]');
  await page.waitForSelector('#verify-result.verify-ok', { timeout: 30000 }).catch(() => {});
  check((await page.textContent('#verify-result')).startsWith('Tệp nguyên vẹn'), `the exported file verifies: «${await page.textContent('#verify-result')}»`);
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  check(!/Basic |kiemtoan:/.test(stored), 'no credential in the page storage');
  check(errors.length === 0, `no script errors (${errors.join('; ')})`);
  await page.context().close();

  // 3. leadership uses Cockpit but not the replay
  const lead = await newPage(browser);
  await login(lead, 'cockpit', 'truongban');
  await lead.waitForTimeout(1500);
  check(await lead.locator('a.qcdc-audit-link').count() === 0, 'leadership has no replay entry in the menu');
  await lead.goto(`${BASE}/camunda/app/cockpit/default/#/qcdc-audit`);
  await lead.waitForSelector('.qcdc-audit .error', { timeout: 20000 });
  await lead.waitForTimeout(1500);
  const refusal = await lead.textContent('.qcdc-audit .error');
  check(refusal.includes('Bạn không có quyền xem lịch sử kiểm tra'), `leadership is refused: «${refusal}»`);
  check(await lead.locator('.qcdc-audit #app').isHidden(), 'leadership sees no cycle');
  await lead.screenshot({ path: `${SHOTS}/audit-refused.png` });
  const api = await rest('/api/audit/cycles', 'tuyentruyen');
  check(api.status === 403, `the REST API refuses a department (HTTP ${api.status})`);
} finally {
  await browser.close();
}
finish();
