import { isLauncherProcess, portAnswers, type LocalNeo4j } from '../../src/neo4j-local/local-neo4j';
import type { ApiChild } from './api-child';

export interface RestartReport {
  /** From SIGKILL until Neo4j answered on Bolt again (includes its crash recovery). */
  downMs: number;
  /** From Neo4j answering until the API's /readyz said 200. */
  apiReadyAfterMs: number;
}

/** SIGKILLs the local Neo4j, starts it again on the same data, and waits for the API to be ready. */
export async function killAndRestart(local: LocalNeo4j, api: ApiChild, log: (line: string) => void): Promise<RestartReport> {
  const status = await local.status();
  if (!status.running) throw new Error('the throw-away Neo4j is not running');
  const killedAt = Date.now();
  process.kill(status.state.pid, 'SIGKILL');
  await waitUntilDead(status.state.pid, status.state.port);
  log(`Neo4j SIGKILLed (pid ${status.state.pid}); restarting it`);
  await local.start({ stopWithParent: true });
  const upAt = Date.now();
  await api.waitReady(60_000);
  return { downMs: upAt - killedAt, apiReadyAfterMs: Date.now() - upAt };
}

/**
 * Waits until the killed process is gone *and* its port is closed. A dying JVM drops its
 * /proc cmdline (so isLauncherProcess says false) before the kernel closes its sockets; on a
 * busy machine that gap is long enough for a restart to find the port still taken.
 */
export async function waitUntilDead(pid: number, port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((isLauncherProcess(pid) || (await portAnswers(port, 200))) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}
