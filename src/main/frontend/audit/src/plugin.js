// The auditors' history replay, a Cockpit plugin (menu entry "Lịch sử kiểm tra"
// and the page #/qcdc-audit): the cycles, a cycle's timeline, its diagrams
// (bpmn-js, bundled at build time) with the route taken, a step-by-step replay,
// export. Reads /api/audit with Cockpit's own session cookie: no second log-in,
// and the page stores no credential. The server admits only auditors
// (kiem-tra-lich-su) and administrators; the menu entry shows only for them.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css';
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css';
import appCss from './app.css';
import template from './template.html';

let root = null;
const $ = (id) => root.querySelector('#' + id);
const STATES = {
  ACTIVE: 'Đang thực hiện', COMPLETED: 'Đã hoàn thành', SUSPENDED: 'Tạm dừng',
  EXTERNALLY_TERMINATED: 'Đã chấm dứt', INTERNALLY_TERMINATED: 'Đã chấm dứt',
};
const KINDS = { OPERATION: 'Thao tác', INCIDENT: 'Sự cố', COMMENT: 'Ý kiến', ATTACHMENT: 'Tài liệu' };

const OPERATIONS = {
  Create: 'Khởi tạo', Claim: 'Nhận việc', Complete: 'Hoàn thành', Assign: 'Giao việc',
  Delegate: 'Ủy quyền', Resolve: 'Trả lại người ủy quyền', SetOwner: 'Đổi người chịu trách nhiệm',
  SetVariable: 'Đặt dữ liệu', ModifyVariable: 'Sửa dữ liệu', RemoveVariable: 'Xóa dữ liệu',
  Suspend: 'Tạm dừng', Activate: 'Kích hoạt lại', Delete: 'Xóa', Update: 'Cập nhật',
  AddUserLink: 'Thêm người', DeleteUserLink: 'Bỏ người', AddGroupLink: 'Thêm nhóm',
  DeleteGroupLink: 'Bỏ nhóm', SetJobRetries: 'Đặt số lần thử lại', ModifyProcessInstance: 'Điều chỉnh quy trình',
};
const stepName = (s) => (s.kind === 'OPERATION' ? OPERATIONS[s.activityName] || s.activityName : s.activityName) || s.activityId || '';

let replay = null;
let shown = [];        // the steps listed (all, or user tasks only)
let position = -1;     // index in shown of the current step
let timer = null;
let viewer = null;
let diagramInstance = null;
const xmlCache = new Map();

class Refused extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

/** /api/audit with the session cookie; a write carries the CSRF token Cockpit handed over. */
let csrfToken = null;
async function api(path, options = {}) {
  const headers = { ...(options.headers || {}), 'X-Requested-With': 'XMLHttpRequest' };
  if (options.method && options.method !== 'GET' && csrfToken) headers['X-XSRF-TOKEN'] = csrfToken;
  const response = await fetch('/api/audit' + path, { ...options, credentials: 'same-origin', headers });
  if (!response.ok) {
    let message = `Lỗi ${response.status}`;
    try { message = (await response.json()).message || message; } catch (e) { /* not JSON */ }
    if (response.status === 401) message = 'Phiên đăng nhập đã hết: hãy đăng nhập lại vào Giám sát.';
    throw new Refused(response.status, message);
  }
  return response;
}

function fmt(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

function cell(row, text, cls) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  if (cls) td.className = cls;
  row.appendChild(td);
  return td;
}

// ------------------------------------------------------------------ start

async function start() {
  try {
    const me = await (await api('/me')).json();
    $('who').textContent = 'Người xem: ' + me.userId;
    $('app').hidden = false;
    const wanted = /[?&]cycle=([^&]+)/.exec(window.location.hash);
    const year = /[?&]year=(\d{4})/.exec(window.location.hash);
    if (year) $('filter-year').value = year[1];
    await loadCycles();
    if (wanted) await openCycle(decodeURIComponent(wanted[1]));
  } catch (err) {
    $('app').hidden = true;
    showError(err);
  }
}

// ----------------------------------------------------------------- cycles

async function loadCycles() {
  const params = new URLSearchParams();
  if ($('filter-year').value) params.set('year', $('filter-year').value);
  if ($('filter-process').value) params.set('process', $('filter-process').value);
  const list = await (await api('/cycles?' + params)).json();
  const body = $('cycle-list').querySelector('tbody');
  body.innerHTML = '';
  for (const c of list) {
    const row = document.createElement('tr');
    row.className = 'clickable';
    row.dataset.id = c.id;
    cell(row, c.businessKey || c.id);
    cell(row, c.processName);
    cell(row, STATES[c.state] || c.state);
    cell(row, fmt(c.start));
    cell(row, fmt(c.end));
    row.onclick = () => openCycle(c.id).catch(showError);
    body.appendChild(row);
  }
  if (!list.length) {
    const row = document.createElement('tr');
    cell(row, 'Không có chu kỳ nào phù hợp.').colSpan = 5;
    body.appendChild(row);
  }
}

// ----------------------------------------------------------------- replay

