// QCDC Flow: "Tiến độ QCDC", Cockpit plugins (7.14+ plugin system, loaded through
// config.js customScripts): a menu entry, a page (#/qcdc-progress) and a summary on
// Cockpit's dashboard. Data: GET /api/progress?year= (read-only), called with
// Cockpit's own session cookie: no second log-in, nothing stored by the page.
// What a user sees is decided on the server (leadership: the agency; a unit: itself).

const STATUS_CLASS = {
  DONE_ON_TIME: 'qcdc-ok', DONE_LATE: 'qcdc-late', OPEN: 'qcdc-open', OVERDUE: 'qcdc-overdue',
  NOT_STARTED: 'qcdc-none', NOT_REQUIRED: 'qcdc-na',
};
const LIMITS = { OVERDUE: 'Quá hạn', DUE_SOON: 'Sắp đến hạn (≤ 3 ngày làm việc)', IN_TIME: 'Trong hạn', NO_LIMIT: 'Chưa có hạn' };

const STYLE = `
.qcdc-progress { padding: 10px 20px; font-size: 13px; }
.qcdc-progress h2 { font-size: 20px; margin: 4px 0 10px; }
.qcdc-progress h3 { font-size: 16px; margin: 18px 0 6px; }
.qcdc-progress table { border-collapse: collapse; margin-bottom: 8px; }
.qcdc-progress th, .qcdc-progress td { border: 1px solid #d6dbe0; padding: 4px 6px; vertical-align: top; }
.qcdc-progress th { background: #eef2f6; }
.qcdc-progress td.qcdc-cell { min-width: 110px; }
.qcdc-ok { background: #e8f5e9; } .qcdc-late { background: #fff3e0; }
.qcdc-open { background: #e3f2fd; } .qcdc-overdue { background: #ffebee; color: #b3261e; font-weight: 600; }
.qcdc-none { color: #888; } .qcdc-na { color: #aaa; background: #fafafa; }
.qcdc-legend span { display: inline-block; padding: 2px 8px; margin-right: 6px; border: 1px solid #d6dbe0; }
.qcdc-progress .qcdc-toolbar { margin-bottom: 10px; }
.qcdc-progress .qcdc-error { color: #b3261e; font-weight: 600; }
.qcdc-progress .qcdc-small { color: #555; font-size: 12px; }
`;

function style() {
  if (document.getElementById('qcdc-progress-style')) return;
  const s = document.createElement('style');
  s.id = 'qcdc-progress-style';
  s.textContent = STYLE;
  document.head.appendChild(s);
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (v != null) e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c == null) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

const day = (iso) => {
  if (!iso) return '';
  let d = new Date(iso.length === 10 ? iso + 'T00:00:00+07:00' : iso);
  // a due date at midnight is the end of the day before (Vietnam time): show that day
  if (iso.length > 10 && d.getUTCHours() === 17 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) {
    d = new Date(d.getTime() - 1);
  }
  return d.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
};

