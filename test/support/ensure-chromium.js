#!/usr/bin/env node
// Runs before `npm test`: the browser tests drive Debian's Chromium (never a downloaded browser).
// On a fresh Debian machine where we are root, install it with CJK fonts; otherwise say what is missing.
const { execSync } = require('child_process');
const { existsSync } = require('fs');

const CHROMIUM = '/usr/bin/chromium';
const hasFonts = () => {
  try {
    return /wenquanyi|wqy/i.test(execSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
};

if (existsSync(CHROMIUM) && hasFonts()) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(`Browser tests need ${CHROMIUM} and CJK fonts: apt-get install -y chromium fonts-wqy-zenhei`);
  process.exit(1);
}
console.log('Installing Debian chromium and fonts-wqy-zenhei for the browser tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq chromium fonts-wqy-zenhei', { stdio: 'inherit', env });
