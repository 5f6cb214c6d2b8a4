import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error';

export interface JavaRuntime {
  executable: string;
  majorVersion: number;
}

/** Neo4j 5.26 runs on Java 17 and 21. */
export const MIN_JAVA_VERSION = 17;

/**
 * Finds the `java` to run Neo4j with: $JAVA_HOME/bin/java when JAVA_HOME is set, else
 * `java` on PATH. Throws LocalNeo4jError when there is none or it is older than Java 17.
 */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const executable = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(executable, ['-version'], { encoding: 'utf8', env });
  if (probe.error || probe.status !== 0) {
    throw new LocalNeo4jError(
      `Java ${MIN_JAVA_VERSION}+ was not found (${env.JAVA_HOME ? `JAVA_HOME=${env.JAVA_HOME}` : 'no java on PATH'}): ` +
        'install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use an existing Neo4j',
    );
  }
  const majorVersion = parseJavaMajorVersion(`${probe.stderr}\n${probe.stdout}`);
  if (majorVersion < MIN_JAVA_VERSION) {
    throw new LocalNeo4jError(`Java ${majorVersion} found at ${executable}, but Neo4j 5.26 needs Java ${MIN_JAVA_VERSION} or 21: install a JDK 17 or point JAVA_HOME at one`);
  }
  return { executable, majorVersion };
}

/** Reads the major version from `java -version` output ("1.8.0_392" → 8, "17.0.15" → 17). */
export function parseJavaMajorVersion(versionOutput: string): number {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return 0;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}
