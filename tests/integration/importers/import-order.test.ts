/**
 * Import order does not matter (issue 12): the bio, a Google Scholar BibTeX export of three of its
 * papers and DBLP records of two of them, imported bio → BibTeX → DBLP into one database and
 * DBLP → BibTeX → bio into another, export the same graph.
 */
import path from 'node:path';
import { findRootDir } from '../../../src/config';
import { exportGraphDocument } from '../../../src/db/export-graph-document';
import { applyMigrations } from '../../../src/db/migrations';
import { GraphWriter } from '../../../src/db/write/graph-writer';
import type { GraphDocument } from '../../../src/graph/graph-document';
import { readImportFile, type ImportFormat } from '../../../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../../../src/importers/topics/topic-vocabulary';
import { connectTestDatabase } from '../../support/test-database';

const root = findRootDir();
const vocabulary = loadTopicVocabulary(path.join(root, 'seed', 'topics.json'));
const SOURCES: Array<[string, ImportFormat]> = [
  [path.join(root, 'seed', 'bio.txt'), 'bio'],
  [path.join(root, 'tests', 'fixtures', 'identity-sources', 'scholar-export.bib'), 'bibtex'],
  [path.join(root, 'tests', 'fixtures', 'identity-sources', 'dblp-vicol.xml'), 'dblp'],
];

async function importInOrder(order: Array<[string, ImportFormat]>): Promise<GraphDocument> {
  const db = await connectTestDatabase();
  try {
    await db.clear();
    await applyMigrations(db.executor);
    const writer = new GraphWriter(db.executor);
    for (const [file, format] of order) {
      for await (const item of readImportFile(file, format, vocabulary)) {
        const report = await writer.importDocument(item.document, { resolveIdentities: true });
        expect(report.rejected).toEqual([]);
      }
    }
    return await exportGraphDocument(db.executor, 'order-test');
  } finally {
    await db.close();
  }
}

describe('import order', () => {
  it('bio → BibTeX → DBLP and DBLP → BibTeX → bio export the same graph', async () => {
    const forward = await importInOrder(SOURCES);
    const backward = await importInOrder([...SOURCES].reverse());
    expect(backward.people).toEqual(forward.people);
    expect(backward.venues).toEqual(forward.venues);
    expect(backward.papers).toEqual(forward.papers);
    expect(backward).toEqual(forward);
    // And the sources met: one Paul Vicol, one paper per real paper.
    expect(forward.people.filter((person) => person.name === 'Paul Vicol')).toHaveLength(1);
    expect(forward.papers.filter((paper) => paper.title.toLowerCase().startsWith('directly fine-tuning'))).toHaveLength(1);
  });
});
