import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error';

export interface ResolvedClasspath {
  classpath: string;
  /** True when Maven ran (first run, or the pom changed); false when the cache served it. */
  resolvedNow: boolean;
}

/**
 * Resolves the jars of the local Neo4j (neo4j-local/pom.xml) with the machine's Maven and
 * returns the classpath. Maven keeps the jars in the local repository (~/.m2), and the
 * classpath is cached in `cacheDir` keyed by the pom's hash, so only the first run downloads
 * and later starts do not even start Maven.
 */
export function resolveClasspath(pomDir: string, cacheDir: string, log: (line: string) => void = () => {}): ResolvedClasspath {
  const pomPath = path.join(pomDir, 'pom.xml');
  const pomHash = crypto.createHash('sha256').update(fs.readFileSync(pomPath)).digest('hex').slice(0, 16);
  const cacheFile = path.join(cacheDir, `classpath-${pomHash}.txt`);
  const cached = readCachedClasspath(cacheFile);
  if (cached) return { classpath: cached, resolvedNow: false };

  fs.mkdirSync(cacheDir, { recursive: true });
  const version = /<neo4j.version>([^<]+)</.exec(fs.readFileSync(pomPath, 'utf8'))?.[1] ?? '?';
  log(`Resolving Neo4j ${version} Community from Maven Central (first run only; kept in ~/.m2)...`);
  const maven = spawnSync('mvn', ['-B', '-q', '-f', pomPath, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (maven.error) {
    throw new LocalNeo4jError('Maven (mvn) was not found: install it (e.g. apt-get install maven), or set NEO4J_URI to use an existing Neo4j');
  }
  if (maven.status !== 0) {
    const reason = `${maven.stdout}\n${maven.stderr}`.split('\n').find((line) => line.includes('[ERROR]')) ?? 'see the output of mvn';
    fs.rmSync(cacheFile, { force: true });
    throw new LocalNeo4jError(`Maven could not resolve Neo4j ${version}: ${reason.replace(/\s+/g, ' ').trim()}`);
  }
  const classpath = readCachedClasspath(cacheFile);
  if (!classpath) throw new LocalNeo4jError(`Maven wrote no usable classpath to ${cacheFile}`);
  return { classpath, resolvedNow: true };
}

/** The cached classpath, or undefined when absent or when a jar has gone from ~/.m2. */
function readCachedClasspath(cacheFile: string): string | undefined {
  if (!fs.existsSync(cacheFile)) return undefined;
  const classpath = fs.readFileSync(cacheFile, 'utf8').trim();
  const jars = classpath.split(path.delimiter).filter(Boolean);
  if (jars.length === 0 || !jars.every((jar) => fs.existsSync(jar))) return undefined;
  return classpath;
}
