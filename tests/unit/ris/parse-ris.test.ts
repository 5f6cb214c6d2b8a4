import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRis } from '../../../src/importers/ris/parse-ris';
import { RisFormatError } from '../../../src/importers/ris/ris-format-error';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/ris', name), 'utf8');
/** 1-based line of the `nth` (0-based) line of `text` that is exactly `wanted` (ignoring trailing spaces). */
const lineOf = (text: string, wanted: string, nth = 0) => {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/\s+$/, ''));
  const found = lines.flatMap((line, index) => (line === wanted ? [index + 1] : []));
  return found[nth];
};

describe('parseRis: a Zotero export', () => {
  const text = fixture('zotero.ris');
  const { document, rejects } = parseRis(text, 'ris:zotero.ris');
  const [tvcg, vis, arxiv] = document.papers;

  it('maps a journal article: title, "Last, First" authors, year, DOI, venue with abbreviation, abstract, keywords', () => {
    expect(document.source).toBe('ris:zotero.ris');
    expect(tvcg).toEqual({
      id: 'doi:10.1109/tvcg.2018.2864510',
      doi: '10.1109/tvcg.2018.2864510',
      title: 'Tracking k-Nearest Neighbours in Time-Varying Simulations',
      abstract: 'We present a technique that tracks the k nearest neighbours of every particle across the time steps of large simulations.',
      year: 2019,
      venue: 'venue:ieee-transactions-on-visualization-and-computer-graphics',
      line: 1,
      authors: [
        { person: 'person:kwan-liu-ma', position: 1, equalContribution: false, rawName: 'Ma, Kwan-Liu' },
        { person: 'person:wei-chen', position: 2, equalContribution: false, rawName: 'Chen, Wei' },
        { person: 'person:carsten-gorg', position: 3, equalContribution: false, rawName: 'Görg, Carsten' },
      ],
      topics: [
        { topic: 'topic:time-varying-data', score: 1, source: 'keyword' },
        { topic: 'topic:visualization', score: 1, source: 'keyword' },
        { topic: 'topic:particle-tracking', score: 1, source: 'keyword' },
      ],
    });
    expect(document.venues[0]).toEqual({
      id: 'venue:ieee-transactions-on-visualization-and-computer-graphics',
      name: 'IEEE Transactions on Visualization and Computer Graphics',
      abbreviation: 'IEEE Trans. Visual. Comput. Graphics',
      line: 1,
    });
  });

  it('reads a conference paper: T2 as venue, the year from DA, a DOI given as doi.org link', () => {
    expect(vis).toMatchObject({
      id: 'doi:10.1109/vis47514.2020.00015',
      year: 2020,
      venue: 'venue:2020-ieee-visualization-conference-vis',
      line: lineOf(text, 'TY  - CONF'),
    });
    expect(vis.authors.map((author) => author.person)).toEqual(['person:thomas-ertl', 'person:rene-weiß']);
  });

  it('reads the arXiv id of a preprint from its URL, and lists shared keywords and people once', () => {
    expect(arxiv).toMatchObject({ id: 'doi:10.48550/arxiv.2309.17400', arxiv: '2309.17400', year: 2023 });
    expect(arxiv.venue).toBeUndefined();
    expect(document.topics.map((topic) => topic.name)).toEqual(['Time-varying data', 'Visualization', 'Particle tracking', 'Urban traffic', 'Computer Science - Machine Learning']);
    expect(document.people.map((person) => person.name)).toEqual([
      'Kwan-Liu Ma',
      'Wei Chen',
      'Carsten Görg',
      'Thomas Ertl',
      'René Weiß',
      'Kevin Clark',
      'Paul Vicol',
      'Kevin Swersky',
      'David J. Fleet',
    ]);
    expect(document.people[5]).toEqual({ id: 'person:kevin-clark', name: 'Kevin Clark', line: lineOf(text, 'TY  - GEN') });
  });

  it('rejects, at the TY line, a record with editors but no authors, a year out of range and a record without title', () => {
    expect(document.papers).toHaveLength(3);
    expect(rejects).toEqual([
      { line: lineOf(text, 'TY  - JOUR', 1), record: 'TY  - JOUR "Editorial: Best Papers of EuroVis 2019"', reason: 'no authors' },
      { line: lineOf(text, 'TY  - JOUR', 2), record: 'TY  - JOUR "A Visualization From the Future"', reason: 'year 2201 is out of range' },
      { line: lineOf(text, 'TY  - CONF', 1), record: 'TY  - CONF', reason: 'missing title' },
    ]);
  });
});

describe('parseRis: a Scopus export with CRLF and a byte-order mark', () => {
  const text = fixture('scopus.ris');
  const { document, rejects } = parseRis(text, 'ris:scopus.ris');

  it('skips the export header and reads both records with initials-only names', () => {
    expect(rejects).toEqual([]);
    expect(document.papers.map((paper) => [paper.id, paper.line, paper.year])).toEqual([
      ['doi:10.1007/978-3-540-70956-5_7', 4, 2008],
      ['doi:10.1109/tvcg.2021.3067821', lineOf(text, 'TY  - JOUR'), 2021],
    ]);
    expect(document.papers[0].authors.map((author) => [author.person, author.rawName])).toEqual([
      ['person:d-a-keim', 'Keim, D.A.'],
      ['person:g-andrienko', 'Andrienko, G.'],
      ['person:j-d-fekete', 'Fekete, J.-D.'],
      ['person:c-gorg', 'Görg, C.'],
      ['person:j-kohlhammer', 'Kohlhammer, J.'],
      ['person:g-melancon', 'Melançon, G.'],
    ]);
    expect(document.people.find((person) => person.id === 'person:d-a-keim')).toEqual({ id: 'person:d-a-keim', name: 'D.A. Keim', line: 4 });
  });

  it('keeps no carriage returns, splits a "; " keyword line, and counts a repeated keyword once', () => {
    expect(JSON.stringify(document)).not.toContain('\\r');
    expect(document.papers[0].topics!.map((topic) => topic.topic)).toEqual(['topic:visual-analytics', 'topic:information-visualization', 'topic:data-mining']);
    expect(document.papers[1].topics!.map((topic) => topic.topic)).toEqual(['topic:colour-maps', 'topic:dashboards']);
    expect(document.venues.map((venue) => [venue.name.slice(0, 28), venue.abbreviation])).toEqual([
      ['Lecture Notes in Computer Sc', 'Lect. Notes Comput. Sci.'],
      ['IEEE Transactions on Visuali', 'IEEE Trans Visual Comput Graphics'],
    ]);
  });
});

