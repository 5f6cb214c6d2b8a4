import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * How to start the Launcher: its compiled class when javac is available (compiled once
 * and cached, saving ~3 s per start), else Java's single-file source mode.
 */
export function compileLauncher(javaExecutable: string, sourceFile: string, classpath: string, cacheDir: string): { classpath: string; mainArgs: string[] } {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(sourceFile)).update(classpath).digest('hex').slice(0, 16);
  const classesDir = path.join(cacheDir, 'launcher', hash);
  const withClasses = { classpath: `${classesDir}${path.delimiter}${classpath}`, mainArgs: ['Launcher'] };
  if (fs.existsSync(path.join(classesDir, 'Launcher.class'))) return withClasses;

  const javac = path.join(path.dirname(javaExecutable), 'javac');
  const javacCommand = fs.existsSync(javac) ? javac : 'javac';
  fs.mkdirSync(classesDir, { recursive: true });
  const compiled = spawnSync(javacCommand, ['-nowarn', '-d', classesDir, '-cp', classpath, sourceFile], { encoding: 'utf8' });
  if (compiled.error || compiled.status !== 0) {
    fs.rmSync(classesDir, { recursive: true, force: true });
    return { classpath, mainArgs: [sourceFile] };
  }
  return withClasses;
}
