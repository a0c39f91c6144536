// QCDC Flow: the Camunda welcome page's configuration (replaces the webjar's
// default). Vietnamese is the default (vi.json beside en.json); English stays
// for a browser whose first language is English; dates in Vietnamese order.
// The auditors' replay view is linked for every logged-in user; the view
// itself admits only the auditor group (kiem-tra-lich-su) and administrators.
export default {
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  app: {
    name: 'Trang chủ',
    vendor: 'QCDC Flow'
  },
  links: [
    {
      label: 'Lịch sử kiểm tra QCDC',
      href: '/audit/index.html',
      description: 'Xem lại từng bước của mỗi chu kỳ QCDC (dành cho Kiểm toán, thanh tra)'
    }
  ]
};
