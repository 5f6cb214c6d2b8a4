/**
 * The only reader of process.env. Every setting is parsed and validated once, here;
 * a bad value stops start-up with one line naming the variable and what it expects.
 * README.md has the table of settings: keep the two in step (tests/unit/config.test.ts checks).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApiKey, parseApiKeys } from './auth/write-keys';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Config {
  /** Where the repository lives; relative paths below are resolved against it. */
  rootDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  http: { host: string; port: number };
  neo4j: {
    /** undefined: provision and start the local Neo4j. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    queryTimeoutMs: number;
    connectionTimeoutMs: number;
    maxRetryTimeMs: number;
    maxPoolSize: number;
    acquisitionTimeoutMs: number;
  };
  localNeo4j: {
    port: number;
    dataDir: string;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
  };
  seed: { onStart: boolean; bioFile: string; topicsFile: string };
  /** Start serving while Neo4j is unreachable, and connect when it comes up. */
  waitForDatabase: boolean;
  graphql: {
    introspection: boolean;
    exposeStackTraces: boolean;
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxDirectives: number;
    maxPageSize: number;
  };
  /** Bearer keys that may run mutations; empty means writes are refused. */
  apiKeys: ApiKey[];
  /** Origins allowed to call the API from a browser (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** Expensive operations (networks, paths, suggestions, search) per client per minute; 0 turns the limit off. */
  expensiveRequestsPerMinute: number;
  /** Where the rate-limit budgets live: a Redis URL shared by replicas, or undefined for this process's memory. */
  redisUrl: string | undefined;
  /** pino level of the JSON log on stdout. */
  logLevel: LogLevel;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Env = Record<string, string | undefined>;

/** The repository root: the nearest folder above this file with a package.json (works from src/ and dist/src/). */
export function findRootDir(start = __dirname): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** The settings, their defaults and what they mean: rendered into README.md's table. */
export const SETTINGS: ReadonlyArray<{ name: string; default: string; description: string }> = [
  {
    name: 'NEO4J_URI',
    default: '(unset)',
    description: 'bolt://, neo4j:// (routing, for clusters) or neo4j+s:// (Aura) URI of an existing Neo4j. Unset: collabgraph provisions and starts its own local Neo4j.',
  },
  { name: 'NEO4J_USER', default: 'neo4j', description: 'Neo4j user.' },
  { name: 'NEO4J_PASSWORD', default: 'collabgraph-dev', description: 'Neo4j password (at least 8 characters). The local Neo4j is given this password on every start.' },
  { name: 'NEO4J_DATABASE', default: 'neo4j', description: 'Database every query names.' },
  { name: 'NEO4J_QUERY_TIMEOUT_MS', default: '10000', description: 'Timeout of every transaction, enforced by the server.' },
  { name: 'NEO4J_CONNECTION_TIMEOUT_MS', default: '3000', description: 'How long to wait for a TCP connection to Neo4j.' },
  { name: 'NEO4J_MAX_RETRY_MS', default: '2000', description: 'How long the driver retries a transaction on transient errors before the API answers SERVICE_UNAVAILABLE.' },
  { name: 'NEO4J_MAX_POOL_SIZE', default: '50', description: 'Driver connection pool size.' },
  { name: 'NEO4J_ACQUISITION_TIMEOUT_MS', default: '5000', description: 'How long a request waits for a pooled connection.' },
  {
    name: 'NEO4J_WAIT_FOR_DATABASE',
    default: 'false',
    description:
      'With NEO4J_URI: start even when Neo4j is unreachable (/readyz 503, queries SERVICE_UNAVAILABLE) and connect, migrate and seed when it comes up. Off: an unreachable Neo4j stops start-up with one line.',
  },
  { name: 'NEO4J_LOCAL_PORT', default: '7687', description: 'Bolt port of the local Neo4j (127.0.0.1 only).' },
  { name: 'NEO4J_LOCAL_DATA_DIR', default: '.neo4j', description: 'Folder of the local Neo4j: data, logs, pid file, cached classpath.' },
  { name: 'NEO4J_LOCAL_HEAP', default: '1g', description: 'JVM heap of the local Neo4j (-Xmx).' },
  { name: 'NEO4J_LOCAL_PAGECACHE', default: '512m', description: 'Page cache of the local Neo4j.' },
  { name: 'NEO4J_LOCAL_START_TIMEOUT_MS', default: '180000', description: 'How long to wait for the local Neo4j to answer on Bolt.' },
  { name: 'HOST', default: '127.0.0.1', description: 'Interface the HTTP server binds (0.0.0.0 in Docker).' },
  { name: 'PORT', default: '4000', description: 'HTTP port of the API, IDE and explorer.' },
  { name: 'NODE_ENV', default: 'development', description: 'production turns introspection and stack traces off by default.' },
  { name: 'SEED_ON_START', default: 'true', description: 'Import SEED_BIO_FILE when the database holds no Person yet.' },
  { name: 'SEED_BIO_FILE', default: 'seed/bio.txt', description: 'The bio imported on start and by npm run seed.' },
  { name: 'TOPICS_FILE', default: 'seed/topics.json', description: 'Topic vocabulary matched against titles and abstracts.' },
  { name: 'GRAPHQL_INTROSPECTION', default: 'true unless production', description: 'Allow schema introspection.' },
  { name: 'GRAPHQL_STACK_TRACES', default: 'true unless production', description: 'Include stack traces in error extensions.' },
  {
    name: 'GRAPHQL_MAX_DEPTH',
    default: '10',
    description:
      "Deepest selection nesting accepted. Introspection (`__schema`, `__type`) is held instead to the depth and list nesting of graphql-js's full getIntrospectionQuery(), at most 5 such fields per operation.",
  },
  { name: 'GRAPHQL_MAX_ALIASES', default: '30', description: 'Most aliases accepted in one operation.' },
  {
    name: 'GRAPHQL_MAX_COST',
    default: '25000',
    description:
      'Highest query cost accepted, measured as the operation will run (variables, default page sizes and fragments counted): every selected field costs 1, plus its first / limit times the cost of what it selects (a 1,000-person network with 4 fields per node and edge costs about 10,000).',
  },
  { name: 'GRAPHQL_MAX_DIRECTIVES', default: '50', description: 'Most directives accepted in one document.' },
  { name: 'GRAPHQL_MAX_PAGE_SIZE', default: '100', description: 'Largest first / limit argument accepted.' },
  {
    name: 'API_KEYS',
    default: '(empty)',
    description:
      'Comma-separated bearer keys allowed to run mutations (Authorization: Bearer KEY), each at least 8 characters, optionally KEY@YYYY-MM-DD to expire it. Revoke a key by removing it. Compared in constant time, never logged.',
  },
  { name: 'CORS_ORIGINS', default: '(empty)', description: 'Comma-separated origins allowed to call the API from other sites. Empty: no CORS headers, same origin only.' },
  {
    name: 'RATE_LIMIT_EXPENSIVE_PER_MINUTE',
    default: '300',
    description:
      'Expensive operations (collaborationNetwork, topicNetwork, collaborationPath, suggestedCollaborators, search) allowed per client (API key, else IP) per minute; over it: RATE_LIMITED, HTTP 429. 0 turns it off.',
  },
  {
    name: 'REDIS_URL',
    default: '(unset)',
    description:
      'redis:// or rediss:// URL of a Redis that keeps the rate-limit budgets, shared by every API replica. Unset: each process keeps its own in memory. If Redis goes away the API keeps answering with per-process budgets and logs a warning.',
  },
  {
    name: 'LOG_LEVEL',
    default: 'info',
    description: 'Level of the JSON log on stdout (pino): fatal, error, warn, info (one line per request), debug, trace or silent.',
  },
];

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not valid: expected an integer from ${min} to ${max}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name}=${JSON.stringify(env[name])} is not valid: expected true or false`);
}

function text(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? fallback : raw.trim();
}

function memorySize(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!/^\d+[kmg]$/i.test(value)) {
    throw new ConfigError(`${name}=${JSON.stringify(value)} is not valid: expected a size such as 512m or 2g`);
  }
  return value.toLowerCase();
}

function neo4jUri(env: Env): string | undefined {
  const raw = env.NEO4J_URI?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`NEO4J_URI=${JSON.stringify(raw)} is not a URI: expected e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io`);
  }
  const schemes = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];
  if (!schemes.includes(url.protocol)) {
    throw new ConfigError(`NEO4J_URI=${JSON.stringify(raw)} has scheme ${url.protocol} : expected one of ${schemes.map((s) => s.slice(0, -1)).join(', ')}`);
  }
  return raw;
}

function apiKeys(env: Env): ApiKey[] {
  try {
    return parseApiKeys(env.API_KEYS ?? '');
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function redisUrl(env: Env): string | undefined {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`REDIS_URL is not valid: expected redis://[user:password@]host[:port][/db] or rediss://...`);
  }
  // The URL may hold a password: the message names the part at fault, never the value.
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new ConfigError(`REDIS_URL is not valid: the scheme must be redis: or rediss:, not ${url.protocol}`);
  if (!url.hostname) throw new ConfigError('REDIS_URL is not valid: it names no host');
  if (url.pathname && url.pathname !== '/' && !/^\/\d{1,2}$/.test(url.pathname)) throw new ConfigError('REDIS_URL is not valid: the path must be a database number, e.g. /0');
  return raw;
}

