import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findFreePort } from '../../src/neo4j-local/local-neo4j';

/** The built API (`node dist/src/main.js`) as a child process, as `npm start` runs it. */
export interface ApiChild {
  pid: number;
  baseUrl: string;
  /** Resident set size of the API process, from /proc (0 where there is no /proc). */
  rssBytes(): number;
  /** Polls /readyz until it answers 200. */
  waitReady(timeoutMs: number): Promise<void>;
  /** SIGTERM, then SIGKILL after 15 s. */
  stop(): Promise<void>;
}

export async function startApiChild(root: string, env: Record<string, string>): Promise<ApiChild> {
  const entry = path.join(root, 'dist', 'src', 'main.js');
  const port = await findFreePort();
  const baseEnv = { ...process.env };
  delete baseEnv.NEO4J_URI;
  const child = spawn(process.execPath, [entry], { env: { ...baseEnv, HOST: '127.0.0.1', PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 180_000;
  while (!output.includes('collabgraph ready')) {
    if (gone || Date.now() > deadline) throw new Error(`the API did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    pid: child.pid!,
    baseUrl,
    rssBytes: () => {
      try {
        const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return match ? Number(match[1]) * 1024 : 0;
      } catch {
        return 0;
      }
    },
    async waitReady(timeoutMs) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const status = await fetch(`${baseUrl}/readyz`).then(
          (response) => response.status,
          () => 0,
        );
        if (status === 200) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`the API was not ready within ${timeoutMs} ms`);
    },
    async stop() {
      if (gone) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
