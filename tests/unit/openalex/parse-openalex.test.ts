import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OpenAlexFormatError } from '../../../src/importers/openalex/openalex-format-error';
import { parseOpenAlex } from '../../../src/importers/openalex/parse-openalex';
import { parseOpenAlexBytes } from '../../../src/importers/openalex/parse-openalex-bytes';
import { rebuildAbstract } from '../../../src/importers/openalex/rebuild-abstract';

const path = (name: string) => join(__dirname, '../../fixtures/openalex', name);
const fixture = (name: string) => readFileSync(path(name), 'utf8');

describe('parseOpenAlex: an API works page', () => {
  const text = fixture('works-page.json');
  const { document, rejects } = parseOpenAlex(text, 'openalex:works-page.json');
  const paper = (openalexId: string) => document.papers.find((candidate) => candidate.openalexId === openalexId)!;
  /** The line where the page's results[index] object starts, found independently of the parser. */
  const resultLine = (index: number) => {
    const lines = text.split('\n');
    let seen = -1;
    for (let at = 0; at < lines.length; at++) if (lines[at] === '    {' && ++seen === index) return at + 1;
    throw new Error(`no results[${index}]`);
  };

  it('imports the four works with authors and rejects the paratext without authorships, naming results[4] and its line', () => {
    expect(document.source).toBe('openalex:works-page.json');
    expect(document.papers.map((record) => record.openalexId)).toEqual(['W4387156613', 'W2113453245', 'W2129769475', 'W1606201893']);
    expect(rejects).toEqual([{ line: resultLine(4), record: 'results[4] W4390000001', reason: 'no authorships' }]);
    expect(document.papers.map((record) => record.line)).toEqual([0, 1, 2, 3].map(resultLine));
  });

  it('maps a work: DOI key, short OpenAlex id, year, arXiv id from the arXiv location, rebuilt abstract', () => {
    const draft = paper('W4387156613');
    expect(draft).toMatchObject({
      id: 'doi:10.48550/arxiv.2309.17400',
      title: 'Directly Fine-Tuning Diffusion Models on Differentiable Rewards',
      doi: '10.48550/arxiv.2309.17400',
      year: 2023,
      arxiv: '2309.17400',
    });
    expect(draft.abstract).toMatch(/^We present Direct Reward Fine-Tuning \(DRaFT\), a simple and effective method for fine-tuning diffusion models .* human preference models\.$/);
  });

  it('takes the venue from the first location that is not a repository (the arXiv copy is not the venue)', () => {
    expect(paper('W4387156613').venue).toBe('venue:international-conference-on-learning-representations');
    expect(paper('W2113453245').venue).toBe('venue:ieee-computer-graphics-and-applications');
    expect(document.venues.map((venue) => venue.name)).not.toContain('arXiv (Cornell University)');
  });

  it('keys people by valid ORCID, else OpenAlex author id, else name; a bad ORCID checksum falls back to the OpenAlex id', () => {
    expect(paper('W4387156613').authors).toEqual([
      { person: 'openalex:A5021383925', position: 1, equalContribution: false, rawName: 'Kevin Clark' },
      { person: 'openalex:A5034578322', position: 2, equalContribution: false, rawName: 'Paul Vicol' },
      { person: 'openalex:A5063204170', position: 3, equalContribution: false, rawName: 'Kevin Swersky' },
      { person: 'orcid:0000-0003-4598-1722', position: 4, equalContribution: false, rawName: 'David Fleet' },
    ]);
    const visualAnalytics = paper('W1606201893').authors;
    expect(visualAnalytics.map((author) => author.person)).toEqual([
      'orcid:0000-0001-7966-9740',
      'openalex:A5011957553',
      'openalex:A5078012237',
      'openalex:A5090185571',
      'person:hartmut-ziegler',
    ]);
    expect(document.people.find((person) => person.id === 'openalex:A5034578322')).toEqual({
      id: 'openalex:A5034578322',
      name: 'Paul Vicol',
      openalexId: 'A5034578322',
      line: resultLine(0),
    });
  });

  it('lists a person once, with display name and every raw spelling that folds differently as an alias', () => {
    const keim = document.people.filter((person) => person.id === 'orcid:0000-0001-7966-9740');
    expect(keim).toEqual([
      {
        id: 'orcid:0000-0001-7966-9740',
        name: 'Daniel A. Keim',
        orcid: '0000-0001-7966-9740',
        openalexId: 'A5068316042',
        aliases: ['D.A. Keim', 'Daniel Keim'],
        line: resultLine(2),
      },
    ]);
    expect(document.people.find((person) => person.openalexId === 'A5023888391')).toMatchObject({ name: 'Kwan‐Liu Ma', aliases: ['K.-L. Ma'] });
    // "Jorn Schneidewind" folds like "Jörn Schneidewind": no alias, but the raw spelling stays on the authorship.
    expect(document.people.find((person) => person.openalexId === 'A5078012237')!.aliases).toBeUndefined();
    expect(paper('W1606201893').authors[2].rawName).toBe('Jorn Schneidewind');
  });

  it('lists the institutions of the authorships once each', () => {
    expect(document.institutions.map((institution) => [institution.id, institution.name])).toEqual([
      ['institution:google-deepmind', 'Google DeepMind'],
      ['institution:university-of-toronto', 'University of Toronto'],
      ['institution:university-of-california-davis', 'University of California, Davis'],
      ['institution:at-t-united-states', 'AT&T (United States)'],
      ['institution:university-of-konstanz', 'University of Konstanz'],
      ['institution:pacific-northwest-national-laboratory', 'Pacific Northwest National Laboratory'],
    ]);
  });

  it('links OpenAlex topics with their score (subfield → field → domain as broader topics), keywords, and concepts only without topics', () => {
    expect(paper('W4387156613').topics).toEqual([
      { topic: 'topic:generative-adversarial-networks-and-image-synthesis', score: 0.9987, source: 'openalex' },
      { topic: 'topic:domain-adaptation-and-few-shot-learning', score: 0.9412, source: 'openalex' },
      { topic: 'topic:diffusion-models', score: 0.71, source: 'keyword' },
      { topic: 'topic:reward', score: 0.52, source: 'keyword' },
    ]);
    const topic = (id: string) => document.topics.find((candidate) => candidate.id === id);
    expect(topic('topic:generative-adversarial-networks-and-image-synthesis')!.broader).toEqual(['topic:computer-vision-and-pattern-recognition']);
    expect(topic('topic:computer-vision-and-pattern-recognition')!.broader).toEqual(['topic:computer-science']);
    expect(topic('topic:computer-science')!.broader).toEqual(['topic:physical-sciences']);
    expect(topic('topic:physical-sciences')!.broader).toBeUndefined();
    // The 2002 work has only concepts; the one scored 0 ("Computer science", level 0) is not a link.
    expect(paper('W2129769475').topics).toEqual([
      { topic: 'topic:visualization', score: 0.83, source: 'openalex-concept' },
      { topic: 'topic:data-mining', score: 0.61, source: 'openalex-concept' },
    ]);
    expect(new Set(document.topics.map((record) => record.id)).size).toBe(document.topics.length);
  });

  it('turns referenced works that are in the same input into cites, and drops the others', () => {
    expect(paper('W4387156613').cites).toEqual(['doi:10.1109/2945.981847']); // W2963373786 is not in the page
    expect(paper('W1606201893').cites).toEqual(['doi:10.1109/2945.981847', 'doi:10.1109/mcg.2009.120']);
    expect(paper('W2113453245').cites).toBeUndefined();
  });

  it('reads a single work (GET /works/W…) the same way as in a page', () => {
    const single = parseOpenAlex(fixture('work-single.json'), 'openalex:work-single.json');
    expect(single.rejects).toEqual([]);
    expect(single.document.papers).toEqual([{ ...paper('W2113453245'), line: 1 }]);
  });
});

