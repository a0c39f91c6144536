// On a running demo app: starts the 2025 cycle from Tasklist's start form twice (the second is
// refused), then opens every process and decision definition in Cockpit as leadership and counts
// the shapes drawn. Screenshots in /tmp/shots.
import { chromium } from 'playwright-core';
const BASE = 'http://localhost:8080';
const auth = 'Basic ' + Buffer.from('admin:admin').toString('base64');
const get = async p => (await fetch(BASE + '/engine-rest' + p, { headers: { Authorization: auth } })).json();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
const out = [];
async function login(app, user) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  await page.fill('input[type=text]', user); await page.fill('input[type=password]', user);
  await page.click('button[type=submit]'); await page.waitForTimeout(2500);
}
// Tasklist start form, twice for the same year
await login('tasklist', 'bcd');
for (const attempt of [1, 2]) {
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`); await page.waitForTimeout(1500);
  await page.click('a:has-text("Start process")'); await page.waitForTimeout(1000);
  await page.click('a:has-text("Chu kỳ thực hiện QCDC năm")'); await page.waitForSelector('.fjs-container');
  await page.getByLabel('Năm thực hiện').fill('2025');
  await page.screenshot({ path: `/tmp/shots/start-form-${attempt}.png` });
  await page.click('.modal-footer button.btn-primary'); await page.waitForTimeout(2000);
  const notes = await page.$$eval('.page-notifications .alert, .modal .alert', ns => ns.map(n => n.textContent.replace(/\s+/g, ' ').trim()));
  out.push(`start form attempt ${attempt}: ${JSON.stringify(notes)}`);
  await page.screenshot({ path: `/tmp/shots/start-form-${attempt}-after.png` });
}
await page.context().clearCookies();
await login('cockpit', 'truongban');
for (const def of await get('/process-definition?latestVersion=true')) {
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-definition/${def.id}/runtime`);
  await page.waitForSelector('.djs-container svg .djs-element', { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(2500);
  const shapes = await page.$$eval('.djs-container .djs-shape', s => s.length);
  const badges = await page.$$eval('.djs-overlay .badge', s => s.map(b => b.textContent.trim()).filter(Boolean));
  await page.screenshot({ path: `/tmp/shots/cockpit-${def.key}.png` });
  out.push(`cockpit ${def.key} v${def.version}: ${shapes} shapes drawn, token badges ${JSON.stringify(badges.slice(0, 12))}`);
}
for (const def of await get('/decision-definition?latestVersion=true')) {
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/decision-definition/${def.id}`);
  await page.waitForTimeout(3000);
  const cells = await page.$$eval('.tjs-table td', s => s.length);
  await page.screenshot({ path: `/tmp/shots/cockpit-${def.key}.png` });
  out.push(`cockpit decision ${def.key}: ${cells} table cells drawn`);
}
console.log(out.join('\n'));
await browser.close();
