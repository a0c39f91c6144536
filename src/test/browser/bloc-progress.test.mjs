// "Khối: tiến độ báo cáo" in Cockpit (issue 16, step 6), on the demo app (run.sh): BASE_URL,
// SCREENSHOT_DIR. The demo bloc's Party Committee official (dangykhoi, step 7).
// 1. The bloc's official opens "Khối: tiến độ báo cáo" from Cockpit's menu, 2021: each demo
//    agency's six-month and year-end reports received (both bodies accepted them) with their
//    numbers; makes the consolidated
//    six-month report and downloads its Word document. axe-core checks the page when installed.
// 2. The agency's leadership (truongban) is refused on that page; its own dashboard is intact.
// Screenshot: bloc-progress-2021.png.
import { BASE, SHOTS, check, finish, launch, newPage, rest } from './support.mjs';

const BLOC_USER = 'dangykhoi';
const PASSWORD = 'dangykhoi'; // the demo's passwords are the user ids

async function loginAs(page, app, user, password) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  await page.waitForSelector('input[type=password]', { timeout: 30000 });
  await page.fill('input[type=text]', user);
  await page.fill('input[type=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('input[type=password]', { state: 'detached', timeout: 30000 });
  await page.waitForTimeout(1500);
}

async function axe(page, what) {
  let source;
  try {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    // axe-core from the test's packages, else AXE_CORE_PATH (a directory holding axe.min.js)
    const path = process.env.AXE_CORE_PATH ? `${process.env.AXE_CORE_PATH}/axe.min.js`
      : require.resolve('axe-core/axe.min.js');
    source = (await import('node:fs')).readFileSync(path, 'utf8');
  } catch (e) {
    console.log(`skip axe-core on ${what}: not installed`);
    return;
  }
  await page.addScriptTag({ content: source });
  const result = await page.evaluate(() => window.axe.run('.qcdc-bloc', { resultTypes: ['violations'] }));
  check(result.violations.length === 0, `axe-core: no violation on ${what}`,
    result.violations.map((v) => `${v.id} (${v.nodes.length})`).join(', '));
}

const browser = await launch();
try {
  const page = await newPage(browser);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await loginAs(page, 'cockpit', BLOC_USER, PASSWORD);
  const menu = page.locator('a:has-text("Khối: tiến độ báo cáo")');
  check(await menu.count() >= 1, 'the top menu has «Khối: tiến độ báo cáo»');
  await menu.first().click();
  await page.waitForFunction(() => location.hash.startsWith('#/qcdc-bloc-progress'), null, { timeout: 10000 });
  await page.waitForSelector('select.qcdc-bloc-year', { timeout: 20000 });
  await page.selectOption('select.qcdc-bloc-year', '2021');
  await page.waitForSelector('.qcdc-bloc h3:has-text("năm 2021")', { timeout: 20000 });
  for (const period of ['H1', 'YEAR']) {
    for (const [agency, symbol] of [['btgtu', 'BTGTU'], ['bdvtu', 'BDVTU'], ['btctu', 'BTCTU']]) {
      const row = page.locator(`table[data-period="${period}"] tr[data-agency="${agency}"]`);
      const status = await row.getAttribute('data-status');
      const text = (await row.textContent()).replace(/\s+/g, ' ');
      check(status === 'ACCEPTED' && text.includes('Đã tiếp nhận') && new RegExp(`\\d+-BC/${symbol}`).test(text),
        `2021 ${period}: ${agency}'s report is shown received, with its number («${text.trim()}»)`);
    }
  }
  check(await page.locator('table[data-period="H1"] tr.qcdc-bloc-total').count() === 1, 'the H1 table has its totals');
  await axe(page, 'the bloc dashboard 2021');

  const line = page.locator('p.qcdc-bloc-report[data-period="H1"]');
  const make = line.locator('button.qcdc-bloc-make');
  await make.click();
  await page.waitForSelector('p.qcdc-bloc-report[data-period="H1"] a:has-text("Tải bản Word")', { timeout: 60000 });
  check((await page.locator('p.qcdc-bloc-report[data-period="H1"]').textContent()).includes('bản'),
    'the consolidated six-month report of 2021 is made from the page');
  const download = await page.evaluate(async () => {
    const r = await fetch('/api/bloc/reports/2021/H1/document', { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
  });
  check(download.status === 200 && download.type.includes('wordprocessingml') && download.size > 5000,
    `its Word document downloads with the Cockpit session (HTTP ${download.status}, ${download.size} bytes)`);
  await page.screenshot({ path: `${SHOTS}/bloc-progress-2021.png`, fullPage: true });
  // Cockpit's own dashboard counts definitions and tasks for whoever opens it; the engine
  // allow-list (access/EngineAllowList) has no kind for the bloc's bodies yet, so it refuses
  // those three counts (the lead adds the bloc's kind at merge, like the auditors' counts).
  const COCKPIT_COUNTS = /GET \/(process-definition\/count|process-definition\/statistics|decision-definition\/count|task\/count) không thuộc danh sách/;
  const ours = errors.filter((e) => !COCKPIT_COUNTS.test(e));
  if (ours.length !== errors.length) console.log(`note: ${errors.length - ours.length} refusal(s) of Cockpit's dashboard counts (EngineAllowList has no bloc kind yet)`);
  check(ours.length === 0, `no script errors from the bloc's page (${ours.join('; ')})`);
  await page.context().close();

  // An agency's leadership: refused on the page, nothing of the bloc on its dashboard.
  const agency = await newPage(browser);
  await loginAs(agency, 'cockpit', 'truongban', 'truongban');
  await agency.waitForSelector('.qcdc-progress .qcdc-matrix', { timeout: 30000 });
  check(await agency.locator('.qcdc-bloc').count() === 0, 'the agency dashboard shows nothing of the bloc');
  await agency.goto(`${BASE}/camunda/app/cockpit/default/#/qcdc-bloc-progress?year=2021`);
  await agency.waitForSelector('.qcdc-bloc .qcdc-error', { timeout: 20000 });
  check((await agency.locator('.qcdc-bloc .qcdc-error').textContent()).includes('Đảng ủy Khối'),
    'truongban is refused the bloc dashboard with a Vietnamese message');
  check(await agency.locator('.qcdc-bloc table').count() === 0, 'no table reaches the agency');
  await agency.context().close();
} finally {
  await browser.close();
}
finish();
