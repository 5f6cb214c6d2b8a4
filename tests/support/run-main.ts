import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from '../../src/config';

export interface MainProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Runs the built API (`node dist/src/main.js`, as `npm start` does) with `env` on top of a clean environment. */
export function runMain(env: Record<string, string>): MainProcess {
  const entry = path.join(findRootDir(), 'dist', 'src', 'main.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npm test (it builds first) or npm run build`);
  const baseEnv = { ...process.env };
  delete baseEnv.NEO4J_URI;
  const child = spawn(process.execPath, [entry], { env: { ...baseEnv, SEED_ON_START: 'false', RATE_LIMIT_EXPENSIVE_PER_MINUTE: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until `predicate(output)` holds or the process exits. */
export async function waitForOutput(main: MainProcess, predicate: (output: string) => boolean, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void main.exited.then(() => (exited = true));
  while (!predicate(main.output())) {
    if (exited) throw new Error(`the API exited early:\n${main.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting; output so far:\n${main.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
