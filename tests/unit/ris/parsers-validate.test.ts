import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDblp } from '../../../src/importers/dblp/parse-dblp';
import { parseRis } from '../../../src/importers/ris/parse-ris';
import { validateDocument } from '../../../src/db/write/validate-document';

const fixture = (path: string) => readFileSync(join(__dirname, '../../fixtures', path), 'utf8');
const nothingInGraph = async () => new Set<string>();

describe('DBLP and RIS documents pass the validate step unchanged', () => {
  it.each([
    ['dblp/excerpt.xml', () => parseDblp(fixture('dblp/excerpt.xml'), 'dblp:excerpt.xml')],
    ['dblp/person-keim.xml', () => parseDblp(fixture('dblp/person-keim.xml'), 'dblp:person')],
    ['ris/zotero.ris', () => parseRis(fixture('ris/zotero.ris'), 'ris:zotero.ris')],
    ['ris/scopus.ris', () => parseRis(fixture('ris/scopus.ris'), 'ris:scopus.ris')],
  ])('%s', async (_name, parse) => {
    const { document } = parse();
    const validated = await validateDocument(document, nothingInGraph);
    expect(validated.rejects).toEqual([]);
    expect(validated.document.papers).toHaveLength(document.papers.length);
  });
});
