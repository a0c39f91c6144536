// QCDC Flow: "Khối: tiến độ báo cáo" (issue 16, step 6), Cockpit plugins like "Tiến độ QCDC"
// (loaded through config.js customScripts): a menu entry, a page (#/qcdc-bloc-progress) and
// a summary on Cockpit's dashboard for the bloc's bodies. Data: GET /api/bloc/progress?year=
// with Cockpit's own session cookie; the consolidated report: /api/bloc/reports/{year}/{period}
// (its POST, a new version, sends Cockpit's CSRF token). Who may see it is decided on the
// server (the bloc's bodies and administrators); anyone else sees a short refusal on the page
// and nothing on the dashboard.

const BADGE = {
  SUBMITTED_ON_TIME: 'qcdc-bloc-ok', SUBMITTED_LATE: 'qcdc-bloc-late', NOT_SUBMITTED: 'qcdc-bloc-none',
  OVERDUE: 'qcdc-bloc-overdue', RETURNED: 'qcdc-bloc-returned', ACCEPTED: 'qcdc-bloc-accepted',
};

// Colours with a contrast of at least 4.5:1 on their background (WCAG AA): the state is also
// always written out, never shown by colour alone.
const STYLE = `
.qcdc-bloc { padding: 10px 20px; font-size: 13px; color: #1f2328; }
.qcdc-bloc h2 { font-size: 20px; margin: 4px 0 10px; }
.qcdc-bloc h3 { font-size: 16px; margin: 18px 0 6px; }
.qcdc-bloc table { border-collapse: collapse; margin-bottom: 8px; }
.qcdc-bloc caption { text-align: left; font-weight: 600; padding: 4px 0; color: #1f2328; }
.qcdc-bloc th, .qcdc-bloc td { border: 1px solid #c4cbd3; padding: 4px 6px; vertical-align: top; }
.qcdc-bloc thead th { background: #eef2f6; }
.qcdc-bloc tbody th { text-align: left; font-weight: 600; background: #fff; }
.qcdc-bloc td.qcdc-num { text-align: right; }
.qcdc-bloc tr.qcdc-bloc-total th, .qcdc-bloc tr.qcdc-bloc-total td { font-weight: 700; background: #f4f6f8; }
.qcdc-bloc .qcdc-badge { display: inline-block; padding: 1px 6px; border-radius: 3px; border: 1px solid; font-weight: 600; }
.qcdc-bloc-ok { background: #e6f4ea; color: #1e5631; border-color: #1e5631; }
.qcdc-bloc-late { background: #fff4e0; color: #7a3e00; border-color: #7a3e00; }
.qcdc-bloc-none { background: #f4f6f8; color: #444c56; border-color: #6e7781; }
.qcdc-bloc-overdue { background: #ffebe9; color: #a40e26; border-color: #a40e26; }
.qcdc-bloc-returned { background: #fbefff; color: #6e2b8c; border-color: #6e2b8c; }
.qcdc-bloc-accepted { background: #ddf4ff; color: #0a4a8a; border-color: #0a4a8a; }
.qcdc-bloc .qcdc-small { color: #444c56; font-size: 12px; }
.qcdc-bloc .qcdc-error { color: #a40e26; font-weight: 600; }
.qcdc-bloc .qcdc-toolbar { margin-bottom: 10px; }
.qcdc-bloc .qcdc-legend span { margin-right: 6px; }
.qcdc-bloc button { margin-left: 6px; }
`;

function style() {
  if (document.getElementById('qcdc-bloc-style')) return;
  const s = document.createElement('style');
  s.id = 'qcdc-bloc-style';
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
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00+07:00' : iso);
  return d.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
};

class Refused extends Error {
  constructor(message, status) { super(message); this.status = status; }
}

async function call(path, method = 'GET', csrf = null) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };
  if (method !== 'GET' && csrf) headers['X-XSRF-TOKEN'] = csrf;
  const r = await fetch(path, { method, credentials: 'same-origin', headers });
  let body = null;
  try { body = await r.json(); } catch (e) { /* not JSON */ }
  if (!r.ok) throw new Refused((body && body.message) || `Lỗi ${r.status}`, r.status);
  return body;
}

function badge(report) {
  return el('span', { class: 'qcdc-badge ' + (BADGE[report.status] || ''), 'data-status': report.status }, report.statusLabel);
}

