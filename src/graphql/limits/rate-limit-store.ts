import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** The answer to "may this client spend `points` more?". */
export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: seconds until enough points are back. */
  retryAfterSeconds: number;
}

/** Per-client budgets of expensive operations, refilled over a minute. */
export interface RateLimitStore {
  /** 'redis' when budgets are shared through REDIS_URL, else 'memory'. */
  readonly kind: 'redis' | 'memory';
  consume(client: string, points: number): Promise<RateLimitDecision>;
  /** Resolves once the store answers, or after `timeoutMs` (then decisions fall back to memory until it does). */
  ready(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface RateLimitStoreOptions {
  perMinute: number;
  /** config.redisUrl: budgets shared by every replica that names the same Redis. */
  redisUrl?: string;
  logger: Logger;
  /** Called each time a decision falls back to process memory (metrics). */
  onFallback?: () => void;
}

const KEY_PREFIX = 'collabgraph:expensive';

/**
 * rate-limiter-flexible: in this process's memory by default; in Redis (ioredis) when
 * `redisUrl` is set, so replicas behind one load balancer share one budget per client. When
 * Redis does not answer (down, restarting, unreachable at start) a decision is taken by an
 * in-memory limiter of the same size instead, so requests never fail for it, and the log
 * gets a warning once per outage (and an info line when Redis is back).
 */
export function createRateLimitStore(options: RateLimitStoreOptions): RateLimitStore {
  const memory = new RateLimiterMemory({ points: options.perMinute, duration: 60, keyPrefix: KEY_PREFIX });
  if (!options.redisUrl) {
    return { kind: 'memory', consume: (client, points) => decide(memory, client, points), ready: async () => undefined, close: async () => undefined };
  }

  const log = options.logger;
  const redis = new Redis(options.redisUrl, {
    // Fail a command at once while disconnected (no queue): the request goes on with the memory budget.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    lazyConnect: false,
    // Keep trying to come back, at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let degraded = false;
  const degrade = (reason: string) => {
    options.onFallback?.();
    if (degraded) return;
    degraded = true;
    log.warn({ reason }, 'Redis (REDIS_URL) does not answer: rate limits are per process until it is back');
  };
  redis.on('error', (error: Error) => degrade(error.message));
  redis.on('ready', () => {
    if (degraded) log.info('Redis (REDIS_URL) is back: rate limits are shared again');
    degraded = false;
  });
  const shared = new RateLimiterRedis({ storeClient: redis, points: options.perMinute, duration: 60, keyPrefix: KEY_PREFIX, rejectIfRedisNotReady: true });

  return {
    kind: 'redis',
    async consume(client, points) {
      try {
        return await decide(shared, client, points);
      } catch (error) {
        degrade(error instanceof Error ? error.message : String(error));
        return decide(memory, client, points);
      }
    },
    ready: (timeoutMs) =>
      new Promise<void>((resolve) => {
        if (redis.status === 'ready') return resolve();
        const timer = setTimeout(() => {
          degrade(`no connection within ${timeoutMs} ms`);
          resolve();
        }, timeoutMs);
        timer.unref();
        redis.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      }),
    async close() {
      redis.disconnect();
    },
  };
}

/** A limiter's verdict; store failures (anything but a RateLimiterRes) are thrown. */
async function decide(limiter: RateLimiterMemory | RateLimiterRedis, client: string, points: number): Promise<RateLimitDecision> {
  try {
    await limiter.consume(client, points);
    return { allowed: true, retryAfterSeconds: 0 };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}
