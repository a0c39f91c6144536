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

function sweep(root) {
  const nodes = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error span') : [];
  for (const node of nodes) {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const vi = translate(child.textContent);
        if (vi) child.textContent = vi;
      }
    }
  }
}

new MutationObserver((mutations) => {
  for (const m of mutations) {
    if (m.type === 'characterData' && m.target.parentElement?.closest('.fjs-form-field-error')) {
      const vi = translate(m.target.textContent);
      if (vi) m.target.textContent = vi;
    } else if (m.target.nodeType === Node.ELEMENT_NODE) {
      sweep(m.target);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default {};
