import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { findFreePort } from '../../src/neo4j-local/local-neo4j';

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

export interface TestRedis {
  url: string;
  port: number;
  /** Stops the server (SIGTERM) and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/** A throw-away Debian redis-server on a free loopback port, nothing saved to disk. */
export async function startTestRedis(): Promise<TestRedis> {
  if (!fs.existsSync(REDIS_SERVER))
    throw new Error(`${REDIS_SERVER} is missing: the replica tests need Debian's redis-server package (apt-get install redis-server; .ci/run installs it)`);
  const port = await findFreePort();
  const child: ChildProcess = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', '/tmp'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
  });
  let stopped: Promise<void> | undefined;
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    stop: () => (stopped ??= (child.kill('SIGTERM'), exited)),
  };
}
