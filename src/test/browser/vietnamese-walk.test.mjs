// Every screen the roles use reads Vietnamese (issue 15), on the demo app (run.sh): BASE_URL,
// SCREENSHOT_DIR. Logs in as leadership, the steering committee, a department, the auditor and
// the administrator, opens the menus and pages each uses in Cockpit, Tasklist, Admin and
// Welcome, and looks in the visible text for any word of Camunda's English labels (the words of
// the webapps' en.json, four letters or more), names kept on purpose aside (ALLOWED).
import { BASE, SHOTS, check, finish, launch, newPage, login } from './support.mjs';

const APPS = ['cockpit', 'tasklist', 'admin', 'welcome'];
// Product and technical names that stay as they are (also in keep-english.tsv).
// Data shown as it is: the user and engine ids 'admin' and 'default'. Identifiers (process keys
// like qcdc-annual-cycle, permission names like READ) are left out before looking.
const ALLOWED = new Set(['camunda', 'platform', 'cockpit', 'tasklist', 'optimize', 'bpmn', 'json', 'flow',
  'qcdc', 'asia', 'saigon', 'yyyy', 'admin', 'default']);

async function englishWords() {
  const words = new Set();
  for (const app of APPS) {
    const r = await fetch(`${BASE}/camunda/app/${app}/locales/en.json`);
    const en = JSON.parse((await r.text()).replace(/^\uFEFF/, ''));
    for (const text of Object.values(en.labels)) {
      String(text).replace(/<[^>]*>|\{\{[^}]*\}\}/g, ' ').split(/[^A-Za-z]+/)
        .filter((w) => w.length >= 4).forEach((w) => words.add(w.toLowerCase()));
    }
  }
  ALLOWED.forEach((w) => words.delete(w));
  return words;
}

function englishIn(text, words) {
  const cleaned = text.replace(/\S+@\S+|https?:\/\/\S+|[\w-]+\.(bpmn|dmn|form)\b/g, ' ')
    .replace(/\b[\w]+(-[\w]+)+\b/g, ' ').replace(/\b[A-Z][A-Z_]{2,}\b/g, ' ');
  const found = new Set();
  for (const w of cleaned.split(/[^A-Za-zÀ-ỹ]+/)) {
    if (/^[A-Za-z]{4,}$/.test(w) && words.has(w.toLowerCase())) found.add(w);
  }
  return [...found];
}

const WALKS = [
  { user: 'truongban', app: 'cockpit', pages: ['#/dashboard', '#/processes', '#/decisions', '#/tasks',
    '#/qcdc-progress?year=2022', '#/process-definition/KEY:qcdc-annual-cycle/runtime', '#/process-instance/CYCLE:2022/runtime'] },
  { user: 'bcd', app: 'tasklist', pages: ['#/'] },
  { user: 'tuyentruyen', app: 'tasklist', pages: ['#/', 'TASK:RecordDissemination'] },
  { user: 'kiemtoan', app: 'cockpit', pages: ['#/dashboard', '#/qcdc-audit?cycle=QCDC-2022'] },
  { user: 'admin', app: 'admin', pages: ['#/', '#/users', '#/groups', '#/authorization?resource=0', '#/system?section=system-settings-general'] },
  { user: 'admin', app: 'welcome', pages: [''] },
];

async function resolve(page, target) {
  if (target.startsWith('#/process-definition/KEY:')) {
    const key = target.split('KEY:')[1].split('/')[0];
    const id = await page.evaluate(async (k) => {
      const r = await fetch(`/camunda/api/engine/engine/default/process-definition/key/${k}`, { headers: { Accept: 'application/json' } });
      return (await r.json()).id;
    }, key);
    return target.replace(`KEY:${key}`, id);
  }
  if (target.includes('CYCLE:')) {
    const year = target.split('CYCLE:')[1].split('/')[0];
    const id = await page.evaluate(async (y) => {
      const r = await fetch(`/camunda/api/engine/engine/default/process-instance?businessKey=QCDC-${y}&processDefinitionKey=qcdc-annual-cycle`, { headers: { Accept: 'application/json' } });
      return (await r.json())[0].id;
    }, year);
    return target.replace(`CYCLE:${year}`, id);
  }
  if (target.startsWith('TASK:')) {
    const key = target.slice(5);
    const id = await page.evaluate(async (k) => {
      const r = await fetch(`/camunda/api/engine/engine/default/task?taskDefinitionKey=${k}&includeAssignedTasks=true`, { headers: { Accept: 'application/json' } });
      const tasks = await r.json();
      return tasks.length ? tasks[0].id : '';
    }, key);
    return `#/?task=${id}`;
  }
  return target;
}

const words = await englishWords();
check(words.size > 500, `${words.size} English words of the webapps' labels to look for`);
const browser = await launch();
try {
  for (const walk of WALKS) {
    const page = await newPage(browser);
    if (walk.app === 'welcome') {
      await page.goto(`${BASE}/camunda/app/welcome/default/`);
      await page.waitForSelector('input[type=password]', { timeout: 30000 });
      await page.fill('input[type=text]', walk.user);
      await page.fill('input[type=password]', walk.user);
      await page.click('button[type=submit]');
      await page.waitForTimeout(2500);
    } else {
      await login(page, walk.app, walk.user);
    }
    for (const target of walk.pages) {
      const hash = await resolve(page, target);
      await page.goto(`${BASE}/camunda/app/${walk.app}/default/${hash}`);
      await page.waitForTimeout(3500);
      // the menus too: open the dropdowns of the top bar
      for (const toggle of await page.locator('.navbar .dropdown-toggle:visible').all()) {
        await toggle.click().catch(() => {});
        await page.waitForTimeout(300);
        const menu = await page.locator('.navbar .dropdown.open, .navbar .dropdown.show').allInnerTexts().catch(() => []);
        const found = englishIn(menu.join(' '), words);
        check(found.length === 0, `${walk.user} ${walk.app} menu ${hash}: no English (${found.join(', ')})`);
        await page.keyboard.press('Escape').catch(() => {});
        await page.mouse.click(5, 300).catch(() => {});
      }
      // The variables table's rows are process data (variable names, types such as String or
      // Boolean, values): its headers are checked, its rows are not.
      const text = await page.evaluate(() => {
        const copy = document.body.cloneNode(true);
        copy.querySelectorAll('table.cam-table tbody').forEach((t) => t.remove());
        document.body.appendChild(copy);
        copy.style.position = 'absolute';
        const t = copy.innerText;
        copy.remove();
        return t;
      });
      const titles = await page.evaluate(() => [...document.querySelectorAll('[title],[placeholder]')]
        .filter((e) => e.offsetParent !== null && !e.closest('.bjs-powered-by')).map((e) => `${e.getAttribute('title') || ''} ${e.getAttribute('placeholder') || ''}`).join(' '));
      const found = englishIn(`${text} ${titles}`, words);
      check(found.length === 0, `${walk.user} ${walk.app} ${hash}: no English (${found.join(', ')})`);
      const name = `walk-${walk.user}-${walk.app}-${hash.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}.png`;
      await page.screenshot({ path: `${SHOTS}/${name}` });
    }
    await page.context().close();
  }
} finally {
  await browser.close();
}
finish();
