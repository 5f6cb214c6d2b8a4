/**
 * Runs a contender's server as a child process (bench/contenders/serve.ts, built) and
 * reads its resident memory from /proc.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BenchServer, ServerKind } from './bench-server';

export interface ChildServer extends BenchServer {
  pid: number;
  /** Resident set size in MiB, now (Linux /proc; NaN elsewhere). */
  rssMiB(): number;
}

export async function spawnServer(kind: ServerKind, env: Record<string, string>, timeoutMs = 60_000): Promise<ChildServer> {
  const entry = path.join(__dirname, 'serve.js');
  const child: ChildProcess = spawn(process.execPath, [entry, kind], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^LISTENING (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with ${code}:\n${output}`));
    });
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    rssMiB: () => readRssMiB(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

function readRssMiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
