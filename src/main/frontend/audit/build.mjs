// Bundles the audit view (bpmn-js and the app) into one script and one
// stylesheet; run by Maven in generate-resources (see pom.xml), output into
// the classpath's static/audit, so nothing is fetched at run time. Maven runs
// it from a copy in target/audit-view, where npm installs the packages.
//   node build.mjs outdir
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
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
  entryPoints: [resolve(here, 'src/app.js')],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  logLevel: 'warning',
});
copyFileSync(resolve(here, 'src/index.html'), resolve(out, 'index.html'));
console.log(`audit view built into ${out}`);
