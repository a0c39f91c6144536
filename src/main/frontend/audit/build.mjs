// Bundles the audit view (bpmn-js and the app) into one script and one
// stylesheet; run by Maven in generate-resources (see pom.xml), output into
// the classpath's static/audit, so nothing is fetched at run time.
//   node build.mjs [outdir]   (default: ../../../../target/classes/static/audit)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || resolve(here, '../../../../target/classes/static/audit'));
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