async function getJson(path) {
  const r = await fetch(path, { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (e) { /* not JSON */ }
  if (!r.ok) {
    const error = new Error((body && body.message) || `Lỗi ${r.status}`);
    error.status = r.status;
    throw error;
  }
  return body;
}

let auditorPromise = null;
function isAuditor() {
  if (!auditorPromise) {
    auditorPromise = fetch('/api/audit/me', { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
      .then((r) => r.ok).catch(() => false);
  }
  return auditorPromise;
}

/** A link to a task: Tasklist while it is open; the instance in Cockpit, or the replay when finished. */
function taskLinks(task, auditor) {
  if (!task) return null;
  const span = el('span', { class: 'qcdc-small' });
  if (!task.end) {
    span.appendChild(el('a', { href: `/camunda/app/tasklist/default/#/?task=${encodeURIComponent(task.taskId)}`, title: task.name }, 'Công việc'));
    span.appendChild(document.createTextNode(' · '));
  }
  if (task.running) {
    span.appendChild(el('a', { href: `#/process-instance/${encodeURIComponent(task.processInstanceId)}/runtime` }, 'Phiên bản quy trình'));
  } else if (auditor) {
    span.appendChild(el('a', { href: `#/qcdc-audit?cycle=${encodeURIComponent(task.rootProcessInstanceId)}` }, 'Xem lại lịch sử'));
  }
  return span;
}

function matrix(data, auditor) {
  const table = el('table', { class: 'qcdc-matrix' });
  const head = el('tr', {}, el('th', {}, 'Đơn vị'));
  data.phases.forEach((p) => head.appendChild(el('th', {}, p.label)));
  table.appendChild(el('thead', {}, head));
  const body = el('tbody');
  for (const unit of data.units) {
    const row = el('tr', { 'data-unit': unit.code }, el('th', {}, unit.name));
    for (const phase of data.phases) {
      const c = data.cells.find((x) => x.unit === unit.code && x.phase === phase.code);
      const td = el('td', { class: 'qcdc-cell ' + (STATUS_CLASS[c.status] || ''), 'data-phase': phase.code, 'data-status': c.status }, el('div', {}, c.statusLabel));
      const counts = [];
      if (c.done + c.doneLate + c.open + c.overdue > 1) {
        if (c.done) counts.push(`${c.done} đúng hạn`);
        if (c.doneLate) counts.push(`${c.doneLate} trễ hạn`);
        if (c.open) counts.push(`${c.open} đang làm`);
        if (c.overdue) counts.push(`${c.overdue} quá hạn`);
      }
      if (counts.length) td.appendChild(el('div', { class: 'qcdc-small' }, counts.join(', ')));
      if (c.task && c.task.due && !c.task.end) td.appendChild(el('div', { class: 'qcdc-small' }, 'Hạn ' + day(c.task.due)));
      const links = taskLinks(c.task, auditor);
      if (links) td.appendChild(links);
      row.appendChild(td);
    }
    body.appendChild(row);
  }
  table.appendChild(body);
  return table;
}

function legend() {
  const l = el('div', { class: 'qcdc-legend qcdc-small' });
  [['qcdc-ok', 'Hoàn thành đúng hạn'], ['qcdc-late', 'Hoàn thành trễ hạn'], ['qcdc-open', 'Đang thực hiện'],
    ['qcdc-overdue', 'Quá hạn'], ['qcdc-none', 'Chưa đến giai đoạn'], ['qcdc-na', 'Không phải thực hiện']]
    .forEach(([c, t]) => l.appendChild(el('span', { class: c }, t)));
  return l;
}

function openTasks(tasks, auditor) {
  if (!tasks || !tasks.length) return null;
  const ul = el('ul', { class: 'qcdc-small' });
  tasks.forEach((t) => ul.appendChild(el('li', {}, `Chờ: ${t.name}${t.assignee ? ' (' + t.assignee + ')' : ''} `, taskLinks(t, auditor))));
  return ul;
}

function reportsSection(data, auditor) {
  const section = el('div', { class: 'qcdc-reports' });
  section.appendChild(el('h3', {}, 'Kế hoạch và báo cáo'));
  const p = data.plan;
  section.appendChild(el('p', { class: 'qcdc-plan' }, `Kế hoạch năm ${data.year}: ${p.stateLabel}`
    + (p.revision ? ` (bản ${p.revision})` : '') + (p.disseminationDue ? `; hạn quán triệt ${day(p.disseminationDue)}` : '')));
  const planTasks = openTasks(p.openTasks, auditor);
  if (planTasks) section.appendChild(planTasks);
  if (data.scope !== 'AGENCY') return section;
  if (!data.reports.length) {
    section.appendChild(el('p', { class: 'qcdc-small' }, 'Chưa có báo cáo sơ kết, tổng kết nào của năm này.'));
    return section;
  }
  const table = el('table', { class: 'qcdc-report-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Báo cáo'), el('th', {}, 'Trạng thái'), el('th', {}, 'Số, ngày'), el('th', {}, 'Đã gửi'), el('th', {}, 'Đang chờ'))));
  const body = el('tbody');
  for (const r of data.reports) {
    const sent = el('td');
    if (!r.dispatches.length) sent.appendChild(document.createTextNode('Chưa gửi'));
    r.dispatches.forEach((d) => sent.appendChild(el('div', {}, `${d.recipientName || d.recipient}: ${day(d.sentAt)}`)));
    body.appendChild(el('tr', { 'data-period': r.period, 'data-state': r.state },
      el('td', {}, r.periodLabel), el('td', {}, r.stateLabel),
      el('td', {}, r.documentNumber ? `${r.documentNumber}, ${day(r.documentDate)}` : ''),
      sent, el('td', {}, openTasks(r.openTasks, auditor) || '')));
  }
  table.appendChild(body);
  section.appendChild(table);
  return section;
}

function complaintsSection(data) {
  if (!data.complaints) return null;
  const c = data.complaints;
  const section = el('div', { class: 'qcdc-complaints' }, el('h3', {}, 'Đơn thư theo thời hạn luật định'),
    el('p', {}, `Đang giải quyết: ${c.open} · sắp đến hạn (trong 3 ngày làm việc): ${c.dueSoon} · quá hạn: ${c.overdue} · đã gia hạn: ${c.extended}`));
  if (c.cases.length) {
    const body = el('tbody');
    c.cases.forEach((k) => body.appendChild(el('tr', { class: k.limit === 'OVERDUE' ? 'qcdc-overdue' : '' },
      el('td', {}, k.caseNumber), el('td', {}, k.kind), el('td', {}, k.stage), el('td', {}, day(k.due)),
      el('td', {}, LIMITS[k.limit] || k.limit), el('td', {}, k.extensions ? `${k.extensions} lần` : ''))));
    section.appendChild(el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Số đơn'), el('th', {}, 'Loại'),
      el('th', {}, 'Bước'), el('th', {}, 'Hạn'), el('th', {}, 'Thời hạn'), el('th', {}, 'Gia hạn'))), body));
  }
  return section;
}

