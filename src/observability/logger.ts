import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';

/**
 * Paths pino blanks in every line, whatever a caller passes: bearer keys, cookies, passwords
 * and URLs that may embed one. The request log itself never records headers or bodies; this
 * is the second line of defence.
 */
export const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.cookie',
  'password',
  '*.password',
  'apiKeys',
  '*.apiKeys',
  'redisUrl',
  '*.redisUrl',
  'neo4j.password',
];

/** The process's JSON logger (stdout unless `destination` is given, e.g. a test's capture). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'collabgraph' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
