// Bundles the auditors' replay, a Cockpit plugin (bpmn-js and the app, its CSS
// inlined), into one ES module that Cockpit's config.js loads as a customScript
// (scripts/qcdc-audit/qcdc-audit.js); run by Maven in generate-resources (see
// pom.xml) from a copy in target/audit-view, where npm installs the packages, so
// nothing is fetched at run time.
//   node build.mjs outdir
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
if (!process.argv[2]) {
  console.error('usage: node build.mjs <output directory>');
  process.exit(2);
}
const out = resolve(process.argv[2]);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [resolve(here, 'src/plugin.js')],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2020'],
  outfile: resolve(out, 'qcdc-audit.js'),
  loader: { '.css': 'text', '.html': 'text' },
  logLevel: 'warning',
});
console.log(`audit replay plugin built into ${out}`);
