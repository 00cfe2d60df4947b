import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives the documented defaults on an empty environment', () => {
    const c = loadConfig({});
    expect([c.HOST, c.PORT, c.DB_TYPE, c.DB_PATH, c.SEED, c.PRIORITY_INTERLEAVE]).toEqual([
      '127.0.0.1', 3000, 'sqlite', './data/onewindow.sqlite', 'demo', 3,
    ]);
    expect(c.publicBaseUrl).toBe('http://127.0.0.1:3000');
  });

  it('gives the rating defaults: 5 working days to rectify, 10 pad minutes, default rating after 7 days', () => {
    const c = loadConfig({});
    expect([c.RECTIFICATION_DAYS, c.PAD_RATING_MINUTES, c.RATING_DEFAULT_DAYS]).toEqual([5, 10, 7]);
    const set = loadConfig({ RECTIFICATION_DAYS: '3', PAD_RATING_MINUTES: '15', RATING_DEFAULT_DAYS: '10' });
    expect([set.RECTIFICATION_DAYS, set.PAD_RATING_MINUTES, set.RATING_DEFAULT_DAYS]).toEqual([3, 15, 10]);
  });

  it('gives the notification defaults: the log driver, told 3 ahead, 6 tries, a poll every 5 s', () => {
    const c = loadConfig({});
    expect([c.NOTIFY_DRIVER, c.NOTIFY_AHEAD, c.NOTIFY_MAX_ATTEMPTS, c.NOTIFY_POLL_MS, c.NOTIFY_WEBHOOK_TIMEOUT_MS]).toEqual(['log', 3, 6, 5000, 5000]);
    const hook = loadConfig({ NOTIFY_DRIVER: 'webhook', NOTIFY_WEBHOOK_URL: 'http://127.0.0.1:9000/sms', NOTIFY_WEBHOOK_SECRET: 'a-secret-of-16-chars' });
    expect([hook.NOTIFY_DRIVER, hook.NOTIFY_WEBHOOK_URL]).toEqual(['webhook', 'http://127.0.0.1:9000/sms']);
  });

  it('converts numbers and booleans from strings', () => {
    const c = loadConfig({ PORT: '8080', API_DOCS: 'false', PRIORITY_INTERLEAVE: '0' });
    expect([c.PORT, c.API_DOCS, c.PRIORITY_INTERLEAVE]).toEqual([8080, false, 0]);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DB_TYPE: 'mysql' }, 'DB_TYPE'],
    [{ SEED: 'yes' }, 'SEED'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ DB_TYPE: 'postgres' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'redis://127.0.0.1:6379' }, 'JWT_SECRET'],
    [{ DB_POOL_SIZE: '0' }, 'DB_POOL_SIZE'],
    [{ PRIORITY_INTERLEAVE: '-1' }, 'PRIORITY_INTERLEAVE'],
    [{ RECTIFICATION_DAYS: '0' }, 'RECTIFICATION_DAYS'],
    [{ RECTIFICATION_DAYS: 'five' }, 'RECTIFICATION_DAYS'],
    [{ PAD_RATING_MINUTES: '0' }, 'PAD_RATING_MINUTES'],
    [{ RATING_DEFAULT_DAYS: '1000' }, 'RATING_DEFAULT_DAYS'],
    [{ NOTIFY_DRIVER: 'sms' }, 'NOTIFY_DRIVER'],
    [{ NOTIFY_DRIVER: 'webhook' }, 'NOTIFY_WEBHOOK_URL'],
    [{ NOTIFY_DRIVER: 'webhook', NOTIFY_WEBHOOK_URL: 'http://127.0.0.1:9000/sms' }, 'NOTIFY_WEBHOOK_SECRET'],
    [{ NOTIFY_WEBHOOK_URL: 'ftp://gateway/sms' }, 'NOTIFY_WEBHOOK_URL'],
    [{ NOTIFY_WEBHOOK_SECRET: 'short' }, 'NOTIFY_WEBHOOK_SECRET'],
    [{ NOTIFY_AHEAD: '-1' }, 'NOTIFY_AHEAD'],
    [{ NOTIFY_MAX_ATTEMPTS: '0' }, 'NOTIFY_MAX_ATTEMPTS'],
    [{ NOTIFY_POLL_MS: '10' }, 'NOTIFY_POLL_MS'],
  ])('fails fast on %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ PATH: '/usr/bin', HOME: '/root' }).PORT).toBe(3000);
  });
});
