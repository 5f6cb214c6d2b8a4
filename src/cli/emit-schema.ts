/**
 * Writes schema.graphql at the repository root from the type-graphql classes
 * (`npm run schema:emit`). tests/schema/schema-drift.test.ts fails when the two differ.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from '../config';
import { printAppSchema } from '../graphql/print-app-schema';

async function main(): Promise<void> {
  const file = path.join(findRootDir(), 'schema.graphql');
  fs.writeFileSync(file, await printAppSchema());
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error('emit-schema failed:', error);
  process.exit(1);
});
