// Issue 18's forms in Tasklist, on the demo app (run.sh): BASE_URL, SCREENSHOT_DIR.
// (a) lyluan (Phòng Lý luận) records a dissemination session from Tasklist's «Khởi động quy
//     trình» with the start form of «Ghi nhận buổi phổ biến QCDC»: a date in a year without a
//     running cycle is refused by the server in Vietnamese and nothing is started; corrected,
//     the new instance is checked over REST (starter, business key, the recorded variables).
// (b) leadership (truongban) approves a plan in Tasklist and names, in the form's dynamic list,
//     the unit that leads each of the year's key tasks (plan II.3): approving with the list
//     empty is stopped by the form in Vietnamese; filled, «Hoàn thành» is enabled (it was not
//     before scripts/qcdc-dynamic-list-validity.js), the task completes and the stored rows are
//     read back over REST. The 2026 cycle this needs is started and drafted here over REST, as the
//     steering committee; its timers fall due at once under today's clock, so this file is
//     named to run after the demo's other browser tests.
// Screenshots: year-people-*.png.
import { BASE, SHOTS, check, finish, launch, newPage, login, rest, complete, notifications, claimOpenTask } from './support.mjs';

const SESSION_KEY = 'qcdc-dissemination-session';
const YEAR = 2026;
const KEY_TASKS = ['Tuyên truyền Nghị quyết Đại hội XIV của Đảng', 'Cải cách hành chính',
  'Chuyển đổi số trong công tác tuyên giáo'];
// The unit chosen for each key task, by the label the form shows.
const OWNERS = [['phong-tuyen-truyen', 'Phòng Tuyên truyền'],
  ['phong-tong-hop', 'Phòng Khoa giáo - Hành chính và Tổng hợp'],
  ['trung-tam-du-luan', 'Trung tâm Nghiên cứu dư luận xã hội']];

const sessionsOf = async (user) => (await rest(`/history/process-instance?processDefinitionKey=${SESSION_KEY}`
  + `&startedBy=${user}`, 'admin')).body;

/**
 * Fills a date field as a Vietnamese official types it (dd/mm/yyyy), then clicks the form's
 * heading to close the calendar (Escape would close the start dialog; Tab would open the next
 * field's dropdown).
 */
async function fillDate(page, label, ddmmyyyy) {
  await page.getByLabel(label).fill(ddmmyyyy);
  await page.locator('.fjs-container .fjs-form-field-text').first().click();
  await page.waitForTimeout(800);
}

/**
 * Picks an option of the n-th select of the form. A click toggles form-js's dropdown and one
 * made while a date field's calendar closes can be lost: clicked again until it is open.
 */
async function choose(page, nth, label) {
  const field = page.locator('.fjs-form-field-select').nth(nth);
  for (let i = 0; i < 4 && await field.locator('.fjs-dropdownlist-item').count() === 0; i++) {
    await field.locator('.fjs-input-group').click();
    await page.waitForTimeout(600);
  }
  await field.locator('.fjs-dropdownlist-item', { hasText: label }).first().click();
  await page.waitForTimeout(800);
}

