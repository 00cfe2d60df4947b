// Bundles the browser code: one ES module per page (views/src/pages/<page>.ts → views/assets/js/<page>.js),
// shared code split into chunks. Run by `npm run build`, `npm start` and before the tests.
const { build } = require('esbuild');
const { readdirSync, rmSync } = require('fs');
const { join } = require('path');

const pagesDir = join(__dirname, 'src', 'pages');
const outdir = join(__dirname, 'assets', 'js');

async function buildViews({ quiet = false } = {}) {
  const entryPoints = readdirSync(pagesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts')).map((f) => join(pagesDir, f));
  rmSync(outdir, { recursive: true, force: true });
  const started = Date.now();
  await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    sourcemap: 'linked',
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: join(__dirname, 'tsconfig.json'),
    logLevel: quiet ? 'error' : 'warning',
  });
  if (!quiet) console.log(`views: ${entryPoints.length} pages bundled in ${Date.now() - started} ms → ${outdir}`);
}

module.exports = { buildViews };

if (require.main === module) {
  buildViews().catch(() => process.exit(1));
}
