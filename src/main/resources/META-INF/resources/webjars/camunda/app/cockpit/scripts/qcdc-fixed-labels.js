// QCDC Flow: the English words Cockpit 7.24 writes in its templates instead of taking them
// from the locale files (the variables table's "Actions" header, the diagram's "reset zoom"
// button, "null" for an instance without a parent), put into Vietnamese as they appear. Loaded through config.js customScripts;
// it registers no plugin.
const FIXES = [
  { selector: 'td.actions', text: 'Actions', replace: (e) => { e.textContent = 'Thao tác'; } },
  { selector: 'button[title="reset zoom"]', replace: (e) => { e.title = 'Đặt lại thu phóng'; } },
  { selector: 'dd.super-process-instance-id span.null-value', text: 'null', replace: (e) => { e.textContent = 'không có'; } },
];

function fix(root) {
  for (const f of FIXES) {
    root.querySelectorAll(f.selector).forEach((e) => {
      if (!f.text || e.textContent.trim() === f.text) f.replace(e);
    });
  }
}

let pending = false;
new MutationObserver(() => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => { pending = false; fix(document); });
}).observe(document.documentElement, { childList: true, subtree: true });

export default [];
