// A hostile page on another origin tries to write with an official's credentials that the
// browser holds for the application (Playwright sends them on every request to it, as a
// browser that cached basic-auth credentials would): a fetch and an auto-submitted form, both
// to /engine-rest, both refused by web/CrossSiteGuard; the task they target stays claimed.
// Also: no basic-auth challenge that would make a browser cache credentials in the first place.
import { createServer } from 'node:http';
import { BASE, SHOTS, check, finish, launch, rest } from './support.mjs';

const USER = 'tuyentruyen';
const tasks = await rest('/task?candidateGroup=phong-tuyen-truyen&includeAssignedTasks=true', USER);
const task = tasks.body[0];
check(tasks.status === 200 && task, 'the demo has a task of Phòng Tuyên truyền', task && task.name);
check((await rest(`/task/${task.id}/claim`, USER, { userId: USER })).status === 204,
  `${USER} claims it (a program: no Origin)`);

const target = `${BASE}/engine-rest/task/${task.id}/unclaim`;
const hostile = createServer((req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(`<!doctype html><title>Trang lạ</title><body>
    <form id="f" method="POST" action="${target}" enctype="text/plain"><input name="x" value="1"></form>
    <script>
      fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', credentials: 'include',
        headers: { 'Content-Type': 'text/plain' }, body: '' })
        .then(() => { document.title = 'fetch sent'; setTimeout(() => document.getElementById('f').submit(), 300); });
    </script></body>`);
});
await new Promise(r => hostile.listen(0, '127.0.0.1', r));
const evil = `http://127.0.0.1:${hostile.address().port}`;

const browser = await launch();
try {
  // No challenge: a browser asked for nothing caches nothing.
  const plain = await (await browser.newContext()).newPage();
  await plain.goto(`${BASE}/camunda/app/welcome/default/`);
  const [status, challenge] = await plain.evaluate(() => fetch('/api/reports')
    .then(r => [r.status, r.headers.get('www-authenticate')]));
  check(status === 401, '/api/reports without credentials: 401', String(status));
  check(challenge === null, 'and no WWW-Authenticate challenge', String(challenge));

  const ctx = await browser.newContext({ httpCredentials: { username: USER,
    password: USER, origin: BASE, send: 'always' } });
  const page = await ctx.newPage();
  const statuses = [];
  page.on('response', r => { if (r.url() === target) statuses.push(r.status()); });
  await page.goto(`${evil}/`);
  await page.waitForURL(target, { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${SHOTS}/cross-site-refused.png` });
  check(statuses.length >= 1 && statuses.every(s => s === 403),
    'the hostile page\'s POSTs reached the application and were refused', statuses.join(','));
  const body = await page.textContent('body').catch(() => '');
  check(/trang web khác bị từ chối/.test(body || ''), 'the form POST shows the Vietnamese refusal');
  const after = await rest(`/task/${task.id}`, USER);
  check(after.body.assignee === USER, 'the task is still claimed by ' + USER, after.body.assignee);

  // The same request from a program (no Origin) is accepted: only the browser's origin decided.
  const direct = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'text/plain',
    Authorization: 'Basic ' + Buffer.from(`${USER}:${USER}`).toString('base64') } });
  check(direct.status === 204, 'the same unclaim from a program is accepted', String(direct.status));
} finally {
  await browser.close();
  hostile.close();
}
finish();
