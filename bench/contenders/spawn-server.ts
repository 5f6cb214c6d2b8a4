/**
 * Runs a contender's server as a child process (bench/contenders/serve.ts, built) and
 * reads its resident memory and CPU time from /proc.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BenchServer, ServerKind } from './bench-server';

export interface ChildServer extends BenchServer {
  pid: number;
  /** Resident set size in MiB, now (Linux /proc; NaN elsewhere). */
  rssMiB(): number;
  /** CPU seconds (user + system) the server has used so far (Linux /proc; NaN elsewhere). */
  cpuSeconds(): number;
}

export interface SpawnOptions {
  timeoutMs?: number;
  /** Arguments to node before the entry point (e.g. `--cpu-prof`). */
  nodeArgs?: readonly string[];
  /** Another build's serve.js (e.g. an older commit's, to compare): this build's by default. */
  entry?: string;
}

export async function spawnServer(kind: ServerKind, env: Record<string, string>, options: SpawnOptions = {}): Promise<ChildServer> {
  const { timeoutMs = 60_000, nodeArgs = [], entry = path.join(__dirname, 'serve.js') } = options;
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, entry, kind], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
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
    cpuSeconds: () => readCpuSeconds(pid),
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

function readCpuSeconds(pid: number): number {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state(1) ... utime(12) stime(13), in USER_HZ (100 on Linux).
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}
