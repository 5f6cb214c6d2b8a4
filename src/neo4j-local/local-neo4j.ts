import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { compileLauncher } from './compile-launcher';
import { findJava } from './find-java';
import { LocalNeo4jError } from './local-neo4j-error';
import { resolveClasspath } from './resolve-classpath';

export interface LocalNeo4jOptions {
  /** The repository root, holding neo4j-local/pom.xml and neo4j-local/Launcher.java. */
  rootDir: string;
  /** Data, logs and the pid file live here (git-ignored). */
  dataDir: string;
  /** Where the resolved classpath and compiled launcher are cached; defaults to dataDir. */
  cacheDir?: string;
  port: number;
  password: string;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  log?: (line: string) => void;
}

/** What the pid file records about a running local Neo4j. */
export interface LocalNeo4jState {
  pid: number;
  port: number;
  uri: string;
  startedAt: string;
}

export type LocalNeo4jStatus = { running: true; state: LocalNeo4jState; boltAnswers: boolean } | { running: false; reason: string };

export interface StartResult {
  uri: string;
  pid: number;
  /** True when a server was already running and this call started nothing. */
  alreadyRunning: boolean;
  /** Milliseconds from spawning Java until Bolt answered (0 when already running). */
  startMs: number;
  /** True when Maven ran to resolve the jars (a first run). */
  resolvedNow: boolean;
}

export interface StartOptions {
  /**
   * Tie the server's life to this process: it shuts down when this process exits or dies,
   * so a crashed API or test run cannot leave an orphan. Off for `npm run neo4j -- start`.
   */
  stopWithParent?: boolean;
}

/**
 * Lifecycle of the local Neo4j (5.26 Community, embedded with Bolt on 127.0.0.1):
 * start (idempotent), stop, status. One instance per data folder, recorded in a pid file.
 */
