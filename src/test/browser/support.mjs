// Shared by the browser tests (*.test.mjs): the running app's address, Debian's
// Chromium, logins, REST calls as a demo user, and checks that fail the test.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const BASE = process.env.BASE_URL || 'http://localhost:8080';
export const SHOTS = process.env.SCREENSHOT_DIR || '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

const failures = [];
/** Records a check; the test exits non-zero at the end when one failed. */
export function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ' - ' + detail : ''}`);
  if (!ok) failures.push(what);
  return ok;
}
export function finish() {
  if (failures.length) {
    console.log(`${failures.length} failed check(s)`);
    process.exit(1);
  }
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A Vietnamese official's browser: Vietnamese first, Hanoi/Ho Chi Minh City time. */
export async function newPage(browser) {
  const ctx = await browser.newContext({ viewport: { width: 1500, height: 950 },
    locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  return ctx.newPage();
}

/** Logs in to a webapp (tasklist, cockpit, admin, welcome) as a demo user (password = id). */
export async function login(page, app, user) {
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  await page.waitForSelector('input[type=password]', { timeout: 30000 });
  await page.fill('input[type=text]', user);
  await page.fill('input[type=password]', user);
  await page.click('button[type=submit]');
  await page.waitForSelector('input[type=password]', { state: 'detached', timeout: 30000 });
  await page.waitForTimeout(1500);
}

/** Camunda's REST API (or the app's own /api) as a demo user; returns status and parsed body. */
export async function rest(path, user, body, method) {
  const url = path.startsWith('/api') ? BASE + path : BASE + '/engine-rest' + path;
  const r = await fetch(url, { method: method || (body ? 'POST' : 'GET'),
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64'),
      'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = text; }
  return { status: r.status, body: json };
}

const typed = v => typeof v === 'boolean' ? { value: v, type: 'Boolean' }
  : typeof v === 'number' ? { value: v, type: 'Long' } : { value: v, type: 'String' };

/** Claims a task and submits its form over REST as the user; throws when refused. */
export async function complete(taskId, user, values) {
  await rest(`/task/${taskId}/claim`, user, { userId: user });
  const variables = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typed(v)]));
  const r = await rest(`/task/${taskId}/submit-form`, user, { variables });
  if (r.status >= 300) throw new Error(`submit ${taskId} as ${user}: ${r.status} ${JSON.stringify(r.body)}`);
}

/**
 * Claims the task open in Tasklist when it is not yet (Tasklist disables an unclaimed task's
 * whole form) and waits until its form is usable again; true when it claimed.
 */
export async function claimOpenTask(page) {
  if (!(await page.$('button.claim'))) return false;
  await page.click('button.claim');
  await page.waitForSelector('button.claim', { state: 'detached', timeout: 60000 });
  await page.waitForSelector('.disabled-form', { state: 'detached', timeout: 60000 });
  await page.waitForSelector('.fjs-container .fjs-form-field', { state: 'attached', timeout: 60000 });
  await page.waitForTimeout(2500);
  return true;
}

/** Texts of the Tasklist notifications shown now. */
export async function notifications(page) {
  return page.$$eval('.page-notifications .alert, .page-notifications .notification',
    ns => ns.map(n => n.textContent.replace(/\s+/g, ' ').trim()));
}

/** True when the Camunda 8 migration banner is visible anywhere on the page. */
export async function migrationBannerVisible(page) {
  return page.$$eval('.ce-eol-banner', bs => bs.some(b => b.offsetParent !== null
    && getComputedStyle(b).display !== 'none' && b.getBoundingClientRect().height > 0));
}
