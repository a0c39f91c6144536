// "Tiến độ QCDC" in Cockpit (issue 15), on the demo app (run.sh): BASE_URL, SCREENSHOT_DIR.
// 1. truongban (leadership) logs in to Cockpit, opens "Tiến độ QCDC" from the menu: 2022 shows
//    Phòng Tuyên truyền overdue in dissemination (a link to its open task and instance);
//    2021 shows both reports sent. The summary is on Cockpit's dashboard too.
// 2. tuyentruyen (a department) reads /api/progress with its Tasklist session: its own unit
//    only, no report, no complaint; the other units' rows never reach the browser.
// Screenshots: progress-2022.png, progress-2021.png, progress-dashboard.png.
import { BASE, SHOTS, check, finish, launch, newPage, login } from './support.mjs';

const browser = await launch();
try {
  const page = await newPage(browser);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'cockpit', 'truongban');
  await page.waitForSelector('.qcdc-progress .qcdc-matrix', { timeout: 30000 });
  check(await page.locator('.qcdc-progress').count() === 1, 'Cockpit dashboard shows the QCDC progress summary');
  await page.locator('.qcdc-progress').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/progress-dashboard.png`, fullPage: true });

  const menu = page.locator('a:has-text("Tiến độ QCDC")');
  check(await menu.count() >= 1, 'the top menu has «Tiến độ QCDC»');
  await menu.first().click();
  await page.waitForFunction(() => location.hash.startsWith('#/qcdc-progress'), null, { timeout: 10000 });
  await page.selectOption('select.qcdc-year', '2022');
  await page.waitForSelector('.qcdc-progress h3:has-text("năm 2022")', { timeout: 20000 });
  const late = page.locator('tr[data-unit="phong-tuyen-truyen"] td[data-phase="DISSEMINATION"]');
  check(await late.getAttribute('data-status') === 'OVERDUE', 'Phòng Tuyên truyền is overdue in dissemination for 2022');
  check((await late.textContent()).includes('Quá hạn'), 'the cell reads «Quá hạn»');
  check(await late.locator('a[href*="tasklist"][href*="task="]').count() === 1, 'the cell links to the open task in Tasklist');
  check(await late.locator('a[href*="#/process-instance/"]').count() === 1, 'the cell links to its process instance in Cockpit');
  const onTime = await page.locator('td[data-phase="DISSEMINATION"][data-status="DONE_ON_TIME"]').count();
  check(onTime === 7, `the seven other units disseminated on time (${onTime})`);
  await page.screenshot({ path: `${SHOTS}/progress-2022.png`, fullPage: true });

  await page.selectOption('select.qcdc-year', '2021');
  await page.waitForSelector('.qcdc-progress h3:has-text("năm 2021")', { timeout: 20000 });
  for (const period of ['H1', 'YEAR']) {
    const row = page.locator(`tr[data-period="${period}"]`);
    check(await row.getAttribute('data-state') === 'SENT' && (await row.textContent()).includes('Đã gửi'),
      `the 2021 report ${period} was sent: «${(await row.textContent()).replace(/\s+/g, ' ').trim()}»`);
  }
  await page.screenshot({ path: `${SHOTS}/progress-2021.png`, fullPage: true });
  check(errors.length === 0, `no script errors (${errors.join('; ')})`);
  await page.context().close();

  // A unit member: its own row only, through the Tasklist session (no password in the page).
  const unit = await newPage(browser);
  await login(unit, 'tasklist', 'tuyentruyen');
  const seen = await unit.evaluate(async () => {
    const r = await fetch('/api/progress?year=2022', { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    return { status: r.status, body: await r.json() };
  });
  check(seen.status === 200, `tuyentruyen reads its progress with its session (HTTP ${seen.status})`);
  const units = (seen.body.units || []).map((u) => u.code);
  check(units.length === 1 && units[0] === 'phong-tuyen-truyen', `only its own unit (${units.join(', ')})`);
  check((seen.body.cells || []).every((c) => c.unit === 'phong-tuyen-truyen'), 'no cell of another unit');
  check(!JSON.stringify(seen.body).includes('Phòng Văn hóa') && seen.body.complaints == null
    && (seen.body.reports || []).length === 0, 'no other unit, report or complaint in the answer');
  await unit.context().close();
} finally {
  await browser.close();
}
finish();