function logLevel(env: Env): LogLevel {
  const raw = (env.LOG_LEVEL ?? '').trim().toLowerCase();
  if (raw === '') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new ConfigError(`LOG_LEVEL=${JSON.stringify(env.LOG_LEVEL)} is not valid: expected one of ${LOG_LEVELS.join(', ')}`);
  return raw as LogLevel;
}

function corsOrigins(env: Env): string[] {
  const origins = text(env, 'CORS_ORIGINS', '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== origin) throw new ConfigError(`CORS_ORIGINS entry ${JSON.stringify(origin)} is not an origin: expected e.g. https://app.example.org`);
  }
  return origins;
}

/**
 * Reads the configuration from `env` (process.env by default). Throws ConfigError
 * with a one-line message on the first invalid setting.
 */
export function loadConfig(env: Env = process.env, rootDir = findRootDir()): Config {
  const nodeEnvRaw = text(env, 'NODE_ENV', 'development');
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError(`NODE_ENV=${JSON.stringify(nodeEnvRaw)} is not valid: expected development, production or test`);
  }
  const nodeEnv = nodeEnvRaw as Config['nodeEnv'];
  const production = nodeEnv === 'production';
  const password = text(env, 'NEO4J_PASSWORD', 'collabgraph-dev');
  const uri = neo4jUri(env);
  if (!uri && password.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD is too short: Neo4j requires at least 8 characters');
  }
  const database = text(env, 'NEO4J_DATABASE', 'neo4j');
  if (!/^[A-Za-z][A-Za-z0-9.-]{0,62}$/.test(database)) {
    throw new ConfigError(`NEO4J_DATABASE=${JSON.stringify(database)} is not a valid database name`);
  }
  const resolve = (value: string) => path.resolve(rootDir, value);

  const config: Config = {
    rootDir,
    nodeEnv,
    http: { host: text(env, 'HOST', '127.0.0.1'), port: integer(env, 'PORT', 4000, 0, 65535) },
    neo4j: {
      uri,
      user: text(env, 'NEO4J_USER', 'neo4j'),
      password,
      database,
      queryTimeoutMs: integer(env, 'NEO4J_QUERY_TIMEOUT_MS', 10_000, 100, 3_600_000),
      connectionTimeoutMs: integer(env, 'NEO4J_CONNECTION_TIMEOUT_MS', 3_000, 100, 600_000),
      maxRetryTimeMs: integer(env, 'NEO4J_MAX_RETRY_MS', 2_000, 0, 600_000),
      maxPoolSize: integer(env, 'NEO4J_MAX_POOL_SIZE', 50, 1, 10_000),
      acquisitionTimeoutMs: integer(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', 5_000, 100, 600_000),
    },
    localNeo4j: {
      port: integer(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
      dataDir: resolve(text(env, 'NEO4J_LOCAL_DATA_DIR', '.neo4j')),
      heap: memorySize(env, 'NEO4J_LOCAL_HEAP', '1g'),
      pageCache: memorySize(env, 'NEO4J_LOCAL_PAGECACHE', '512m'),
      startTimeoutMs: integer(env, 'NEO4J_LOCAL_START_TIMEOUT_MS', 180_000, 1_000, 3_600_000),
    },
    waitForDatabase: boolean(env, 'NEO4J_WAIT_FOR_DATABASE', false),
    seed: {
      onStart: boolean(env, 'SEED_ON_START', true),
      bioFile: resolve(text(env, 'SEED_BIO_FILE', 'seed/bio.txt')),
      topicsFile: resolve(text(env, 'TOPICS_FILE', 'seed/topics.json')),
    },
    graphql: {
      introspection: boolean(env, 'GRAPHQL_INTROSPECTION', !production),
      exposeStackTraces: boolean(env, 'GRAPHQL_STACK_TRACES', !production),
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 1, 100),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 30, 1, 1000),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 25000, 1, 10_000_000),
      maxDirectives: integer(env, 'GRAPHQL_MAX_DIRECTIVES', 50, 0, 10_000),
      maxPageSize: integer(env, 'GRAPHQL_MAX_PAGE_SIZE', 100, 1, 10_000),
    },
    apiKeys: apiKeys(env),
    corsOrigins: corsOrigins(env),
    expensiveRequestsPerMinute: integer(env, 'RATE_LIMIT_EXPENSIVE_PER_MINUTE', 300, 0, 1_000_000),
    redisUrl: redisUrl(env),
    logLevel: logLevel(env),
  };
  return Object.freeze(config);
}