describe('parseOpenAlex: JSON Lines', () => {
  it('rejects untitled, non-object, out-of-range, authorless and duplicate works by line, and imports the rest', () => {
    const { document, rejects } = parseOpenAlex(fixture('works-rejects.jsonl'), 'openalex:works-rejects.jsonl');
    expect(rejects).toEqual([
      { line: 2, record: 'W4390000002', reason: 'no title' },
      { line: 4, record: 'line 4', reason: 'not an OpenAlex work: a JSON array, not an object' },
      { line: 5, record: 'W4390000003', reason: 'year 20230 is out of range (1000..2100)' },
      { line: 6, record: 'W4390000001', reason: 'no authorships' },
      { line: 8, record: 'W4387156613', reason: 'same paper as line 7 (W4390000004): duplicate DOI 10.48550/arxiv.2309.17400' },
    ]);
    expect(document.papers.map((record) => [record.line, record.openalexId])).toEqual([
      [1, 'W2129769475'],
      [7, 'W4390000004'],
    ]);
  });

  it('gives the same document for the snapshot lines as for the page holding the same works', () => {
    const lines = parseOpenAlex(fixture('works-snapshot.jsonl'), 'openalex:x');
    const page = parseOpenAlex(fixture('works-page.json'), 'openalex:x');
    const withoutLines = (records: { line?: number }[]) => records.map(({ line: _line, ...rest }) => rest);
    const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
    expect(lines.rejects).toEqual([]);
    expect(withoutLines(byId(lines.document.papers))).toEqual(withoutLines(byId(page.document.papers)));
    expect(withoutLines(byId(lines.document.people))).toEqual(withoutLines(byId(page.document.people)));
  });

  it('un-gzips bytes by their magic number and gives what the plain text gives', () => {
    const plain = parseOpenAlex(fixture('works-snapshot.jsonl'), 'openalex:s');
    expect(parseOpenAlexBytes(readFileSync(path('works-snapshot.jsonl.gz')), 'openalex:s')).toEqual(plain);
    expect(parseOpenAlexBytes(readFileSync(path('works-snapshot.jsonl')), 'openalex:s')).toEqual(plain);
    expect(parseOpenAlexBytes(gzipSync(readFileSync(path('works-page.json'))), 'openalex:p')).toEqual(parseOpenAlex(fixture('works-page.json'), 'openalex:p'));
  });
});

