// `npm start` runs this first: it builds the server (nest build) and/or the browser bundles (views/build.js) only when
// one of their sources is newer than what was built, or the build is missing. `npm run build` always builds.
const { execSync } = require('child_process');
const { existsSync, readdirSync, statSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');

/** Newest modification time (ms) of the given files and folders and everything under them (missing ones skipped). */
function newest(paths) {
  let max = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    // a folder's own time counts too: deleting or renaming a source changes only its folder
    if (stat.mtimeMs > max) max = stat.mtimeMs;
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const p of paths) visit(join(root, p));
  return max;
}

/** Oldest modification time of the given outputs, or 0 when one is missing (missing means stale). */
function oldest(files) {
  let min = Infinity;
  for (const file of files) {
    if (!existsSync(file)) return 0;
    min = Math.min(min, statSync(file).mtimeMs);
  }
  return files.length === 0 ? 0 : min;
}

const common = ['package.json', 'package-lock.json', 'tsconfig.json'];
const serverSources = [...common, 'src', 'tsconfig.build.json', 'nest-cli.json'];
// The browser bundles import the pure modules of src/ too.
const viewSources = [...common, 'src', 'views/src', 'views/build.js', 'views/tsconfig.json'];

const pages = readdirSync(join(root, 'views', 'src', 'pages')).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
const serverOutputs = [join(root, 'dist', 'src', 'main.js')];
const viewOutputs = pages.map((f) => join(root, 'views', 'assets', 'js', f.replace(/\.ts$/, '.js')));

function staleness() {
  return {
    server: newest(serverSources) > oldest(serverOutputs),
    views: newest(viewSources) > oldest(viewOutputs),
  };
}

function run(command) {
  execSync(command, { cwd: root, stdio: 'inherit' });
}

module.exports = { staleness };

if (require.main === module) {
  const started = Date.now();
  const { server, views } = staleness();
  if (server) run('npx nest build');
  if (views) run('node views/build.js');
  const what = [server && 'server', views && 'views'].filter(Boolean).join(' and ');
  console.log(what ? `build: rebuilt ${what} in ${Date.now() - started} ms` : `build: up to date (checked in ${Date.now() - started} ms)`);
}