const browser = await launch();
try {
  // ------------------------------------------------------------------ (a) the session
  const before = await sessionsOf('lyluan');
  check(Array.isArray(before), 'the sessions Phòng Lý luận recorded are read over REST', JSON.stringify(before).slice(0, 200));
  const page = await newPage(browser);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'tasklist', 'lyluan');
  await page.click('a:has-text("Khởi động quy trình")');
  await page.waitForSelector('.modal', { timeout: 20000 });
  await page.waitForTimeout(1000);
  await page.click('.modal a:has-text("Ghi nhận buổi phổ biến QCDC")');
  await page.waitForSelector('.modal .fjs-container .fjs-form-field', { timeout: 30000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${SHOTS}/year-people-session-form.png`, fullPage: true });
  // A year without a running cycle first: the server refuses it in Vietnamese.
  await choose(page, 0, 'Cuộc họp của phòng, đơn vị');
  await page.getByLabel('Văn bản về QCDC đã phổ biến').fill('Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15');
  await page.waitForTimeout(800);
  await page.getByLabel('Số người tham dự').fill('7');
  await page.waitForTimeout(800);
  await fillDate(page, 'Ngày họp, sinh hoạt', '15/03/2023');
  await page.click('.modal-footer button.btn-primary');
  await page.waitForTimeout(2500);
  const refused = [...await notifications(page), ...await page.$$eval('.modal .alert',
    ns => ns.map(n => n.textContent.replace(/\s+/g, ' ').trim()))];
  check(refused.some(n => n.includes('Năm 2023 không có chu kỳ QCDC đang thực hiện')),
    'a session in a year without a running cycle is refused in Vietnamese', JSON.stringify(refused));
  check((await sessionsOf('lyluan')).length === before.length, 'the refused session started nothing');
  await page.screenshot({ path: `${SHOTS}/year-people-session-refused.png`, fullPage: true });

  // Corrected: a date in the running year 2022.
  for (const close of await page.$$('.page-notifications .close')) await close.click().catch(() => {});
  await fillDate(page, 'Ngày họp, sinh hoạt', '15/03/2022');
  await page.click('.modal-footer button.btn-primary');
  let after = before;
  for (let i = 0; i < 15 && after.length === before.length; i++) {
    await page.waitForTimeout(1000);
    after = await sessionsOf('lyluan');
  }
  check(after.length === before.length + 1, 'the session is recorded from Tasklist\'s start form',
    `${before.length} -> ${after.length}`);
  const started = after.find(p => !before.some(b => b.id === p.id));
  if (started) {
    check(started.businessKey === 'QCDC-2022-PB-phong-ly-luan', 'its business key names the year and the unit', started.businessKey);
    check(started.startUserId === 'lyluan' && started.state === 'COMPLETED', 'started by lyluan, and ended at once',
      `${started.startUserId} ${started.state}`);
    const vars = Object.fromEntries(((await rest(`/history/variable-instance?processInstanceId=${started.id}`, 'admin')).body || [])
      .map(v => [v.name, v.value]));
    check(String(vars.sessionDate).startsWith('2022-03-15'), 'the date recorded', String(vars.sessionDate));
    check(vars.sessionKind === 'HOP_DON_VI', 'the kind recorded', vars.sessionKind);
    check(Number(vars.sessionAttendees) === 7, 'the attendees recorded', String(vars.sessionAttendees));
    check(vars.unitCode === 'phong-ly-luan' && vars.year === 2022, 'the unit: the starter\'s own, in 2022',
      `${vars.unitCode} ${vars.year}`);
  }
  await page.screenshot({ path: `${SHOTS}/year-people-session-recorded.png`, fullPage: true });
  check(errors.length === 0, 'no script error in Tasklist', errors.join('; '));
  await page.context().close();

  // ------------------------------------------------------------------ (b) the key tasks
  const taskOf = async (key, user) => (await rest(`/task?taskDefinitionKey=${key}`
    + `&processInstanceBusinessKey=QCDC-${YEAR}`, user)).body?.[0];
  let approve = await taskOf('ApprovePlan', 'truongban');
  if (!approve) {
    console.log(`setting up: the ${YEAR} cycle and its draft plan, over REST as bcd`);
    const startedCycle = await rest('/api/cycles', 'bcd', { year: YEAR });
    check(startedCycle.status === 201, `the ${YEAR} cycle is started`, `HTTP ${startedCycle.status}`);
    const draft = await taskOf('DraftPlan', 'bcd');
    await complete(draft.id, 'bcd', { yearKeyTasks: KEY_TASKS.join('\n'), disseminationDueDate: `${YEAR}-12-20` });
    approve = await taskOf('ApprovePlan', 'truongban');
  }
  if (!check(!!approve, `the ${YEAR} plan waits for leadership's approval`)) finish();
  const lead = await newPage(browser);
  const leadErrors = [];
  lead.on('pageerror', (e) => leadErrors.push(e.message));
  await login(lead, 'tasklist', 'truongban');
  await lead.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${approve.id}`);
  await lead.waitForSelector('.fjs-container .fjs-form-field', { state: 'attached', timeout: 60000 });
  await lead.waitForTimeout(2500);
  await claimOpenTask(lead);
  const titles = await lead.$$eval('.fjs-form-field-dynamiclist input[type=text]', is => is.map(i => i.value));
  check(KEY_TASKS.every(t => titles.includes(t)), 'the dynamic list shows one row per key task of the draft', JSON.stringify(titles));
  const selects = await lead.locator('.fjs-form-field-dynamiclist .fjs-form-field-select').count();
  check(selects === KEY_TASKS.length, 'each row asks for its leading unit', String(selects));
  await lead.screenshot({ path: `${SHOTS}/year-people-approval-form.png`, fullPage: true });

  // Approving with the list empty: the form asks for each unit, the task stays open.
  await lead.getByLabel('Phê duyệt kế hoạch').check();
  await lead.waitForTimeout(1000);
  await lead.click('button[ng-click="complete()"]');
  await lead.waitForTimeout(2500);
  const required = await lead.$$eval('.fjs-form-field-dynamiclist .fjs-form-field-error',
    es => es.map(e => e.textContent.trim()).filter(Boolean));
  check(required.length === KEY_TASKS.length && required.every(e => e === 'Trường này bắt buộc nhập.'),
    'the form asks, in Vietnamese, for the leading unit of each key task', JSON.stringify(required));
  check((await rest(`/task/${approve.id}`, 'truongban')).status === 200, 'the approval without units is not completed');
  await lead.screenshot({ path: `${SHOTS}/year-people-approval-required.png`, fullPage: true });

  console.log('notifications:', JSON.stringify(await notifications(lead)));
  for (const close of await lead.$$('.page-notifications .close')) await close.click().catch(() => {});
  for (let i = 0; i < OWNERS.length; i++) {
    await choose(lead, i, OWNERS[i][1]);
  }
  await lead.screenshot({ path: `${SHOTS}/year-people-approval-filled.png`, fullPage: true });
  // Tasklist enables «Hoàn thành» once the rows are valid (scripts/qcdc-dynamic-list-validity.js:
  // without it form-js's emptied error slots of the list kept it disabled for good).
  check(await lead.locator('button[ng-click="complete()"]').isEnabled(), 'with a unit for each key task it can be completed');
  await lead.click('button[ng-click="complete()"]');
  let done = false;
  for (let i = 0; i < 15 && !done; i++) {
    await lead.waitForTimeout(1000);
    done = (await rest(`/task/${approve.id}`, 'admin')).status === 404;
  }
  check(done, 'the plan is approved through Tasklist', JSON.stringify(await notifications(lead)));
  const stored = (await rest(`/history/variable-instance?taskIdIn=${approve.id}&variableName=yearKeyTaskItems`
    + '&deserializeValues=false', 'admin')).body?.[0];
  let rows = [];
  try { rows = JSON.parse(stored?.value ?? '[]'); } catch { rows = []; }
  check(rows.length === KEY_TASKS.length && rows.every((r, i) => r.keyTaskOwner === OWNERS[i][0]
    && r.keyTaskTitle === KEY_TASKS[i]), 'the rows submitted name the chosen unit for each key task',
    JSON.stringify(rows));
  const approved = (await rest(`/history/variable-instance?processInstanceId=${approve.processInstanceId}`
    + '&variableName=planApproved', 'admin')).body?.[0];
  check(approved?.value === true, 'the cycle records the plan as approved', JSON.stringify(approved));
  check(leadErrors.length === 0, 'no script error in Tasklist', leadErrors.join('; '));
  await lead.screenshot({ path: `${SHOTS}/year-people-approval-done.png`, fullPage: true });
  await lead.context().close();
} finally {
  await browser.close();
}
finish();