function legend() {
  const l = el('p', { class: 'qcdc-legend qcdc-small' }, 'Chú thích: ');
  [['SUBMITTED_ON_TIME', 'Đã nộp đúng hạn'], ['SUBMITTED_LATE', 'Nộp muộn'], ['NOT_SUBMITTED', 'Chưa nộp'],
    ['OVERDUE', 'Chưa nộp, quá hạn'], ['RETURNED', 'Bị trả lại'], ['ACCEPTED', 'Đã tiếp nhận']]
    .forEach(([status, statusLabel]) => l.appendChild(badge({ status, statusLabel })));
  return l;
}

const num = (v) => el('td', { class: 'qcdc-num' }, v == null ? '–' : String(v));

/** The table of one period: an agency per row, its state, number, units and figures; the totals. */
function periodTable(data, period) {
  const table = el('table', { class: 'qcdc-bloc-table', 'data-period': period.code });
  table.appendChild(el('caption', {}, `${period.label}: hạn nộp ${day(period.due)}`
    + (period.duePassed ? ' (đã qua hạn)' : '')));
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Cơ quan'), el('th', { scope: 'col' }, 'Tình trạng'),
    el('th', { scope: 'col' }, 'Số, ngày báo cáo'), el('th', { scope: 'col' }, 'Lần sửa'),
    el('th', { scope: 'col' }, 'Đơn vị đã sơ kết/tổng kết'));
  if (data.receiptsKnown) head.appendChild(el('th', { scope: 'col' }, 'Tiếp nhận'));
  data.figures.forEach((f) => head.appendChild(el('th', { scope: 'col', title: f.label }, f.column || f.label)));
  table.appendChild(el('thead', {}, head));
  const body = el('tbody');
  for (const agency of data.agencies) {
    const r = agency.reports.find((x) => x.period === period.code);
    const row = el('tr', { 'data-agency': agency.code, 'data-status': r.status },
      el('th', { scope: 'row' }, agency.name),
      el('td', {}, badge(r), r.submittedAt ? el('div', { class: 'qcdc-small' }, 'Nộp ngày ' + day(r.submittedAt)) : null),
      el('td', {}, r.documentNumber ? `${r.documentNumber}${r.documentDate ? ', ' + day(r.documentDate) : ''}` : '–'),
      num(r.submitted ? r.revision : null),
      el('td', { class: 'qcdc-num' }, r.submitted ? `${r.unitsFiled}/${r.unitsExpected}` : '–'));
    if (data.receiptsKnown) {
      const cell = el('td');
      if (!r.receipts.length) cell.appendChild(document.createTextNode('–'));
      r.receipts.forEach((x) => cell.appendChild(el('div', {}, `${x.bodyName}: ${x.statusLabel}`)));
      row.appendChild(cell);
    }
    data.figures.forEach((f) => row.appendChild(num(r.submitted ? r.figures[f.key] : null)));
    body.appendChild(row);
  }
  const t = data.totals.find((x) => x.period === period.code);
  const total = el('tr', { class: 'qcdc-bloc-total' }, el('th', { scope: 'row' }, 'Tổng cộng'),
    el('td', {}, `${t.submitted}/${t.agencies} đã nộp: ${t.onTime} đúng hạn, ${t.late} muộn; ${t.notSubmitted} chưa nộp`
      + (t.overdue ? ` (${t.overdue} quá hạn)` : '') + (t.returned ? `; ${t.returned} bị trả lại` : '')
      + (t.accepted ? `; ${t.accepted} đã tiếp nhận` : '')),
    el('td', {}, ''), el('td', {}, ''), el('td', { class: 'qcdc-num' }, `${t.unitsFiled}/${t.unitsExpected}`));
  if (data.receiptsKnown) total.appendChild(el('td', {}, ''));
  data.figures.forEach((f) => total.appendChild(num(t.figures[f.key])));
  body.appendChild(total);
  table.appendChild(body);
  return table;
}

/** The consolidated report of a period: its state, the downloads and "make it again". */
async function reportLine(data, period, csrf) {
  const line = el('p', { class: 'qcdc-bloc-report', 'data-period': period.code });
  const base = `/api/bloc/reports/${data.year}/${period.code}`;
  let stored = null;
  try {
    stored = await call(base);
  } catch (e) {
    line.appendChild(document.createTextNode(e.status === 404 ? `${e.message} ` : `Báo cáo tổng hợp ${period.label.toLowerCase()}: ${e.message} `));
    // made by the hourly check the day after the deadline; a bloc user need not wait for it
    if (e.status === 404 && period.duePassed) line.appendChild(makeButton(line, data, period, csrf, 'Lập báo cáo tổng hợp ngay'));
    return line;
  }
  line.appendChild(document.createTextNode(`Báo cáo tổng hợp ${period.label.toLowerCase()}: bản ${stored.version}, lập ngày ${day(stored.at)} `
    + `(${stored.submitted}/${stored.expected} cơ quan đã nộp, ${stored.late} nộp muộn). `));
  line.appendChild(el('a', { href: `${base}/document`, download: '' }, `Tải bản Word (${period.label})`));
  if (stored.withPdf) {
    line.appendChild(document.createTextNode(' · '));
    line.appendChild(el('a', { href: `${base}/document.pdf`, download: '' }, `Tải bản PDF (${period.label})`));
  }
  line.appendChild(makeButton(line, data, period, csrf, 'Lập lại báo cáo tổng hợp'));
  return line;
}

