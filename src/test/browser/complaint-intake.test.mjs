// The reception officer records a denunciation on Tasklist's start form; the citizen's name is
// then readable through the case API by the officer but not by another department, and is
// nowhere in Camunda's history. Also draws the four year-round processes in Cockpit.
// BASE_URL (the running demo app) and SCREENSHOT_DIR come from the environment.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const SHOTS = process.env.SCREENSHOT_DIR || '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });
const NAME = 'Hoàng Thị Trình Báo ' + Date.now();
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
const basic = user => 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64');
const call = (user, path) => fetch(BASE + path, { headers: { Authorization: basic(user) } });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
async function login(app, user) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  await page.fill('input[type=text]', user); await page.fill('input[type=password]', user);
  await page.click('button[type=submit]'); await page.waitForTimeout(2500);
}
try {
  await login('tasklist', 'tonghop');
  await page.click('a:has-text("Start process")'); await page.waitForTimeout(1000);
  await page.click('a:has-text("Tiếp công dân, giải quyết đơn thư")');
  await page.waitForSelector('.fjs-container');
  const d = new Date();
  const today = `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
  await page.getByLabel('Ngày nhận đơn').fill(today);
  await page.locator('.fjs-container h3').first().click(); // closes the date picker (Escape would close the dialog)
  await page.locator('.fjs-form-field-select', { hasText: 'Hình thức tiếp nhận' }).click();
  await page.locator('.fjs-dropdownlist-item', { hasText: 'Qua bưu điện' }).click();
  await page.getByLabel('Họ và tên người gửi đơn').fill(NAME);
  await page.getByLabel('Nội dung đơn').fill('Tố cáo cán bộ gây phiền hà khi giải quyết hồ sơ.');
  await page.getByLabel('Báo hành vi vi phạm pháp luật của cơ quan, cá nhân').check();
  await page.getByLabel('Liên quan đến quyết định, hành vi, cán bộ của cơ quan').check();
  await page.screenshot({ path: `${SHOTS}/complaint-intake.png` });
  page.on('response', async r => { if (r.url().includes('submit-form')) console.log('submit-form', r.status(), (await r.text()).slice(0, 300)); });
  await page.click('.modal-footer button.btn-primary'); await page.waitForTimeout(3000);
  const errors = await page.$$eval('.page-notifications .alert-danger, .modal .alert-danger', ns => ns.map(n => n.textContent.trim()));
  check(errors.length === 0, `start form submitted without error ${JSON.stringify(errors)}`);

  const instances = await (await call('admin', '/engine-rest/process-instance?processDefinitionKey=qcdc-complaint')).json();
  let found = null;
  for (const pi of instances) {
    const file = await call('tonghop', `/api/complaints/${encodeURIComponent(pi.businessKey)}`);
    if (file.status === 200 && (await file.text()).includes(NAME)) { found = pi; break; }
  }
  check(found !== null, 'the reception officer reads the case with the citizen\'s name');
  if (found) {
    const other = await call('baochi', `/api/complaints/${encodeURIComponent(found.businessKey)}`);
    check(other.status === 403, `another department is refused the case file (${other.status})`);
    for (const path of [`/engine-rest/history/variable-instance?processInstanceId=${found.id}`,
      `/engine-rest/history/detail?processInstanceId=${found.id}`,
      `/engine-rest/process-instance/${found.id}/variables`]) {
      const body = await (await call('admin', path)).text();
      check(!body.includes(NAME), `name absent from ${path.split('?')[0]}`);
    }
  }

  await page.context().clearCookies();
  await login('cockpit', 'truongban');
  const defs = await (await call('admin', '/engine-rest/process-definition?latestVersion=true')).json();
  for (const key of ['qcdc-complaint', 'qcdc-disclosure', 'qcdc-dialogue', 'qcdc-monthly-key-tasks']) {
    const def = defs.find(x => x.key === key);
    check(!!def, `${key} deployed`);
    if (!def) continue;
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-definition/${def.id}/runtime`);
    await page.waitForSelector('.djs-container svg .djs-element', { timeout: 20000 }).catch(() => {});
    await page.waitForTimeout(2000);
    const shapes = await page.$$eval('.djs-container .djs-shape', s => s.length);
    await page.screenshot({ path: `${SHOTS}/cockpit-${key}.png` });
    check(shapes >= 12, `${key} drawn in Cockpit (${shapes} shapes)`);
  }
} catch (e) {
  check(false, `unexpected: ${e.message}`);
  await page.screenshot({ path: `${SHOTS}/complaint-intake-error.png` }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(failures.length ? 1 : 0);
