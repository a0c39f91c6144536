// The issued plan from a unit's dissemination task (issue 14, item 2), on the demo app (run.sh):
// BASE_URL, SCREENSHOT_DIR. The demo's 2022 cycle is in dissemination and Phòng Tuyên truyền's
// task is still open.
// 1. tuyentruyen logs in to Tasklist, opens «Quán triệt văn bản về QCDC - Phòng Tuyên truyền»
//    from «Việc của đơn vị» and sees on its form the links to the 2022 plan (Word and PDF).
// 2. It follows them with its Tasklist session (no second log-in): the Word file (a .docx, a zip
//    with word/document.xml) and the PDF (%PDF), the plan's number in X-Document-Number and in
//    the PDF's text, the same bytes as the download.
// 3. Nobody logged in gets no document (Word, PDF, /api/plans); after Tasklist's log-out the
//    same link gives nothing either.
// The task is claimed (Tasklist disables an unclaimed task's form, links included) and given
// back unclaimed at the end, not completed: tasklist-unit-task.test.mjs works it.
// Screenshots: plan-document-link.png, plan-document-pdf.png (when the browser shows the PDF),
// plan-document-refused.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, SHOTS, check, finish, launch, newPage, login, rest, claimOpenTask } from './support.mjs';

const YEAR = 2022;
const UNIT_NAME = 'Phòng Tuyên truyền';
const TASK_NAME = `Quán triệt văn bản về QCDC - ${UNIT_NAME}`;
const WORD = `/plans/${YEAR}/document`;
const PDF = `/plans/${YEAR}/document.pdf`;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const work = mkdtempSync(join(tmpdir(), 'qcdc-plan-'));

/** Text of a file through a command line tool, or null when the tool is missing. */
function run(tool, args) {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    return e.code === 'ENOENT' ? null : '';
  }
}

/**
 * Clicks a link as a person would and returns what the browser received: the response to the
 * link (status, headers) and, when the browser saved it (Content-Disposition: attachment), the
 * downloaded file. A PDF served inline is shown by the browser instead: no download.
 */
async function follow(page, link) {
  const path = new URL(link.href).pathname;
  let response = null;
  let download = null;
  const onPage = (p) => {
    p.on('download', (d) => { download = d; });
    p.on('response', (r) => { if (new URL(r.url()).pathname === path) response = r; });
  };
  onPage(page);
  page.context().on('page', onPage);
  await page.locator(`a[href="${link.raw}"]`).first().click();
  for (let i = 0; i < 30 && !(response && (download || i >= 5)); i++) await page.waitForTimeout(500);
  page.context().off('page', onPage);
  let bytes = null;
  if (download) {
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    bytes = readFileSync(file);
  }
  return { response, download: download && { name: download.suggestedFilename(), bytes } };
}

const task = (await rest(`/task?taskDefinitionKey=RecordDissemination&candidateGroup=phong-tuyen-truyen`
  + `&processInstanceBusinessKeyLike=QCDC-${YEAR}%25&includeAssignedTasks=true`, 'tuyentruyen')).body?.[0];
if (!check(!!task, `the demo has ${UNIT_NAME}'s ${YEAR} dissemination task open`, task?.name)) finish();
check(task.name === TASK_NAME, `the task is named «${TASK_NAME}»`, task.name);