export class LocalNeo4j {
  constructor(private readonly options: LocalNeo4jOptions) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.port}`;
  }

  get logFile(): string {
    return path.join(this.options.dataDir, 'neo4j.log');
  }

  private get cacheDir(): string {
    return this.options.cacheDir ?? this.options.dataDir;
  }

  private get stateFile(): string {
    return path.join(this.options.dataDir, 'neo4j.pid.json');
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  /** Whether the server recorded in the pid file is alive, and whether Bolt answers. */
  async status(): Promise<LocalNeo4jStatus> {
    const state = this.readState();
    if (!state) return { running: false, reason: 'not started (no pid file)' };
    if (!isLauncherProcess(state.pid)) {
      fs.rmSync(this.stateFile, { force: true });
      return { running: false, reason: `not running (process ${state.pid} has exited; stale pid file removed)` };
    }
    return { running: true, state, boltAnswers: await portAnswers(state.port) };
  }

  /** Starts the server unless it is already running; resolves when Bolt answers. */
  async start(startOptions: StartOptions = {}): Promise<StartResult> {
    const current = await this.status();
    if (current.running) {
      if (!current.boltAnswers) await this.waitForBolt(current.state.pid);
      return { uri: current.state.uri, pid: current.state.pid, alreadyRunning: true, startMs: 0, resolvedNow: false };
    }
    if (await portAnswers(this.options.port)) {
      throw new LocalNeo4jError(`port ${this.options.port} on 127.0.0.1 is taken by another program: stop it, or set NEO4J_LOCAL_PORT to a free port`);
    }
    const java = findJava();
    const { classpath, resolvedNow } = resolveClasspath(path.join(this.options.rootDir, 'neo4j-local'), this.cacheDir, (line) => this.log(line));

    const launcher = compileLauncher(java.executable, path.join(this.options.rootDir, 'neo4j-local', 'Launcher.java'), classpath, this.cacheDir);

    fs.mkdirSync(this.options.dataDir, { recursive: true });
    const logFd = fs.openSync(this.logFile, 'a');
    const startedAt = Date.now();
    const readyOffset = fs.fstatSync(logFd).size;
    const child = spawn(
      java.executable,
      [
        `-Xmx${this.options.heap}`,
        '-XX:+UseG1GC',
        '-Dfile.encoding=UTF-8',
        '-cp',
        launcher.classpath,
        ...launcher.mainArgs,
        path.join(this.options.dataDir, 'home'),
        String(this.options.port),
      ],
      {
        detached: true,
        stdio: [startOptions.stopWithParent ? 'pipe' : 'ignore', logFd, logFd],
        env: {
          ...process.env,
          NEO4J_PASSWORD: this.options.password,
          NEO4J_PAGECACHE: this.options.pageCache,
          COLLABGRAPH_STOP_ON_STDIN_EOF: startOptions.stopWithParent ? '1' : '0',
        },
      },
    );
    fs.closeSync(logFd);
    if (child.pid === undefined) throw new LocalNeo4jError(`could not start ${java.executable}`);
    child.unref();
    // The pipe stays open while this process lives; it must not keep the event loop alive.
    (child.stdin as unknown as net.Socket | null)?.unref?.();

    const state: LocalNeo4jState = { pid: child.pid, port: this.options.port, uri: this.uri, startedAt: new Date(startedAt).toISOString() };
    fs.writeFileSync(this.stateFile, JSON.stringify(state, null, 2));
    try {
      await this.waitForReadyLine(child.pid, readyOffset);
    } catch (error) {
      killQuietly(child.pid, 'SIGKILL');
      fs.rmSync(this.stateFile, { force: true });
      throw error;
    }
    return { uri: this.uri, pid: child.pid, alreadyRunning: false, startMs: Date.now() - startedAt, resolvedNow };
  }

  /** Stops the server recorded in the pid file (SIGTERM, then SIGKILL after a grace period). */
  async stop(graceMs = 60_000): Promise<{ stopped: boolean; pid?: number }> {
    const state = this.readState();
    if (!state || !isLauncherProcess(state.pid)) {
      fs.rmSync(this.stateFile, { force: true });
      return { stopped: false };
    }
    killQuietly(state.pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (isLauncherProcess(state.pid) && Date.now() < deadline) await sleep(200);
    if (isLauncherProcess(state.pid)) {
      this.log(`Neo4j (pid ${state.pid}) did not stop within ${graceMs} ms: killing it`);
      killQuietly(state.pid, 'SIGKILL');
      while (isLauncherProcess(state.pid)) await sleep(100);
    }
    // A dying JVM loses its command line before the kernel closes its sockets: wait for the
    // port too, so that an immediate restart does not find it "taken by another program".
    const portDeadline = Date.now() + 10_000;
    while ((await portAnswers(state.port)) && Date.now() < portDeadline) await sleep(100);
    fs.rmSync(this.stateFile, { force: true });
    return { stopped: true, pid: state.pid };
  }

  private readState(): LocalNeo4jState | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as LocalNeo4jState;
    } catch {
      return undefined;
    }
  }

  /** Waits for the Launcher's READY or FAILED line in the log, or for the process to die. */
  private async waitForReadyLine(pid: number, fromOffset: number): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutMs;
    while (Date.now() < deadline) {
      const output = readFrom(this.logFile, fromOffset);
      const failed = /^FAILED (.*)$/m.exec(output);
      if (failed) throw new LocalNeo4jError(`Neo4j failed to start: ${failed[1]} (log: ${this.logFile})`);
      if (/^READY /m.test(output)) return;
      if (!isLauncherProcess(pid)) {
        throw new LocalNeo4jError(`Neo4j exited during start-up: see ${this.logFile}`);
      }
      await sleep(250);
    }
    throw new LocalNeo4jError(`Neo4j did not answer within ${this.options.startTimeoutMs} ms: see ${this.logFile}`);
  }

  private async waitForBolt(pid: number): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutMs;
    while (Date.now() < deadline) {
      if (await portAnswers(this.options.port)) return;
      if (!isLauncherProcess(pid)) throw new LocalNeo4jError(`Neo4j (pid ${pid}) exited while starting: see ${this.logFile}`);
      await sleep(250);
    }
    throw new LocalNeo4jError(`Neo4j (pid ${pid}) is running but Bolt did not answer within ${this.options.startTimeoutMs} ms: see ${this.logFile}`);
  }
}

/** True when `pid` is alive and is our Launcher (guards against a recycled pid). */
export function isLauncherProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!commandLine.includes('Launcher')) return false;
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return !/^State:\s+Z/m.test(status);
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function readFrom(file: string, offset: number): string {
  try {
    const buffer = fs.readFileSync(file);
    return buffer.subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
