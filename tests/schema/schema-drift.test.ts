import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from '../../src/config';
import { printAppSchema } from '../../src/graphql/print-app-schema';

describe('schema.graphql', () => {
  it('matches the type-graphql classes', async () => {
    const file = path.join(findRootDir(), 'schema.graphql');
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const current = await printAppSchema();
    if (committed !== current) {
      throw new Error('schema.graphql differs from the type-graphql classes: run npm run schema:emit and commit the result');
    }
  });
});
