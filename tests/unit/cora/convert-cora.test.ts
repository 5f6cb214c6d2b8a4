import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '../../../src/graph/graph-document';
import { convertCora } from '../../../src/importers/cora/convert-cora';

/** ../shared/datasets/cora from the repository root (see ../shared/datasets/README.md). */
const CORA_DIR = path.resolve(__dirname, '../../../../shared/datasets/cora');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'collabgraph-cora-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function fixture(name: string, files: Record<string, string | unknown>): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const SMALL = {
  'paper_authors.json': { '10': ['AAAAA', 'AAAAB'], '2': ['AAAAC'], '7': ['AAAAB', 'AAAAD'] },
  'author_names.json': {
    AAAAA: 'Forbus, K.',
    AAAAB: 'J. Kay',
    AAAAC: "O'Toole, James William, Jr.",
    AAAAD: 'Kay, J.', // looks like AAAAB, but is another author id: not merged
    AAAAE: 'Not An Author',
  },
  // a duplicate, a self-citation, citations to and from a paper outside the set
  'paper_references.json': [
    [10, 2],
    [10, 7],
    [10, 2],
    [2, 2],
    [10, 99],
    [7, 10],
    [99, 7],
  ],
  'classification_papers.json': {
    Data_Structures__Algorithms_and_Theory: [10, 99],
    'Data_Structures__Algorithms_and_Theory/Logic': [10, 99],
    Programming: [7],
    'Programming/Logic': [7],
  },
};

describe('convertCora on a small fixture', () => {
  const dir = fixture('small', SMALL);

  it('converts every file into the canonical document', () => {
    const expected: GraphDocument = {
      format: 'collabgraph/v1',
      source: `cora:${dir}`,
      people: [
        { id: 'cora-author:AAAAC', name: "O'Toole, James William, Jr." },
        { id: 'cora-author:AAAAB', name: 'J. Kay' },
        { id: 'cora-author:AAAAD', name: 'J. Kay', aliases: ['Kay, J.'] },
        { id: 'cora-author:AAAAA', name: 'K. Forbus', aliases: ['Forbus, K.'] },
      ],
      institutions: [],
      venues: [],
      topics: [
        { id: 'topic:data-structures-algorithms-and-theory', name: 'Data Structures, Algorithms and Theory' },
        {
          id: 'topic:data-structures-algorithms-and-theory-logic',
          name: 'Logic',
          broader: ['topic:data-structures-algorithms-and-theory'],
        },
        { id: 'topic:programming', name: 'Programming' },
        { id: 'topic:programming-logic', name: 'Logic', broader: ['topic:programming'] },
      ],
      papers: [
        {
          id: 'cora:2',
          title: 'CoRA paper 2',
          authors: [{ person: 'cora-author:AAAAC', position: 1, equalContribution: false, rawName: "O'Toole, James William, Jr." }],
          cites: ['cora:2'],
        },
        {
          id: 'cora:7',
          title: 'CoRA paper 7',
          authors: [
            { person: 'cora-author:AAAAB', position: 1, equalContribution: false, rawName: 'J. Kay' },
            { person: 'cora-author:AAAAD', position: 2, equalContribution: false, rawName: 'Kay, J.' },
          ],
          topics: [{ topic: 'topic:programming-logic', score: 1, source: 'classification' }],
          cites: ['cora:10'],
        },
        {
          id: 'cora:10',
          title: 'CoRA paper 10',
          authors: [
            { person: 'cora-author:AAAAA', position: 1, equalContribution: false, rawName: 'Forbus, K.' },
            { person: 'cora-author:AAAAB', position: 2, equalContribution: false, rawName: 'J. Kay' },
          ],
          topics: [{ topic: 'topic:data-structures-algorithms-and-theory-logic', score: 1, source: 'classification' }],
          cites: ['cora:2', 'cora:7'],
        },
      ],
      positions: [],
      hostings: [],
      education: [],
      interests: [],
      talks: [],
    };
    expect(convertCora(dir)).toEqual(expected);
  });

  it('keeps the first N papers in numeric id order and only the citations among them', () => {
    const document = convertCora(dir, { limitPapers: 2 });
    expect(document.papers.map((paper) => [paper.id, paper.cites])).toEqual([
      ['cora:2', ['cora:2']],
      ['cora:7', undefined],
    ]);
    expect(document.people.map((person) => person.id)).toEqual(['cora-author:AAAAC', 'cora-author:AAAAB', 'cora-author:AAAAD']);
    expect(document.topics.map((topic) => topic.id)).toEqual(['topic:programming', 'topic:programming-logic']);
    expect(convertCora(dir, { limitPapers: 0 }).papers).toEqual([]);
  });

  it('adds the top 3 tf-idf terms as keyword topics on request, reading the NaN of term_dictionary.json as no term', () => {
    const withTerms = fixture('terms', {
      ...SMALL,
      'paper_terms.json': { '10': { T1: 0.8, T2: 0.2, T3: 0.4, T4: 0.4, T5: 0.9 }, '7': { T6: 0.5 } },
      'term_dictionary.json': '{"T1": "swizzling", "T2": "data", "T3": "pointer", "T4": "huge", "T5": NaN, "T6": "Programming"}',
    });
    const document = convertCora(withTerms, { keywordTerms: true });
    expect(document.papers.map((paper) => paper.topics)).toEqual([
      undefined,
      [
        { topic: 'topic:programming-logic', score: 1, source: 'classification' },
        { topic: 'topic:programming', score: 1, source: 'keyword' }, // the term meets the class of the same key
      ],
      [
        { topic: 'topic:data-structures-algorithms-and-theory-logic', score: 1, source: 'classification' },
        { topic: 'topic:swizzling', score: 1, source: 'keyword' },
        { topic: 'topic:huge', score: 0.5, source: 'keyword' }, // ties by term
        { topic: 'topic:pointer', score: 0.5, source: 'keyword' },
      ],
    ]);
    expect(document.topics.slice(4)).toEqual([
      { id: 'topic:huge', name: 'huge' },
      { id: 'topic:pointer', name: 'pointer' },
      { id: 'topic:swizzling', name: 'swizzling' },
    ]);
  });

  it('throws naming the file or option at fault', () => {
    expect(() => convertCora(path.join(tmp, 'missing'))).toThrow(/Cannot read CoRA file .*paper_authors\.json/);
    expect(() => convertCora(dir, { limitPapers: -1 })).toThrow('limitPapers must be a non-negative integer');
    const noName = fixture('no-name', { ...SMALL, 'author_names.json': { AAAAA: 'A' } });
    expect(() => convertCora(noName)).toThrow('CoRA author_names.json: no name for author AAAAC of paper 2');
    const badRefs = fixture('bad-refs', { ...SMALL, 'paper_references.json': { 10: 2 } });
    expect(() => convertCora(badRefs)).toThrow('CoRA paper_references.json: expected a JSON array');
  });
});

