// QCDC Flow: lets Tasklist 7.24 complete a Camunda Form that has a dynamic list
// (plan-approval's leading units, inspection-selection's team, review-unit's key tasks).
//
// Tasklist enables «Hoàn thành» while form-js's state has no errors, and counts them as
// Object.keys(state.errors).length. For a field inside a dynamic list, form-js keeps an entry
// errors[fieldId] = [one slot per row] from the first time it validates a row, and empties the
// slot when the row is valid but never removes the entry: the form stays "invalid" with no
// message, and the task cannot be completed in Tasklist (form-js's own submit, which Tasklist
// checks when completing, reports only real messages). This script loaded through config.js
// customScripts drops the entries that hold no message before Tasklist reads them; the
// messages shown and the checks at completion are form-js's as before. The server checks
// every submission again (engine/FormInput) whatever the browser allowed.
function hasMessage(value) {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.some(hasMessage);
  if (typeof value === 'object') return Object.values(value).some(hasMessage);
  return true;
}

function withoutEmpty(errors) {
  const kept = {};
  for (const [field, value] of Object.entries(errors)) {
    if (hasMessage(value)) kept[field] = value;
  }
  return kept;
}

/** form-js's Form class, from the webapps' webpack modules (lib/deps.js). */
function formClasses() {
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  let load = null;
  if (chunks) chunks.push([['qcdc-dynamic-list-validity'], {}, (require) => { load = require; }]);
  if (!load || !load.m) return [];
  const found = [];
  for (const id of Object.keys(load.m)) {
    const source = Function.prototype.toString.call(load.m[id]);
    if (!source.includes('validateFieldInstance') || !source.includes('_setState')) continue;
    for (const exported of Object.values(load(id))) {
      const proto = typeof exported === 'function' ? exported.prototype : null;
      if (proto && proto._setState && proto._update && proto.validate) found.push(exported);
    }
  }
  return found;
}

const patched = [];
try {
  for (const Form of formClasses()) {
    if (Form.prototype.qcdcDropsEmptyErrors) continue;
    const setState = Form.prototype._setState;
    Form.prototype._setState = function (state) {
      return setState.call(this, state && state.errors
        ? { ...state, errors: withoutEmpty(state.errors) } : state);
    };
    Form.prototype.qcdcDropsEmptyErrors = true;
    patched.push(Form.name);
  }
} catch (e) {
  console.warn('QCDC: form-js not patched for dynamic lists', e);
}
if (!patched.length) console.warn('QCDC: form-js Form class not found; dynamic lists may keep «Hoàn thành» disabled');

export default {};
