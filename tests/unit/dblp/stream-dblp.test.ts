import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { GraphDocument } from '../../../src/graph/graph-document';
import { DblpFormatError } from '../../../src/importers/dblp/dblp-format-error';
import { parseDblp } from '../../../src/importers/dblp/parse-dblp';
import { streamDblp } from '../../../src/importers/dblp/stream-dblp';
import type { ImportReject } from '../../../src/graph/import-reject';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/dblp', name));

/** The bytes in pieces of `size`, so that tags, entities and UTF-8 sequences are split. */
function pieces(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return Readable.from(chunks);
}

async function collect(input: Readable, recordsPerChunk?: number): Promise<{ document: GraphDocument; rejects: ImportReject[] }[]> {
  const chunks = [];
  for await (const chunk of streamDblp(input, 'dblp:stream', { recordsPerChunk })) chunks.push(chunk);
  return chunks;
}

describe('streamDblp', () => {
  const bytes = fixture('excerpt.xml');
  const whole = parseDblp(bytes.toString('latin1'), 'dblp:stream');

  it.each([1, 2, 3, 1000])('yields the records of parseDblp, %i per document, from a stream of 7-byte pieces', async (perChunk) => {
    const chunks = await collect(pieces(bytes, 7), perChunk);
    const records = whole.document.papers.length + whole.rejects.length;
    expect(chunks).toHaveLength(Math.ceil(records / perChunk));
    expect(chunks.flatMap((chunk) => chunk.document.papers)).toEqual(whole.document.papers);
    expect(chunks.flatMap((chunk) => chunk.rejects)).toEqual(whole.rejects);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.document.papers.length + chunk.rejects.length).toBe(perChunk);
  });

  it('makes each document self-contained: the people and venues its papers name, each once', async () => {
    const chunks = await collect(pieces(bytes, 5), 2);
    for (const { document } of chunks) {
      const people = document.people.map((person) => person.id);
      expect(new Set(people).size).toBe(people.length);
      expect(new Set(document.papers.flatMap((paper) => paper.authors.map((author) => author.person)))).toEqual(new Set(people));
      expect(new Set(document.papers.flatMap((paper) => paper.venue ?? []))).toEqual(new Set(document.venues.map((venue) => venue.id)));
      expect(document.source).toBe('dblp:stream');
    }
    const byId = new Map(chunks.flatMap(({ document }) => document.people.map((person) => [person.id, { ...person, line: undefined }])));
    expect(byId).toEqual(new Map(whole.document.people.map((person) => [person.id, { ...person, line: undefined }])));
  });

  it('decodes ISO-8859-1 bytes as declared, and UTF-8 split inside a character', async () => {
    const record = (name: string) => `<dblp><article key="a/1"><author>${name}</author><title>Visual Analytics.</title></article></dblp>`;
    const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${record('J\u00f6rn Kohlhammer')}`, 'latin1');
    const utf8 = Buffer.from(`\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n${record('Jörn Kohlhammer — 贝')}`, 'utf8');
    const [fromLatin1] = await collect(pieces(latin1, 3));
    const [fromUtf8] = await collect(pieces(utf8, 1));
    expect(fromLatin1.document.papers[0].authors[0].rawName).toBe('Jörn Kohlhammer');
    expect(fromUtf8.document.papers[0].authors[0].rawName).toBe('Jörn Kohlhammer — 贝');
  });

  it('yields the documents completed before a truncation, then throws DblpFormatError', async () => {
    const stream = streamDblp(pieces(fixture('truncated.xml'), 16), 'dblp:stream', { recordsPerChunk: 1 });
    const first = await stream.next();
    if (first.done) throw new Error('nothing was yielded');
    expect(first.value.document.papers.map((paper) => paper.dblpKey)).toEqual(['series/lncs/KeimAFGKM08']);
    await expect(stream.next()).rejects.toThrow(DblpFormatError);
  });

  it('throws DblpFormatError for a wrong root and for text that is not XML before yielding anything', async () => {
    await expect(collect(pieces(fixture('wrong-root.xml'), 4))).rejects.toMatchObject({ name: 'DblpFormatError', line: 3 });
    await expect(collect(pieces(fixture('not-xml.xml'), 4))).rejects.toMatchObject({ name: 'DblpFormatError', line: 1, column: 1 });
    await expect(collect(Readable.from([Buffer.from('<?xml version="1.0" encoding="EBCDIC"?><dblp/>')]))).rejects.toThrow('unsupported encoding "ebcdic"');
  });

  it('names a person by ORCID only in the chunk whose record states it, keeping the pid on both', async () => {
    const text = `<dblp>
<article key="a/1"><author pid="c/WeiChen2">Wei Chen 0002</author><title>First.</title></article>
<article key="a/2"><author pid="c/WeiChen2" orcid="0000-0002-1825-0097">Wei Chen 0002</author><title>Second.</title></article>
</dblp>`;
    const chunks = await collect(Readable.from([text]), 1);
    expect(chunks.map(({ document }) => [document.people[0].id, document.people[0].dblpPid])).toEqual([
      ['dblp:c/WeiChen2', 'c/WeiChen2'],
      ['orcid:0000-0002-1825-0097', 'c/WeiChen2'],
    ]);
  });

  it('rejects a chunk size that is not a positive integer', async () => {
    await expect(collect(pieces(bytes, 100), 0)).rejects.toThrow(RangeError);
  });
});
