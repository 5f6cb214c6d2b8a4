import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, findRootDir, loadConfig, SETTINGS } from '../../src/config';

describe('loadConfig', () => {
  it('uses sane defaults: the local Neo4j, loopback, introspection on in development', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.localNeo4j.port).toBe(7687);
    expect(config.localNeo4j.dataDir).toBe(path.join(findRootDir(), '.neo4j'));
    expect(config.graphql.introspection).toBe(true);
    expect(config.apiKeys).toEqual([]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('turns introspection and stack traces off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphql).toMatchObject({ introspection: false, exposeStackTraces: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection).toBe(true);
  });

  it.each([['neo4j://cluster.example:7687'], ['neo4j+s://abcd.databases.neo4j.io'], ['bolt://localhost:7687']])('accepts NEO4J_URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI.*scheme http:/],
    [{ NEO4J_URI: 'not a uri' }, /NEO4J_URI.*is not a URI/],
    [{ PORT: 'eighty' }, /PORT="eighty" is not valid: expected an integer from 0 to 65535/],
    [{ PORT: '70000' }, /PORT/],
    [{ SEED_ON_START: 'maybe' }, /SEED_ON_START.*expected true or false/],
    [{ NEO4J_LOCAL_HEAP: 'lots' }, /NEO4J_LOCAL_HEAP.*512m or 2g/],
    [{ NEO4J_PASSWORD: 'short' }, /at least 8 characters/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ NEO4J_DATABASE: 'bad name;' }, /NEO4J_DATABASE/],
  ])('rejects %j with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads API keys as a comma-separated list, with optional expiry dates', () => {
    expect(loadConfig({ API_KEYS: ' alpha-key-1, beta-key-22@2030-06-01 ,,' }).apiKeys).toEqual([
      { key: 'alpha-key-1' },
      { key: 'beta-key-22', expiresAt: new Date('2030-06-01T00:00:00Z') },
    ]);
    expect(() => loadConfig({ API_KEYS: 'short' })).toThrow(ConfigError);
  });
});

describe('REDIS_URL and LOG_LEVEL', () => {
  it('accept redis:// and rediss:// URLs and the pino levels', () => {
    expect(loadConfig({ REDIS_URL: 'redis://:pw@cache.internal:6380/2', LOG_LEVEL: 'WARN' })).toMatchObject({ redisUrl: 'redis://:pw@cache.internal:6380/2', logLevel: 'warn' });
    expect(loadConfig({})).toMatchObject({ redisUrl: undefined, logLevel: 'info' });
  });

  it.each([
    ['not a url', 'REDIS_URL is not valid: expected redis://[user:password@]host[:port][/db] or rediss://...'],
    ['http://cache:6379', 'REDIS_URL is not valid: the scheme must be redis: or rediss:, not http:'],
    ['redis://:hunter2@cache:6379/zero', 'REDIS_URL is not valid: the path must be a database number, e.g. /0'],
  ])('refuse REDIS_URL=%s in one line that never repeats a password', (value, message) => {
    expect(() => loadConfig({ REDIS_URL: value })).toThrow(new ConfigError(message));
  });

  it('refuse an unknown LOG_LEVEL', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow('LOG_LEVEL="verbose" is not valid: expected one of fatal, error, warn, info, debug, trace, silent');
  });
});

describe('README configuration table', () => {
  const readme = fs.readFileSync(path.join(findRootDir(), 'README.md'), 'utf8');

  it.each(SETTINGS.map((setting) => [setting.name, setting.default]))('documents %s with its default', (name, fallback) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
    expect(row).toBeDefined();
    expect(row).toContain(fallback);
  });

  it('reads no environment variable that the table does not list', () => {
    const source = fs.readFileSync(path.join(findRootDir(), 'src', 'config.ts'), 'utf8');
    const read = new Set([...source.matchAll(/(?:integer|boolean|text|memorySize)\(env, '([A-Z_0-9]+)'/g)].map((match) => match[1]));
    read.add('NEO4J_URI');
    read.add('API_KEYS'); // read by apiKeys(env)
    for (const match of source.matchAll(/\benv\.([A-Z_0-9]+)/g)) read.add(match[1]);
    const documented = new Set(SETTINGS.map((setting) => setting.name));
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !read.has(name))).toEqual([]);
  });
});