describe('convertCora on ../shared/datasets/cora', () => {
  let document: GraphDocument;
  beforeAll(() => {
    document = convertCora(CORA_DIR);
  });
  const citations = () => document.papers.flatMap((paper) => (paper.cites ?? []).map((cited) => [paper.id, cited]));

  it('has the papers and author ids of the README', () => {
    expect(document.papers).toHaveLength(11_767);
    expect(document.people).toHaveLength(16_114);
    expect(document.papers.reduce((total, paper) => total + paper.authors.length, 0)).toBe(27_020);
    const pairs = new Set<string>();
    for (const paper of document.papers) {
      const ids = paper.authors.map((author) => author.person).sort();
      ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => pairs.add(`${a} ${b}`)));
    }
    expect(pairs.size).toBe(25_006);
    // "Last, First" names turned round, the source spelling kept as an alias
    expect(document.people.filter((person) => person.aliases)).toHaveLength(3_000);
  });

  it('keeps the 34,036 of the 34,648 citation links whose both ends are papers of the set', () => {
    const links = citations();
    expect(links).toHaveLength(34_036);
    expect(links.filter(([citing, cited]) => citing === cited)).toHaveLength(1_911);
    const ids = new Set(document.papers.map((paper) => paper.id));
    expect(links.every(([, cited]) => ids.has(cited))).toBe(true);
  });

  it('has the 81-class hierarchy and links each classified paper to its leaf class', () => {
    expect(document.topics).toHaveLength(81);
    const depth = (id: string): number => {
      const topic = document.topics.find((candidate) => candidate.id === id)!;
      return topic.broader ? 1 + depth(topic.broader[0]) : 1;
    };
    const perDepth = [1, 2, 3].map((level) => document.topics.filter((topic) => depth(topic.id) === level).length);
    expect(perDepth).toEqual([10, 64, 7]);
    const links = document.papers.flatMap((paper) => paper.topics ?? []);
    expect(links).toHaveLength(11_581);
    expect(document.papers.filter((paper) => !paper.topics)).toHaveLength(186);
    expect(links.every((link) => link.source === 'classification' && link.score === 1)).toBe(true);
  });

  it('starts with paper 2 and its first author', () => {
    expect(document.papers[0]).toEqual({
      id: 'cora:2',
      title: 'CoRA paper 2',
      authors: [
        { person: 'cora-author:AAHFB', position: 1, equalContribution: false, rawName: 'M.R. Garey' },
        { person: 'cora-author:AAHFC', position: 2, equalContribution: false, rawName: 'D.S. Johnson' },
      ],
      cites: ['cora:2'],
    });
  });

  it('limits to the first 100 papers', () => {
    const limited = convertCora(CORA_DIR, { limitPapers: 100 });
    expect(limited.papers).toHaveLength(100);
    expect(limited.papers[99].id).toBe('cora:837');
    expect(limited.people).toHaveLength(230);
    expect(limited.papers.reduce((total, paper) => total + (paper.cites?.length ?? 0), 0)).toBe(144);
    expect(limited.topics).toHaveLength(51);
  });
});