describe('parseRis: EndNote-style tags', () => {
  const endnote = [
    'TY  - JOUR',
    'T1  - Visual Cluster Analysis of Trajectory Data',
    '      with Interactive Kohonen Maps',
    'A1  - Schreck, Tobias',
    'A1  - Bernard, Jürgen',
    'ED  - Kohlhammer, Jörn',
    'Y1  - 2009///',
    'JF  - Information Visualization',
    'JA  - Inf. Vis.',
    'T2  - Information Visualization',
    'N2  - Trajectories are clustered with self-organising maps.',
    'UR  - https://arxiv.org/pdf/0901.0123v3.pdf',
    'UR  - https://doi.org/10.1057/IVS.2008.29',
    'ER  -',
    '',
  ].join('\n');

  it('reads T1, A1 (not ED), Y1, JF with JA, N2, continuation lines, and DOI and arXiv id from URLs', () => {
    const { document, rejects } = parseRis(endnote, 'ris:endnote');
    expect(rejects).toEqual([]);
    expect(document.papers).toEqual([
      {
        id: 'doi:10.1057/ivs.2008.29',
        doi: '10.1057/ivs.2008.29',
        arxiv: '0901.0123',
        title: 'Visual Cluster Analysis of Trajectory Data with Interactive Kohonen Maps',
        abstract: 'Trajectories are clustered with self-organising maps.',
        year: 2009,
        venue: 'venue:information-visualization',
        line: 1,
        authors: [
          { person: 'person:tobias-schreck', position: 1, equalContribution: false, rawName: 'Schreck, Tobias' },
          { person: 'person:jurgen-bernard', position: 2, equalContribution: false, rawName: 'Bernard, Jürgen' },
        ],
      },
    ]);
    expect(document.venues).toEqual([{ id: 'venue:information-visualization', name: 'Information Visualization', abbreviation: 'Inf. Vis.', line: 1 }]);
  });

  it('rejects a malformed DO, a year without 4 digits, a duplicate paper and a record cut off by the next TY', () => {
    const text = [
      'TY  - JOUR',
      'TI  - One',
      'AU  - Keim, Daniel A.',
      'DO  - see publisher site',
      'ER  -',
      'TY  - JOUR',
      'TI  - Two',
      'AU  - Keim, Daniel A.',
      'PY  - 99',
      'ER  -',
      'TY  - JOUR',
      'TI  - Three',
      'AU  - Keim, Daniel A.',
      'TY  - JOUR',
      'TI  - Four',
      'AU  - Keim, Daniel A.',
      'ER  -',
      'TY  - JOUR',
      'TI  - four',
      'AU  - Ertl, Thomas',
      'ER  -',
    ].join('\r\n');
    const { document, rejects } = parseRis(text, 'ris:t');
    expect(document.papers.map((paper) => paper.title)).toEqual(['Four']);
    expect(document.people.map((person) => person.name)).toEqual(['Daniel A. Keim']);
    expect(rejects).toEqual([
      { line: 1, record: 'TY  - JOUR "One"', reason: 'malformed DOI "see publisher site"' },
      { line: 6, record: 'TY  - JOUR "Two"', reason: 'year "99" has no 4-digit year' },
      { line: 11, record: 'TY  - JOUR', reason: 'no "ER  -" before the next record (line 14)' },
      { line: 18, record: 'TY  - JOUR "four"', reason: 'duplicate title without DOI (same paper as line 14)' },
    ]);
  });
});

describe('parseRis: text that is not RIS', () => {
  const failure = (text: string): RisFormatError => {
    try {
      parseRis(text, 'ris:bad');
    } catch (error) {
      if (error instanceof RisFormatError) return error;
      throw error;
    }
    throw new Error('parseRis did not throw');
  };

  it('throws for a record that never reaches ER, at its TY line, returning nothing', () => {
    const text = fixture('unterminated.ris');
    const error = failure(text);
    expect(error.line).toBe(lineOf(text, 'TY  - CONF'));
    expect(error.message).toBe(`not RIS: the record of type CONF has no "ER  -" line before the end of the text (line ${lineOf(text, 'TY  - CONF')})`);
  });

  it('throws for text without any TY line, at line 1', () => {
    expect(failure(fixture('not-ris.ris'))).toMatchObject({ line: 1, message: 'not RIS: no "TY  -" line: the text holds no RIS record (line 1)' });
    expect(failure('')).toMatchObject({ line: 1 });
    // One space instead of two is not a RIS tag line.
    expect(failure('TY - JOUR\nTI - Visual Analytics\nER -\n')).toMatchObject({ line: 1 });
  });
});