async function openCycle(id) {
  stop();
  replay = await (await api('/cycles/' + encodeURIComponent(id))).json();
  $('replay').hidden = false;
  $('replay-title').textContent = `${replay.cycle.processName} — ${replay.cycle.businessKey || ''}`
    + ` (${STATES[replay.cycle.state] || replay.cycle.state}, ${replay.steps.length} bước)`;
  const select = $('instance-select');
  select.innerHTML = '';
  for (const i of replay.instances) {
    const o = document.createElement('option');
    o.value = i.id;
    const depth = depthOf(i);
    o.textContent = '\u00a0\u00a0'.repeat(depth) + i.processName + ' — ' + fmt(i.start);
    select.appendChild(o);
  }
  select.value = replay.cycle.id;
  position = -1;
  renderTimeline();
  await showInstance(replay.cycle.id);
  updatePosition();
}

function depthOf(instance) {
  let depth = 0;
  let current = instance;
  while (current && current.superInstanceId) {
    depth++;
    current = replay.instances.find((i) => i.id === current.superInstanceId);
  }
  return depth;
}


function renderTimeline() {
  shown = replay.steps.filter((s) => !$('tasks-only').checked || s.activityType === 'userTask');
  const body = $('timeline').querySelector('tbody');
  body.innerHTML = '';
  shown.forEach((s, index) => {
    const row = document.createElement('tr');
    row.className = 'clickable' + (s.late ? ' late' : '') + (s.canceled ? ' canceled' : '');
    row.dataset.order = s.order;
    cell(row, s.order);
    cell(row, s.processName);
    cell(row, (KINDS[s.kind] ? KINDS[s.kind] + ': ' : '') + stepName(s));
    cell(row, s.unitName || s.unit);
    cell(row, s.person);
    cell(row, fmt(s.start));
    cell(row, fmt(s.end));
    cell(row, fmt(s.due));
    cell(row, s.late == null ? '' : s.late ? 'Trễ hạn' : 'Đúng hạn', s.late ? 'late-mark' : '');
    const data = cell(row, '');
    const entries = Object.entries(s.data || {}).filter(([, v]) => v !== '');
    if (entries.length) {
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = entries.length + ' trường';
      details.appendChild(summary);
      const dl = document.createElement('dl');
      for (const [k, v] of entries) {
        const dt = document.createElement('dt'); dt.textContent = k;
        const dd = document.createElement('dd'); dd.textContent = v;
        dl.append(dt, dd);
      }
      details.appendChild(dl);
      data.appendChild(details);
    }
    row.onclick = (e) => { if (e.target.closest('details')) return; stop(); goTo(index); };
    body.appendChild(row);
  });
}

async function showInstance(instanceId) {
  const instance = replay.instances.find((i) => i.id === instanceId);
  if (!instance) return;
  $('instance-select').value = instanceId;
  if (diagramInstance === instanceId) return;
  if (!viewer) viewer = new NavigatedViewer({ container: $('diagram') });
  let xml = xmlCache.get(instance.definitionId);
  if (!xml) {
    xml = await (await api('/definitions/' + encodeURIComponent(instance.definitionId) + '/xml')).text();
    xmlCache.set(instance.definitionId, xml);
  }
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport');
  diagramInstance = instanceId;
  markRoute();
}

/** The route taken in the shown instance: every element a token passed, canceled ones apart. */
function markRoute() {
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  for (const s of replay.steps) {
    if (s.instanceId !== diagramInstance || s.kind !== 'ACTIVITY' || !registry.get(s.activityId)) continue;
    canvas.addMarker(s.activityId, s.canceled ? 'route-canceled' : 'route-taken');
  }
  highlightCurrent();
}

function highlightCurrent() {
  if (!viewer) return;
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  registry.getAll().forEach((el) => canvas.removeMarker(el.id, 'replay-current'));
  const s = shown[position];
  if (s && s.instanceId === diagramInstance && registry.get(s.activityId)) {
    canvas.addMarker(s.activityId, 'replay-current');
  }
}

async function goTo(index) {
  if (!shown.length) return;
  position = Math.max(0, Math.min(index, shown.length - 1));
  const s = shown[position];
  if (s.instanceId !== diagramInstance) await showInstance(s.instanceId);
  highlightCurrent();
  root.querySelectorAll('#timeline tr.current').forEach((r) => r.classList.remove('current'));
  const row = root.querySelector(`#timeline tr[data-order="${s.order}"]`);
  if (row) { row.classList.add('current'); row.scrollIntoView({ block: 'nearest' }); }
  const parts = [`Bước ${s.order}: ${(KINDS[s.kind] ? KINDS[s.kind] + ': ' : '') + stepName(s)}`,
    s.processName, s.unitName ? 'Đơn vị: ' + s.unitName : '', s.person ? 'Người thực hiện: ' + s.person : '',
    'Bắt đầu: ' + fmt(s.start), s.end ? 'Kết thúc: ' + fmt(s.end) : 'Chưa kết thúc',
    s.late ? 'TRỄ HẠN' : ''];
  $('current-step').textContent = parts.filter(Boolean).join(' · ');
  updatePosition();
}