/** A button that makes the period's consolidated report (again: a new version). */
function makeButton(line, data, period, csrf, label) {
  const button = el('button', { type: 'button', class: 'btn btn-default btn-xs qcdc-bloc-make' }, label);
  button.onclick = async () => {
    button.disabled = true;
    try {
      await call(`/api/bloc/reports/${data.year}/${period.code}`, 'POST', csrf);
      line.replaceWith(await reportLine(data, period, csrf));
    } catch (e) {
      button.disabled = false;
      line.appendChild(el('span', { class: 'qcdc-error', role: 'alert' }, ' ' + e.message));
    }
  };
  return button;
}

function yearFromHash() {
  const m = /[?&]year=(\d{4})/.exec(window.location.hash);
  return m ? Number(m[1]) : null;
}

async function show(node, year, full, csrf) {
  style();
  node.innerHTML = '';
  const root = el('section', { class: 'qcdc-bloc', 'aria-labelledby': 'qcdc-bloc-title' });
  node.appendChild(root);
  root.appendChild(el('h2', { id: 'qcdc-bloc-title' }, 'Khối: tiến độ báo cáo QCDC của các cơ quan'));
  const status = el('p', { class: 'qcdc-small', role: 'status', 'aria-live': 'polite' }, 'Đang tải…');
  root.appendChild(status);
  let data;
  try {
    data = await call('/api/bloc/progress' + (year ? `?year=${year}` : ''));
  } catch (e) {
    if (!full && (e.status === 401 || e.status === 403)) { node.innerHTML = ''; return; }
    status.className = 'qcdc-error';
    status.setAttribute('role', 'alert');
    status.textContent = e.message;
    return;
  }
  status.textContent = '';
  const select = el('select', { id: `qcdc-bloc-year-${full ? 'page' : 'dash'}`, class: 'qcdc-bloc-year' });
  data.years.forEach((y) => { const o = el('option', { value: y }, `Năm ${y}`); if (y === data.year) o.selected = true; select.appendChild(o); });
  select.onchange = () => {
    if (full) window.location.hash = `#/qcdc-bloc-progress?year=${select.value}`; else show(node, Number(select.value), full, csrf);
  };
  const toolbar = el('div', { class: 'qcdc-toolbar' }, el('label', { for: select.id }, 'Năm '), select);
  if (!full) toolbar.appendChild(el('span', {}, ' ', el('a', { href: `#/qcdc-bloc-progress?year=${data.year}` }, 'Xem đầy đủ tiến độ báo cáo của Khối')));
  root.appendChild(toolbar);
  root.appendChild(el('h3', {}, `Báo cáo của ${data.agencies.length} cơ quan năm ${data.year}`));
  root.appendChild(legend());
  for (const period of data.periods) {
    root.appendChild(periodTable(data, period));
    if (full) root.appendChild(await reportLine(data, period, csrf));
  }
  root.appendChild(el('p', { class: 'qcdc-small' }, 'Số liệu là tổng số liệu sơ kết, tổng kết của các đơn vị trong báo cáo mỗi cơ quan đã nộp;'
    + ' không có thông tin về người khiếu nại, tố cáo.'));
}

export default [
  {
    id: 'qcdc-bloc-progress-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 90,
    properties: { label: 'Khối: tiến độ báo cáo', pagePath: '#/qcdc-bloc-progress', path: '/qcdc-bloc-progress' },
  },
  {
    id: 'qcdc-bloc-progress-page',
    pluginPoint: 'cockpit.route',
    properties: { path: '/qcdc-bloc-progress', label: 'Khối: tiến độ báo cáo' },
    render: (node, { api } = {}) => { show(node, yearFromHash(), true, api && api.CSRFToken); },
  },
  {
    id: 'qcdc-bloc-progress-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 110,
    properties: { label: 'Khối: tiến độ báo cáo' },
    render: (node, { api } = {}) => { show(node, null, false, api && api.CSRFToken); },
  },
];
