// QCDC Flow: form-js (Camunda Forms in Tasklist 7.24) writes its validation
// messages in English only. This script, loaded through config.js
// customScripts, rewrites them in Vietnamese as they appear. The server checks
// the same data again and refuses it with its own Vietnamese message.
const RULES = [
  [/^Field is required\.$/, () => 'Trường này bắt buộc nhập.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị phải từ ${m[1]} trở lên.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị không được vượt quá ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Cần nhập ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Không được nhập quá ${m[1]} ký tự.`],
  [/^Field must match pattern (.+)\.$/, (m) => `Giá trị phải đúng mẫu ${m[1]}.`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Số điện thoại không hợp lệ (dạng quốc tế, ví dụ +84...).'],
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, vi] of RULES) {
    const m = trimmed.match(pattern);
    if (m) return vi(m);
  }
  return null;
}

const ERRORS = '.fjs-form-field-error, [id$="-error-message"]';

/** Rewrites every English form-js message under the error elements, however deep. */
function sweep() {
  for (const holder of document.querySelectorAll(ERRORS)) {
    const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const vi = translate(node.textContent);
      if (vi) node.textContent = vi;
    }
  }
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    // After the form has rendered the message; a text we set matches no rule, so this settles.
    queueMicrotask(() => { scheduled = false; sweep(); });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default {};
