// Issue 16: the demo bloc's agencies apart, in Tasklist and Cockpit, on the demo app (run.sh).
// 1. Ban Dân vận's head (dv-truongban) in Tasklist: the filter of all open QCDC work lists the
//    agency's own tasks only; Ban Tuyên giáo's open dissemination task cannot be opened, by id
//    in Tasklist or through the webapps' engine API with the session.
// 2. The same head in Cockpit: «Tiến độ QCDC» for 2022 shows Ban Dân vận's units only, and its
//    six-month report sent; the session's engine calls return no instance of another agency.
// 3. The bloc Party Committee's official (dangykhoi) in Tasklist: the six-month reports of the
//    two agencies that sent theirs wait to be received ("Tiếp nhận báo cáo của ..."), nothing
//    else; the complaints' identity log is refused.
// Screenshots: agencies-tasklist-bdvtu.png, agencies-progress-bdvtu.png, agencies-bloc-tasklist.png.
import { BASE, SHOTS, check, finish, launch, newPage, login, rest } from './support.mjs';

const OTHER_UNITS = ['phong-tuyen-truyen', 'phong-tong-hop', 'tc-'];

// Ban Tuyên giáo's open dissemination task (its 2022 is late in dissemination).
const btgtu = await rest('/task?taskDefinitionKey=RecordDissemination&candidateGroup=phong-tuyen-truyen'
  + '&includeAssignedTasks=true', 'tuyentruyen');
const foreignTask = (btgtu.body || [])[0];
check(!!foreignTask && foreignTask.tenantId === 'btgtu', 'Ban Tuyên giáo has an open dissemination task in its tenant',
  foreignTask ? foreignTask.id : `HTTP ${btgtu.status}`);

const browser = await launch();
try {
  // 1. Tasklist, Ban Dân vận's head.
  const head = await newPage(browser);
  const errors = [];
  head.on('pageerror', (e) => errors.push(e.message));
  await login(head, 'tasklist', 'dv-truongban');
  const filters = await head.$$eval('.task-filter h4.name', (ls) => ls.map((l) => l.textContent.replace(/\s+/g, ' ').trim()));
  const all = filters.find((f) => f.includes('Tất cả việc QCDC'));
  check(!!all, 'the head is offered the filter of all open QCDC work', JSON.stringify(filters));
  await head.click('.task-filter h4.name:has-text("Tất cả việc QCDC")');
  await head.waitForSelector('.tasks-list li.task', { timeout: 20000 });
  await head.waitForTimeout(1500);
  const names = await head.$$eval('.tasks-list li.task', (ls) => ls.map((l) => l.textContent.replace(/\s+/g, ' ').trim()));
  check(names.length > 0, `Ban Dân vận's open work is listed (${names.length} tasks)`);
  check(names.some((n) => n.includes('Phê duyệt báo cáo')), 'its year-end report waits for the head\'s approval');
  check(!names.some((n) => n.includes('Phòng Tuyên truyền') || n.includes('Ban Tổ chức')),
    'no task of Ban Tuyên giáo or Ban Tổ chức is listed');
  await head.screenshot({ path: `${SHOTS}/agencies-tasklist-bdvtu.png`, fullPage: true });
  const seen = await head.evaluate(async (id) => {
    const base = '/camunda/api/engine/engine/default';
    const list = await fetch(`${base}/task?maxResults=500`, { headers: { Accept: 'application/json' } });
    const one = await fetch(`${base}/task/${id}`, { headers: { Accept: 'application/json' } });
    return { listStatus: list.status, tenants: list.ok ? (await list.json()).map((t) => t.tenantId) : [],
      oneStatus: one.status };
  }, foreignTask?.id);
  check(seen.listStatus === 200 && seen.tenants.length > 0 && seen.tenants.every((t) => t === 'bdvtu'),
    `every task the session's engine API lists is Ban Dân vận's (${seen.tenants.length}, HTTP ${seen.listStatus})`,
    [...new Set(seen.tenants)].join(','));
  check(seen.oneStatus === 404 || seen.oneStatus === 403,
    `Ban Tuyên giáo's task by id is refused (HTTP ${seen.oneStatus})`);
  await head.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${foreignTask?.id}`);
  await head.waitForTimeout(2500);
  check(!(await head.$('.fjs-container')), 'Tasklist opens no form for Ban Tuyên giáo\'s task');

  // 2. Cockpit, the same head.
  await head.goto(`${BASE}/camunda/app/cockpit/default/#/qcdc-progress`);
  await head.waitForSelector('select.qcdc-year', { timeout: 30000 });
  await head.selectOption('select.qcdc-year', '2022');
  await head.waitForSelector('.qcdc-progress h3:has-text("năm 2022")', { timeout: 20000 });
  await head.waitForTimeout(1000);
  const units = await head.$$eval('tr[data-unit]', (rs) => rs.map((r) => r.getAttribute('data-unit')));
  check(units.length > 0 && units.every((u) => u.startsWith('dv-')),
    `«Tiến độ QCDC» shows Ban Dân vận's units only (${units.length})`, units.join(', '));
  check(!units.some((u) => OTHER_UNITS.some((o) => u.startsWith(o))), 'no unit of another agency is a row');
  const h1 = head.locator('tr[data-period="H1"]');
  check(await h1.count() === 1 && (await h1.getAttribute('data-state')) === 'SENT',
    'its 2022 six-month report shows as sent');
  await head.screenshot({ path: `${SHOTS}/agencies-progress-bdvtu.png`, fullPage: true });
  const history = await head.evaluate(async () => {
    const r = await fetch('/camunda/api/engine/engine/default/history/process-instance?maxResults=500',
      { headers: { Accept: 'application/json' } });
    return { status: r.status, tenants: r.ok ? (await r.json()).map((p) => p.tenantId) : [] };
  });
  check(history.status !== 200 || history.tenants.every((t) => t === 'bdvtu'),
    `Cockpit's session reads no instance of another agency (HTTP ${history.status}, ${history.tenants.length} instances)`,
    [...new Set(history.tenants)].join(','));
  check(errors.length === 0, `no script errors (${errors.join('; ')})`);
  await head.context().close();

  // 3. Tasklist, the bloc Party Committee.
  const bloc = await newPage(browser);
  await login(bloc, 'tasklist', 'dangykhoi');
  await bloc.click('.task-filter h4.name:has-text("Báo cáo chờ tiếp nhận")');
  await bloc.waitForSelector('.tasks-list li.task', { timeout: 20000 });
  await bloc.waitForTimeout(1500);
  const receipts = await bloc.$$eval('.tasks-list li.task', (ls) => ls.map((l) => l.textContent.replace(/\s+/g, ' ').trim()));
  check(receipts.length === 2, `two reports wait for the Party Committee (${receipts.length})`, receipts.join(' | '));
  check(receipts.some((n) => n.includes('Tiếp nhận báo cáo của Ban Dân vận'))
    && receipts.some((n) => n.includes('Tiếp nhận báo cáo của Ban Tổ chức')),
    'one from Ban Dân vận, one from Ban Tổ chức');
  await bloc.screenshot({ path: `${SHOTS}/agencies-bloc-tasklist.png`, fullPage: true });
  const identities = await bloc.evaluate(async () => (await fetch('/api/complaints/identity-access',
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).status);
  check(identities === 403 || identities === 401, `the complaints' identity log is refused to the bloc (HTTP ${identities})`);
  await bloc.context().close();
} finally {
  await browser.close();
}
finish();