describe('parseOpenAlex: input that is not OpenAlex works', () => {
  const error = (text: string): OpenAlexFormatError => {
    try {
      parseOpenAlex(text, 'openalex:broken');
    } catch (thrown) {
      return thrown as OpenAlexFormatError;
    }
    throw new Error('parseOpenAlex did not throw');
  };

  it('names the line and position where a truncated page ends', () => {
    const text = fixture('broken-truncated-page.json');
    const thrown = error(text);
    expect(thrown).toBeInstanceOf(OpenAlexFormatError);
    const lastLine = text.split('\n').length;
    expect(thrown.message).toBe(
      `truncated JSON: the input ends at line ${lastLine}, column ${text.length - text.lastIndexOf('\n')} (position ${text.length}), where a '"' closing the string was expected`,
    );
  });

  it('names the line and column of a broken JSON Lines record, and imports nothing', () => {
    const thrown = error(fixture('broken-truncated-line.jsonl'));
    expect(thrown).toBeInstanceOf(OpenAlexFormatError);
    expect(thrown.message).toMatch(/^truncated JSON: the line ends at line 3, column \d+, where .* was expected$/);
  });

  it('names the position of a syntax error inside the text', () => {
    const text = fixture('work-single.json').replace('"title": "In Situ', '"title" "In Situ');
    expect(error(text).message).toBe(
      `not valid JSON at line 1, column ${text.indexOf('"title" "In') + 9} (position ${text.indexOf('"title" "In') + 8}): expected ':' after the property name`,
    );
    expect(error('<!DOCTYPE html>\n<html>').message).toBe('not valid JSON at line 1, column 1 (position 0): expected a value');
  });

  it('refuses JSON that is not a works page or a work, and a page of other entities', () => {
    expect(error('{"meta": {"count": 0}, "error": "Invalid query"}').message).toBe(
      'not OpenAlex works: an object with no "results" array and no "id" starting with https://openalex.org/W',
    );
    expect(error('[{"id": "https://openalex.org/W2113453245"}]').message).toMatch(/^not OpenAlex works: an array/);
    expect(error(fixture('broken-authors-page.json')).message).toBe(
      'not an OpenAlex works page: its first result has no "id" starting with https://openalex.org/W ("https://openalex.org/A5023888391")',
    );
    expect(error('{"id": "https://openalex.org/W1"}\n{"id": "https://openalex.org/A5023888391"}\n').message).toBe(
      'line 2: not an OpenAlex work (no "id" starting with https://openalex.org/W)',
    );
  });

  it('throws on damaged gzip', () => {
    const damaged = gzipSync(Buffer.from(fixture('works-snapshot.jsonl'))).subarray(0, 200);
    expect(() => parseOpenAlexBytes(damaged, 'openalex:x')).toThrow(OpenAlexFormatError);
  });
});

describe('rebuildAbstract', () => {
  it('puts every word at each of its positions, skipping gaps and junk', () => {
    expect(rebuildAbstract({ models: [1, 4], Diffusion: [0], are: [2], generative: [3] })).toBe('Diffusion models are generative models');
    expect(rebuildAbstract({ a: [0], c: [5], b: ['x', 2, -1, 1.5] })).toBe('a b c');
    expect(rebuildAbstract(null)).toBeUndefined();
    expect(rebuildAbstract({})).toBeUndefined();
    expect(rebuildAbstract(['not', 'an', 'index'])).toBeUndefined();
  });
});