function updatePosition() {
  $('position').textContent = shown.length ? `Bước ${position + 1}/${shown.length}` : 'Không có bước nào';
  $('play').textContent = timer ? '❚❚ Tạm dừng' : '▶ Phát lại';
}

function stop() {
  if (timer) clearInterval(timer);
  timer = null;
  updatePosition();
}

// ----------------------------------------------------------------- export

async function download(format) {
  const response = await api(`/cycles/${encodeURIComponent(replay.cycle.id)}/export?format=${format}`);
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/.exec(disposition);
  const name = match ? decodeURIComponent(match[1] || match[2]) : `lich-su.${format}`;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  $('error').textContent = '';
  $('current-step').textContent = `Đã xuất ${name}; mã băm cuối chuỗi ${response.headers.get('X-Audit-Chain-Head')}`
    + ' đã được ghi vào cơ sở dữ liệu.';
}
/** Sends an exported file to /api/audit/verify (a POST: the CSRF token goes with it). */
async function verifyFile() {
  const file = $('verify-file').files[0];
  if (!file) { showError(new Error('Hãy chọn tệp đã xuất (CSV hoặc JSON) để kiểm tra.')); return; }
  const response = await api('/verify', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' },
    body: await file.arrayBuffer() });
  const r = await response.json();
  const out = $('verify-result');
  out.className = r.intact ? 'verify-ok' : 'verify-bad';
  out.textContent = (r.intact ? `Tệp nguyên vẹn: ${r.entries} mục, mã băm cuối chuỗi ${r.head}.`
    : 'Tệp đã bị thay đổi: ') + (r.intact ? '' : (r.findings || []).map((f) => f.message).join(' '));
}

function showError(err) {
  $('error').textContent = err.message || String(err);
}


function style() {
  if (document.getElementById('qcdc-audit-style')) return;
  const el = document.createElement('style');
  el.id = 'qcdc-audit-style';
  el.textContent = diagramCss + bpmnCss + appCss;
  document.head.appendChild(el);
}

/** Renders the replay into Cockpit's page; state starts afresh on every visit. */
function mount(node, api0) {
  style();
  csrfToken = api0 && api0.CSRFToken;
  replay = null; shown = []; position = -1; timer = null; viewer = null; diagramInstance = null;
  root = document.createElement('div');
  root.className = 'qcdc-audit';
  root.innerHTML = template;
  node.appendChild(root);
  $('filter').addEventListener('submit', (e) => { e.preventDefault(); loadCycles().catch(showError); });
  $('instance-select').addEventListener('change', (e) => showInstance(e.target.value).catch(showError));
  $('tasks-only').addEventListener('change', () => { stop(); position = -1; renderTimeline(); updatePosition(); });
  $('first').onclick = () => { stop(); goTo(0); };
  $('prev').onclick = () => { stop(); goTo(position - 1); };
  $('next').onclick = () => { stop(); goTo(position + 1); };
  $('play').onclick = () => {
    if (timer) { stop(); return; }
    if (position >= shown.length - 1) position = -1;
    timer = setInterval(async () => {
      if (position >= shown.length - 1) { stop(); return; }
      await goTo(position + 1);
    }, Number($('speed').value));
    goTo(position + 1);
    updatePosition();
  };
  $('verify-file').addEventListener('change', () => {
    const f = $('verify-file').files[0];
    $('verify-name').textContent = f ? f.name : 'Chưa chọn tệp';
  });
  $('verify-form').addEventListener('submit', (e) => { e.preventDefault(); verifyFile().catch(showError); });
  $('export-csv').onclick = () => download('csv').catch(showError);
  $('export-json').onclick = () => download('json').catch(showError);
  $('export-docx').onclick = () => download('docx').catch(showError);
  start();
}

function unmount() {
  if (timer) clearInterval(timer);
  timer = null;
  if (viewer) viewer.destroy();
  viewer = null;
}

let admitted = null;
/** Whether the logged-in user may see the replay (auditors, administrators): asked once. */
function mayAudit() {
  if (!admitted) {
    admitted = fetch('/api/audit/me', { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
      .then((r) => r.ok).catch(() => false);
  }
  return admitted;
}

export default [
  {
    id: 'qcdc-audit-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 90,
    properties: { path: '/qcdc-audit' },
    render: (node) => {
      mayAudit().then((ok) => {
        if (!ok) { const li = node.closest('li'); if (li) li.style.display = 'none'; return; }
        const a = document.createElement('a');
        a.href = '#/qcdc-audit';
        a.textContent = 'Lịch sử kiểm tra';
        a.className = 'qcdc-audit-link';
        node.appendChild(a);
      });
    },
  },
  {
    id: 'qcdc-audit-page',
    pluginPoint: 'cockpit.route',
    properties: { path: '/qcdc-audit', label: 'Lịch sử kiểm tra' },
    render: (node, { api: api0 } = {}) => mount(node, api0),
    unmount,
  },
];
