import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives the documented defaults on an empty environment', () => {
    const c = loadConfig({});
    expect([c.HOST, c.PORT, c.DB_TYPE, c.DB_PATH, c.SEED, c.PRIORITY_INTERLEAVE]).toEqual([
      '127.0.0.1', 3000, 'sqlite', './data/onewindow.sqlite', 'demo', 3,
    ]);
    expect(c.publicBaseUrl).toBe('http://127.0.0.1:3000');
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
    [{ PRIORITY_INTERLEAVE: '-1' }, 'PRIORITY_INTERLEAVE'],
  ])('fails fast on %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ PATH: '/usr/bin', HOME: '/root' }).PORT).toBe(3000);
  });
});
