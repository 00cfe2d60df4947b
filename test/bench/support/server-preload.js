// Loaded into the server process by the bench (node -r). Plain JS: the server runs compiled code.
// - SIGWINCH (a signal Nest's shutdown hooks leave alone): writes what the server did since the last
//   one (event-loop utilisation, CPU, and with BENCH_SQL_TRACE=1 every SQL statement's count and time)
//   to BENCH_STATS_FILE, then starts over.
// - BENCH_EXPERIMENTS=a,b simulates a proposed src/ change without editing src/ (never on by default):
//     sqlite-quiet   TypeORM's SqliteDriver calls sqlite3.verbose(), which wraps every db.run/all with
//                    new Error() + util.inspect of the SQL and parameters; make verbose() a no-op
//                    (the fix, in src/database/data-source-options.ts since 4b4f954: a `driver` whose
//                    verbose() returns the plain module; this experiment is a no-op there).
//     jwt-keyobject  jsonwebtoken 9 verify() first tries createPublicKey(secret), which throws for an
//                    HMAC string secret on every request; hand it a KeyObject made once
//                    (the fix: secret: createSecretKey(Buffer.from(JWT_SECRET)) in auth.module.ts).
//     sqlite-stmt-cache  db.run/db.all (what TypeORM calls) reuse a prepared statement per SQL text
//                    instead of preparing and finalizing one per call: one thread-pool round trip per
//                    statement instead of two (the fix: the same cache in the `driver` handed to TypeORM).
// - After Nest's graceful SIGTERM shutdown it exits normally, so --cpu-prof can write its profile.
'use strict';
const fs = require('fs');
const { performance } = require('perf_hooks');

const statsFile = process.env.BENCH_STATS_FILE;
const traceSql = process.env.BENCH_SQL_TRACE === '1';
let seq = 0;
// Event-loop utilisation is sampled by a timer: a poll that a signal wakes loses its idle time in libuv's
// accounting, so reading it only from the SIGWINCH handler would claim a busy loop.
let busy = 0;
let idle = 0;
let last = performance.eventLoopUtilization();
setInterval(() => {
  const delta = performance.eventLoopUtilization(last);
  last = performance.eventLoopUtilization();
  busy += delta.active;
  idle += delta.idle;
}, 100).unref();
let cpu = process.cpuUsage();
let wall = performance.now();
let sql = new Map();

const experiments = new Set((process.env.BENCH_EXPERIMENTS || '').split(',').filter(Boolean));
for (const name of experiments) {
  if (name === 'sqlite-quiet') {
    const sqlite3 = require('sqlite3');
    sqlite3.verbose = function () {
      return this;
    };
  } else if (name === 'jwt-keyobject') {
    const jwt = require('jsonwebtoken');
    const { createSecretKey } = require('crypto');
    const keys = new Map();
    const asKey = (secret) => {
      if (typeof secret !== 'string') return secret;
      if (!keys.has(secret)) keys.set(secret, createSecretKey(Buffer.from(secret)));
      return keys.get(secret);
    };
    const { verify, sign } = jwt;
    jwt.verify = (token, secret, ...rest) => verify(token, asKey(secret), ...rest);
    jwt.sign = (payload, secret, ...rest) => sign(payload, asKey(secret), ...rest);
  } else if (name === 'sqlite-stmt-cache') {
    const sqlite3 = require('sqlite3');
    const proto = sqlite3.Database.prototype;
    const MAX = 300;
    const statementFor = (db, text) => {
      const cache = db.__benchStatements || (db.__benchStatements = new Map());
      let statement = cache.get(text);
      if (statement) {
        cache.delete(text); // most recently used last
      } else {
        if (cache.size >= MAX) {
          const [oldest, old] = cache.entries().next().value;
          cache.delete(oldest);
          old.finalize();
        }
        statement = db.prepare(text);
      }
      cache.set(text, statement);
      return statement;
    };
    const cached = (method) =>
      function (text, params, callback) {
        if (typeof params === 'function') {
          callback = params;
          params = [];
        }
        const db = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the callback below is called with the statement as `this`
        const statement = statementFor(db, text);
        statement[method](params === undefined ? [] : params, function (error, rows) {
          // a statement that failed (e.g. did not prepare) is not kept
          if (error && db.__benchStatements.get(text) === statement) db.__benchStatements.delete(text);
          if (callback) return callback.call(this, error, rows);
        });
        return this;
      };
    proto.run = cached('run');
    proto.all = cached('all');
  } else {
    throw new Error(`unknown BENCH_EXPERIMENTS entry ${name}`);
  }
}

if (traceSql) {
  const sqlite3 = require('sqlite3');
  const proto = sqlite3.Database.prototype;
  const shape = (text) =>
    String(text)
      .replace(/\s+/g, ' ')
      .replace(/'[^']*'/g, "'?'")
      .replace(/\b\d+\b/g, 'N')
      .replace(/(\(\s*\?(\s*,\s*\?)*\s*\))(\s*,\s*\(\s*\?(\s*,\s*\?)*\s*\))+/g, '$1, …')
      .slice(0, 240);
  for (const method of ['run', 'all', 'get', 'exec']) {
    const original = proto[method];
    proto[method] = function (text, ...rest) {
      const at = rest.findIndex((a) => typeof a === 'function');
      if (at >= 0) {
        const callback = rest[at];
        const started = performance.now();
        const key = shape(text);
        rest[at] = function (...args) {
          const entry = sql.get(key) || { n: 0, ms: 0 };
          entry.n++;
          entry.ms += performance.now() - started;
          sql.set(key, entry);
          return callback.apply(this, args);
        };
      }
      return original.call(this, text, ...rest);
    };
  }
}

process.on('SIGWINCH', () => {
  if (!statsFile) return;
  const now = performance.now();
  const usage = process.cpuUsage(cpu);
  const out = {
    seq: ++seq,
    wallMs: now - wall,
    eventLoopUtilization: busy + idle > 0 ? busy / (busy + idle) : 0,
    cpuUserMs: usage.user / 1000,
    cpuSystemMs: usage.system / 1000,
    sql: [...sql].map(([statement, { n, ms }]) => ({ statement, n, ms })).sort((a, b) => b.ms - a.ms),
  };
  fs.writeFileSync(`${statsFile}.tmp`, JSON.stringify(out));
  fs.renameSync(`${statsFile}.tmp`, statsFile);
  busy = 0;
  idle = 0;
  cpu = process.cpuUsage();
  wall = now;
  sql = new Map();
});

process.on('SIGTERM', () => {
  if (process.listenerCount('SIGTERM') === 1) process.exit(0); // Nest has closed the app and re-raised the signal
});
