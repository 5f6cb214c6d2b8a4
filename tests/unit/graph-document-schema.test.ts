import fs from 'node:fs';
import path from 'node:path';
import { findRootDir } from '../../src/config';
import { NDJSON_KINDS } from '../../src/importers/canonical/read-graph-document';

/** The published JSON Schema names every collection and record field the code knows. */
describe('docs/graph-document.schema.json', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(findRootDir(), 'docs', 'graph-document.schema.json'), 'utf8'));
  const golden = JSON.parse(fs.readFileSync(path.join(findRootDir(), 'tests', 'fixtures', 'golden', 'bio.dry-run.json'), 'utf8'));

  it('lists every collection of the NDJSON kinds', () => {
    for (const collection of Object.values(NDJSON_KINDS)) expect(schema.properties[collection]).toBeDefined();
  });

  it('describes every field a real document uses', () => {
    const definitionFor: Record<string, string> = {
      people: 'person',
      institutions: 'named',
      venues: 'named',
      topics: 'topic',
      papers: 'paper',
      positions: 'position',
      hostings: 'hosting',
      education: 'education',
      interests: 'interest',
      talks: 'talk',
    };
    for (const [collection, definition] of Object.entries(definitionFor)) {
      const known = Object.keys(schema.$defs[definition].properties);
      for (const record of golden[collection] as Array<Record<string, unknown>>) {
        expect(Object.keys(record).filter((field) => !known.includes(field))).toEqual([]);
        expect(schema.$defs[definition].required.filter((field: string) => !(field in record))).toEqual([]);
      }
    }
  });
});