const browser = await launch();
let claimed = false;
try {
  // 1. The member opens the task from the unit's list.
  const page = await newPage(browser);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'tasklist', 'tuyentruyen');
  await page.click('.task-filter h4.name:has-text("Việc của đơn vị")');
  await page.waitForSelector('.tasks-list li.task', { timeout: 20000 });
  await page.waitForTimeout(1500);
  await page.click(`.tasks-list li.task:has-text("${TASK_NAME}")`);
  await page.waitForSelector('.fjs-container .fjs-form-field', { state: 'attached', timeout: 60000 });
  await page.waitForTimeout(2500);
  // Tasklist disables an unclaimed task's whole form, its links too: the member claims it
  // (and gives it back at the end, as found).
  claimed = await claimOpenTask(page);
  check(!(await page.$('button.claim')) && !(await page.$('.disabled-form')), 'the task is claimed, its form usable');
  const links = await page.$$eval('.fjs-container a[href]:not(.fjs-powered-by a)', (as) => as.map((a) => ({
    raw: a.getAttribute('href'), href: a.href, text: a.textContent.trim(), target: a.target })));
  console.log(`links on the form: ${JSON.stringify(links)}`);
  const word = links.find((l) => new URL(l.href).pathname === WORD);
  const pdf = links.find((l) => new URL(l.href).pathname === PDF);
  check(!!word && word.text.includes(`Kế hoạch thực hiện quy chế dân chủ ở cơ sở năm ${YEAR}`)
    && word.text.includes('bản Word'), `the form links to the ${YEAR} plan in Word`, word && `«${word.text}» → ${word.raw}`);
  check(!!pdf && pdf.text.includes('PDF'), `the form links to the ${YEAR} plan in PDF`, pdf && `«${pdf.text}» → ${pdf.raw}`);
  check([word, pdf].every((l) => l && new URL(l.href).origin === new URL(BASE).origin), 'the plan\'s links stay on the application');
  await page.locator('.fjs-container a[href]').first().scrollIntoViewIfNeeded().catch(() => {});
  await page.screenshot({ path: `${SHOTS}/plan-document-link.png` });
  if (!word || !pdf) finish();

  // 2. The documents through the Tasklist session: what the browser gets, then the headers
  //    of the same request (the session's cookies, no credentials given).
  const session = page.context().request;
  const wordResponse = await session.get(BASE + WORD);
  const wordBytes = Buffer.from(await wordResponse.body());
  check(wordResponse.status() === 200, `the Word plan with the Tasklist session: HTTP 200`, String(wordResponse.status()));
  check(wordResponse.headers()['content-type'] === DOCX, 'its content type is a Word document', wordResponse.headers()['content-type']);
  const disposition = wordResponse.headers()['content-disposition'] || '';
  check(disposition.startsWith('attachment') && disposition.includes(`ke-hoach-qcdc-${YEAR}.docx`),
    'it downloads as a .docx named after the year', disposition);
  const number = decodeURIComponent(wordResponse.headers()['x-document-number'] || '');
  check(/^\d+-KH\/\S+$/.test(number), `the plan's number is shown in X-Document-Number: «${number}»`);
  check(wordBytes.subarray(0, 2).toString('latin1') === 'PK', 'the Word file is a zip (.docx)', `${wordBytes.length} bytes`);

  const clickedWord = await follow(page, word);
  const wordHeaders = clickedWord.response ? await clickedWord.response.allHeaders().catch(() => ({})) : {};
  check(clickedWord.response?.status() === 200 && wordHeaders['content-type'] === DOCX,
    'clicking «bản Word» in the form: HTTP 200, a Word document', clickedWord.response ? String(clickedWord.response.status()) : 'no response');
  check(!!clickedWord.download && clickedWord.download.bytes.equals(wordBytes), 'the browser saves it as a file, the same bytes',
    clickedWord.download ? `${clickedWord.download.name}, ${clickedWord.download.bytes.length} bytes` : 'no download');
  writeFileSync(join(work, 'plan.docx'), wordBytes);
  const xml = run('unzip', ['-p', join(work, 'plan.docx'), 'word/document.xml']);
  if (xml === null) {
    console.log('(no unzip: the Word text is not read)');
  } else {
    const text = xml.replace(/<[^>]+>/g, '');
    check(text.includes(number) && text.includes('KẾ HOẠCH'), `the Word plan reads «KẾ HOẠCH» and its number ${number}`);
  }

  const pdfResponse = await session.get(BASE + PDF);
  const pdfBytes = Buffer.from(await pdfResponse.body());
  check(pdfResponse.status() === 200, `the PDF plan with the Tasklist session: HTTP 200`, String(pdfResponse.status()));
  check(pdfResponse.headers()['content-type'] === 'application/pdf', 'its content type is application/pdf', pdfResponse.headers()['content-type']);
  check(pdfBytes.subarray(0, 4).toString('latin1') === '%PDF', 'the PDF\'s bytes start with %PDF', `${pdfBytes.length} bytes`);
  check(decodeURIComponent(pdfResponse.headers()['x-document-number'] || '') === number, 'the PDF carries the same number');

  const clickedPdf = await follow(page, pdf);
  // Chromium's PDF viewer takes over an inline PDF: the page's response shows its status but
  // not its headers; those, and the bytes, are the same session's request's above.
  check(clickedPdf.response?.status() === 200, 'clicking «bản PDF» in the form: HTTP 200',
    clickedPdf.response ? String(clickedPdf.response.status()) : 'no response');
  if (clickedPdf.download) {
    check(clickedPdf.download.bytes.equals(pdfBytes), 'the browser saves the PDF, the same bytes', `${clickedPdf.download.bytes.length} bytes`);
  } else {
    // Shown inline in the browser's viewer.
    check(new URL(page.url()).pathname === PDF, 'the browser shows the PDF', page.url());
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${SHOTS}/plan-document-pdf.png` });
  }
  writeFileSync(join(work, 'plan.pdf'), pdfBytes);
  const pdfText = run('pdftotext', ['-layout', join(work, 'plan.pdf'), '-']);
  if (pdfText === null) {
    console.log('(no pdftotext: the PDF text is not read)');
  } else {
    const flat = pdfText.replace(/\s+/g, ' ');
    check(flat.includes(number), `the PDF shows the number ${number}`);
    check(flat.includes(`năm ${YEAR}`) && /KẾ HOẠCH/.test(flat), `the PDF is the plan for ${YEAR}`, flat.slice(0, 160));
  }
  check(errors.length === 0, `no script errors (${errors.join('; ')})`);

  // 3. Log-out in Tasklist (back from the PDF): the same link gives nothing.
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  await page.click('li.account .dropdown-toggle');
  await page.click('li.logout a');
  await page.waitForSelector('input[type=password]', { timeout: 30000 });
  const after = await session.get(BASE + PDF);
  check(after.status() === 401 && !(await after.body()).subarray(0, 4).equals(Buffer.from('%PDF')),
    'after «Đăng xuất» in Tasklist the PDF link gives no document', `HTTP ${after.status()}`);
  await page.context().close();

  // Nobody logged in: a fresh browser follows the links.
  const stranger = await newPage(browser);
  for (const path of [WORD, PDF]) {
    const r = await stranger.goto(BASE + path).catch((e) => e);
    const status = r instanceof Error ? `no page (${r.message.split('\n')[0]})` : r.status();
    const body = r instanceof Error ? '' : await r.text();
    check(status === 401 && body.includes('Cần đăng nhập'), `${path} without a log-in: refused in Vietnamese`, `${status} ${body.slice(0, 80)}`);
  }
  await stranger.screenshot({ path: `${SHOTS}/plan-document-refused.png` });
  await stranger.context().close();
  for (const path of [`/api/plans/${YEAR}/document`, `/api/plans/${YEAR}/document.pdf`]) {
    const r = await fetch(BASE + path);
    const bytes = Buffer.from(await r.arrayBuffer());
    check(r.status === 401 && !bytes.subarray(0, 4).equals(Buffer.from('%PDF')) && !bytes.subarray(0, 2).equals(Buffer.from('PK')),
      `${path} without credentials: no document`, `HTTP ${r.status}`);
  }
} finally {
  await browser.close();
  if (claimed) {
    const back = await rest(`/task/${task.id}/unclaim`, 'tuyentruyen', {});
    check(back.status === 204, 'the task is given back unclaimed for the next tests', `HTTP ${back.status}`);
  }
}
finish();
