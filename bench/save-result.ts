import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from '../src/config';

/**
 * Keeps a bench command's result the way the project does: pretty JSON in
 * bench/results/<name>.json, and the same JSON on stdout (a command's data; its messages go to
 * stderr). Returns the file's path.
 */
export function saveResult(name: string, result: unknown): string {
  const dir = path.join(findRootDir(), 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  const text = `${JSON.stringify(result, null, 2)}\n`;
  fs.writeFileSync(file, text);
  process.stdout.write(text);
  return file;
}