function yearRoundSection(data, auditor) {
  const section = el('div', { class: 'qcdc-year-round' }, el('h3', {}, 'Công khai, đối thoại, nhiệm vụ trọng tâm tháng'));
  const body = el('tbody');
  data.yearRound.forEach((y) => body.appendChild(el('tr', {}, el('td', {}, y.label), el('td', {}, y.open),
    el('td', { class: y.overdue ? 'qcdc-overdue' : '' }, y.overdue), el('td', {}, openTasks(y.overdueTasks, auditor) || ''))));
  section.appendChild(el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Việc'), el('th', {}, 'Đang mở'),
    el('th', {}, 'Quá hạn'), el('th', {}, 'Việc quá hạn'))), body));
  return section;
}

function yearFromHash() {
  const m = /[?&]year=(\d{4})/.exec(window.location.hash);
  return m ? Number(m[1]) : null;
}

async function show(node, year, full) {
  style();
  node.innerHTML = '';
  const root = el('div', { class: 'qcdc-progress' });
  node.appendChild(root);
  root.appendChild(el('h2', {}, 'Tiến độ thực hiện QCDC'));
  const status = el('p', { class: 'qcdc-small' }, 'Đang tải…');
  root.appendChild(status);
  let data;
  try {
    data = await getJson('/api/progress' + (year ? `?year=${year}` : ''));
  } catch (e) {
    // the bloc's bodies belong to no agency's unit: no agency summary on their dashboard
    if (!full && e.status === 403) { node.innerHTML = ''; return; }
    status.className = 'qcdc-error';
    status.textContent = e.message;
    return;
  }
  const auditor = await isAuditor();
  status.remove();
  const select = el('select', { 'aria-label': 'Năm', class: 'qcdc-year' });
  const years = Array.from(new Set([...data.years, data.year])).sort((a, b) => b - a);
  years.forEach((y) => { const o = el('option', { value: y }, `Năm ${y}`); if (y === data.year) o.selected = true; select.appendChild(o); });
  select.onchange = () => {
    if (full) window.location.hash = `#/qcdc-progress?year=${select.value}`; else show(node, Number(select.value), full);
  };
  const toolbar = el('div', { class: 'qcdc-toolbar' }, el('label', {}, 'Năm ', select));
  if (!full) toolbar.appendChild(el('span', {}, ' ', el('a', { href: `#/qcdc-progress?year=${data.year}` }, 'Xem đầy đủ')));
  toolbar.appendChild(el('span', { class: 'qcdc-small' }, data.scope === 'AGENCY' ? ' Toàn cơ quan' : ' Chỉ đơn vị của bạn'));
  root.appendChild(toolbar);
  root.appendChild(el('h3', {}, `Tiến độ của các đơn vị năm ${data.year}`));
  root.appendChild(legend());
  root.appendChild(matrix(data, auditor));
  root.appendChild(reportsSection(data, auditor));
  if (full) {
    const complaints = complaintsSection(data);
    if (complaints) root.appendChild(complaints);
    root.appendChild(yearRoundSection(data, auditor));
  }
}

export default [
  {
    id: 'qcdc-progress-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: { label: 'Tiến độ QCDC', pagePath: '#/qcdc-progress', path: '/qcdc-progress' },
  },
  {
    id: 'qcdc-progress-page',
    pluginPoint: 'cockpit.route',
    properties: { path: '/qcdc-progress', label: 'Tiến độ QCDC' },
    render: (node) => { show(node, yearFromHash(), true); },
  },
  {
    id: 'qcdc-progress-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    properties: { label: 'Tiến độ QCDC' },
    render: (node) => { show(node, null, false); },
  },
];
