import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { GraphDocument } from '../../../src/graph/graph-document';
import type { ImportReject } from '../../../src/graph/import-reject';
import { OpenAlexFormatError } from '../../../src/importers/openalex/openalex-format-error';
import { parseOpenAlex } from '../../../src/importers/openalex/parse-openalex';
import { streamOpenAlexLines } from '../../../src/importers/openalex/stream-openalex-lines';

const path = (name: string) => join(__dirname, '../../fixtures/openalex', name);

async function collect(input: NodeJS.ReadableStream, recordsPerChunk?: number): Promise<{ document: GraphDocument; rejects: ImportReject[] }[]> {
  const chunks = [];
  for await (const chunk of streamOpenAlexLines(input, 'openalex:snapshot', recordsPerChunk ? { recordsPerChunk } : {})) chunks.push(chunk);
  return chunks;
}

describe('streamOpenAlexLines', () => {
  const whole = parseOpenAlex(readFileSync(path('works-snapshot.jsonl'), 'utf8'), 'openalex:snapshot');

  it('yields one document equal to the whole-text parse when the chunk holds every work, gzipped or not', async () => {
    expect(await collect(createReadStream(path('works-snapshot.jsonl')))).toEqual([whole]);
    expect(await collect(createReadStream(path('works-snapshot.jsonl.gz'), { highWaterMark: 64 }))).toEqual([whole]);
  });

  it('yields a document every N works, each listing the nodes its papers name; cites reach back to earlier chunks only', async () => {
    const chunks = await collect(createReadStream(path('works-snapshot.jsonl.gz')), 2);
    expect(chunks.map((chunk) => chunk.document.papers.map((paper) => paper.line))).toEqual([
      [1, 2],
      [3, 4],
    ]);
    for (const { document } of chunks) {
      const people = new Set(document.people.map((person) => person.id));
      for (const paper of document.papers) for (const author of paper.authors) expect(people).toContain(author.person);
    }
    // Line 3 cites lines 1 and 4, both in its chunk or before it: the papers are the whole-text ones.
    expect(chunks.flatMap((chunk) => chunk.document.papers)).toEqual(whole.document.papers);
  });

  it('drops only the cites of works that come in a later chunk', async () => {
    const streamed = (await collect(createReadStream(path('works-snapshot.jsonl')), 1)).flatMap((chunk) => chunk.document.papers);
    const without = <T extends { cites?: string[] }>({ cites: _cites, ...rest }: T) => rest;
    expect(streamed.map(without)).toEqual(whole.document.papers.map(without));
    expect(whole.document.papers[2].cites).toEqual(['doi:10.1109/2945.981847', 'doi:10.1109/mcg.2009.120']);
    expect(streamed.map((paper) => paper.cites)).toEqual([undefined, ['doi:10.1109/2945.981847'], ['doi:10.1109/2945.981847'], undefined]);
  });

  it('reports the same rejects, with lines, as the whole-text parse, and finds duplicates across chunks', async () => {
    const text = readFileSync(path('works-rejects.jsonl'), 'utf8');
    const chunks = await collect(Readable.from([text]), 3);
    expect(chunks.flatMap((chunk) => chunk.rejects)).toEqual(parseOpenAlex(text, 'openalex:snapshot').rejects);
  });

  it('throws OpenAlexFormatError at a broken line after yielding the documents before it', async () => {
    const seen: number[][] = [];
    const run = async () => {
      for await (const chunk of streamOpenAlexLines(createReadStream(path('broken-truncated-line.jsonl')), 'openalex:x', { recordsPerChunk: 1 })) {
        seen.push(chunk.document.papers.map((paper) => paper.line!));
      }
    };
    await expect(run()).rejects.toThrow(OpenAlexFormatError);
    expect(seen).toEqual([[1], [2]]);
  });
});
