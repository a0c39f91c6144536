// Renders every BPMN model in processes/ to a PNG beside this script, with bpmn-js in headless
// Chromium, for the README. Run from the repo root after `npm install --prefix /tmp/qcdc-render
// bpmn-js playwright-core` (Debian's chromium at /usr/bin/chromium):
//   NODE_PATH=/tmp/qcdc-render/node_modules node src/docs/render-diagrams.mjs /tmp/qcdc-render/node_modules
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const modules = process.argv[2];
const require = createRequire(path.join(modules, 'noop.js'));
const { chromium } = require('playwright-core');
const viewer = readFileSync(path.join(modules, 'bpmn-js/dist/bpmn-navigated-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css'].map(f => readFileSync(path.join(modules, 'bpmn-js/dist/assets', f), 'utf8')).join('\n');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 2200, height: 1100 }, deviceScaleFactor: 1 });
for (const file of readdirSync('processes').filter(f => f.endsWith('.bpmn'))) {
  await page.setContent(`<html><head><style>${css} body{margin:0;background:#fff} #c{width:2200px;height:1100px}</style></head>
    <body><div id="c"></div><script>${viewer}</script></body></html>`);
  const box = await page.evaluate(async xml => {
    const v = new BpmnJS({ container: '#c' });
    await v.importXML(xml);
    const canvas = v.get('canvas');
    canvas.zoom('fit-viewport');
    const r = document.querySelector('#c .djs-container svg .viewport').getBoundingClientRect();
    return { x: Math.max(r.x - 20, 0), y: Math.max(r.y - 20, 0), width: r.width + 40, height: r.height + 40 };
  }, readFileSync(path.join('processes', file), 'utf8'));
  const out = path.join('src/docs', file.replace('.bpmn', '.png'));
  await page.screenshot({ path: out, clip: box });
  console.log(`${out}: ${Math.round(box.width)}x${Math.round(box.height)}`);
}
await browser.close();
