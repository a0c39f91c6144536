// QCDC Flow: the Camunda welcome page's configuration (replaces the webjar's
// default, which configures nothing). Adds the auditors' replay view to the
// links every logged-in user sees; the view itself admits only the auditor
// group (kiem-tra-lich-su) and administrators.
export default {
  links: [
    {
      label: 'Lịch sử kiểm tra QCDC',
      href: '/audit/index.html',
      description: 'Xem lại từng bước của mỗi chu kỳ QCDC (dành cho Kiểm toán, thanh tra)'
    }
  ]
};
