import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CslFormatError } from '../../../src/importers/csl/csl-format-error';
import { parseCslJson } from '../../../src/importers/csl/parse-csl-json';
import { readCslName } from '../../../src/importers/csl/read-csl-name';
import { readCslYear } from '../../../src/importers/csl/read-csl-year';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/csl', name), 'utf8');
/** The 1-based line of the first line of `text` containing `needle`, found independently of the parser. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('parseCslJson: a Zotero export', () => {
  const text = fixture('zotero-export.json');
  const { document, rejects } = parseCslJson(text, 'csl:zotero-export.json');
  const paper = (title: string) => document.papers.find((candidate) => candidate.title.startsWith(title))!;

  it('imports every item, each with the line where its object starts', () => {
    expect(rejects).toEqual([]);
    expect(document.source).toBe('csl:zotero-export.json');
    expect(document.papers.map((record) => record.line)).toEqual(
      ['clarkDirectlyFineTuningDiffusion2024', 'keimInformation', 'maInSitu', 'vanwijkCushion', 'dhariwalDiffusion', 'visReport2024'].map((id) => lineOf(text, `"id": "${id}`) - 1),
    );
  });

  it('maps the ICLR paper: title key without DOI, year from date-parts, arXiv from archive + number, venue with its short title, keywords', () => {
    expect(paper('Directly Fine-Tuning')).toEqual({
      id: 'paper:directly-fine-tuning-diffusion-models-on-differentiable-rewards',
      title: 'Directly Fine-Tuning Diffusion Models on Differentiable Rewards',
      line: 2,
      year: 2024,
      arxiv: '2309.17400',
      abstract:
        'We present Direct Reward Fine-Tuning (DRaFT), a simple and effective method for fine-tuning diffusion models to maximize differentiable reward functions, such as scores from human preference models.',
      venue: 'venue:the-twelfth-international-conference-on-learning-representations',
      authors: [
        { person: 'person:kevin-clark', position: 1, equalContribution: false, rawName: 'Clark, Kevin' },
        { person: 'person:paul-vicol', position: 2, equalContribution: false, rawName: 'Vicol, Paul' },
        { person: 'person:kevin-swersky', position: 3, equalContribution: false, rawName: 'Swersky, Kevin' },
        { person: 'person:david-j-fleet', position: 4, equalContribution: false, rawName: 'Fleet, David J.' },
      ],
      // "Diffusion Models" repeats "diffusion models" and links once.
      topics: [
        { topic: 'topic:diffusion-models', score: 1, source: 'keyword' },
        { topic: 'topic:reward-fine-tuning', score: 1, source: 'keyword' },
        { topic: 'topic:text-to-image', score: 1, source: 'keyword' },
      ],
    });
    expect(document.venues[0]).toEqual({
      id: 'venue:the-twelfth-international-conference-on-learning-representations',
      name: 'The Twelfth International Conference on Learning Representations',
      abbreviation: 'ICLR',
      line: 2,
    });
  });

  it('reads years from date-parts strings, raw and literal dates; DOIs normalised; journal abbreviations', () => {
    expect([paper('Information visualization'), paper('In Situ'), paper('Cushion')].map(({ year, doi }) => [year, doi])).toEqual([
      [2002, '10.1109/2945.981847'],
      [2009, '10.1109/mcg.2009.120'],
      [1999, '10.1109/infvis.1999.801860'],
    ]);
    expect(document.venues.find((venue) => venue.id === paper('Information visualization').venue)!.abbreviation).toBe('IEEE Trans. Visual. Comput. Graphics');
  });

  it('displays names "Given Particle Family Suffix", keeps literal names, skips empty names and editors', () => {
    expect(document.people.map((person) => person.name)).toEqual([
      'Kevin Clark',
      'Paul Vicol',
      'Kevin Swersky',
      'David J. Fleet',
      'Daniel A. Keim',
      'Kwan-Liu Ma',
      'Jarke J. van Wijk',
      'Huub van de Wetering',
      'Prafulla Dhariwal',
      'Alex Nichol',
      'IEEE VIS Organizing Committee',
      'Martin Luther King Jr.',
    ]);
    expect(paper('Cushion').authors.map((author) => [author.person, author.rawName])).toEqual([
      ['person:jarke-j-van-wijk', 'van Wijk, Jarke J.'],
      ['person:huub-van-de-wetering', 'van de Wetering, Huub'],
    ]);
    expect(paper('IEEE VIS 2024').authors.map((author) => [author.position, author.rawName])).toEqual([
      [1, 'IEEE VIS Organizing Committee'],
      [2, 'King, Martin Luther, Jr.'],
    ]);
  });

  it('reads a Zotero preprint: arXiv id from the number, title markup dropped, no venue', () => {
    expect(paper('Diffusion Models Beat')).toMatchObject({
      title: 'Diffusion Models Beat GANs on Image Synthesis',
      doi: '10.48550/arxiv.2105.05233',
      arxiv: '2105.05233',
      year: 2021,
    });
    expect(paper('Diffusion Models Beat').venue).toBeUndefined();
  });
});

describe('parseCslJson: Crossref envelopes', () => {
  it('reads a work envelope: array title and container title, ORCID URL, JATS abstract', () => {
    const text = fixture('crossref-work.json');
    const { document, rejects } = parseCslJson(text, 'csl:crossref-work.json');
    expect(rejects).toEqual([]);
    const [paper] = document.papers;
    expect(paper).toMatchObject({
      id: 'doi:10.1007/978-3-540-71080-6_6',
      title: 'Visual Analytics: Scope and Challenges',
      year: 2008,
      venue: 'venue:lecture-notes-in-computer-science',
      line: lineOf(text, '"message": {'),
    });
    expect(paper.abstract).toBe(
      'In today’s applications data is produced at unprecedented rates.\n\nVisual analytics combines automated analysis with interactive visualizations & more.',
    );
    expect(document.people[0]).toEqual({ id: 'orcid:0000-0001-7966-9740', name: 'Daniel A. Keim', orcid: '0000-0001-7966-9740', line: paper.line });
    expect(paper.authors.map((author) => author.rawName)).toEqual(['Keim, Daniel A.', 'Mansmann, Florian', 'Schneidewind, Jörn', 'Thomas, Jim', 'Ziegler, Hartmut']);
    expect(document.venues[0].abbreviation).toBeUndefined(); // short-container-title is []
  });

  it('reads a work-list envelope: its items with their lines, short container titles, and only valid ORCIDs', () => {
    const text = fixture('crossref-list.json');
    const { document, rejects } = parseCslJson(text, 'csl:crossref-list.json');
    expect(rejects).toEqual([]);
    expect(document.papers.map((paper) => [paper.doi, paper.year, paper.line])).toEqual([
      ['10.1109/mcg.2009.120', 2009, lineOf(text, '"DOI": "10.1109/mcg.2009.120"') - 1],
      ['10.1109/2945.981847', 2002, lineOf(text, '"DOI": "10.1109/2945.981847"') - 1],
    ]);
    expect(document.venues.map((venue) => venue.abbreviation)).toEqual(['IEEE Comput. Grap. Appl.', 'IEEE Trans. Visual. Comput. Graphics']);
    // Keim's ORCID here fails its checksum (…9741): the person is keyed by name instead.
    expect(document.people.map((person) => person.id)).toEqual(['orcid:0000-0001-8086-0366', 'person:d-a-keim']);
  });
});

describe('parseCslJson: rejects', () => {
  it('rejects bad items by index, id and line, and imports the rest', () => {
    const text = fixture('csl-rejects.json');
    const { document, rejects } = parseCslJson(text, 'csl:csl-rejects.json');
    expect(rejects).toEqual([
      { line: lineOf(text, '"untitled2020"') - 1, record: 'items[1] untitled2020', reason: 'missing title' },
      { line: lineOf(text, '"not an item"'), record: 'items[2]', reason: 'not a CSL item: a JSON string, not an object' },
      { line: lineOf(text, '"future"') - 1, record: 'items[3] future', reason: 'year 20240 is out of range (1000..2100)' },
      { line: lineOf(text, '"badDoi"') - 1, record: 'items[4] badDoi', reason: 'malformed DOI "10.1109"' },
      {
        line: lineOf(text, '"keimAgain"') - 1,
        record: 'items[5] keimAgain',
        reason: 'same paper as items[0] keimInformationVisualizationVisual2002: duplicate DOI 10.1109/2945.981847',
      },
      { line: lineOf(text, '"season"') - 1, record: 'items[6] season', reason: 'year "Spring" is not a number' },
    ]);
    expect(document.papers.map((paper) => paper.title)).toEqual(['Information visualization and visual data mining']);
  });

  it('reads one bare item as items[0]', () => {
    const { document } = parseCslJson('\n\n{"id": "x", "type": "report", "title": "A Lone Report", "author": [{"family": "Ma", "given": "Kwan-Liu"}]}', 'csl:one');
    expect(document.papers).toEqual([
      { id: 'paper:a-lone-report', title: 'A Lone Report', line: 3, authors: [{ person: 'person:kwan-liu-ma', position: 1, equalContribution: false, rawName: 'Ma, Kwan-Liu' }] },
    ]);
  });
});

describe('parseCslJson: input that is not CSL-JSON', () => {
  const error = (text: string): CslFormatError => {
    try {
      parseCslJson(text, 'csl:broken');
    } catch (thrown) {
      return thrown as CslFormatError;
    }
    throw new Error('parseCslJson did not throw');
  };

  it('names where truncated or broken JSON stops', () => {
    const text = fixture('broken-truncated.json');
    const thrown = error(text);
    expect(thrown).toBeInstanceOf(CslFormatError);
    expect(thrown.message).toBe(
      `truncated JSON: the input ends at line ${text.split('\n').length}, column ${text.length - text.lastIndexOf('\n')} (position ${text.length}), where a '"' closing the string was expected`,
    );
    const trailingComma = '[{"id": "a", "type": "book", "title": "T",}]';
    const at = trailingComma.indexOf(',}') + 1; // where JSON.parse itself stops on Node 20, too
    expect(error(trailingComma).message).toBe(`not valid JSON at line 1, column ${at + 1} (position ${at}): expected a double-quoted property name`);
    expect(error('TY  - JOUR\nTI  - A RIS file').message).toBe('not valid JSON at line 1, column 1 (position 0): expected a value');
  });

  it('refuses an unknown shape, a Crossref envelope of an unknown version, and one that is not of works', () => {
    expect(error(fixture('broken-not-csl.json')).message).toMatch(/^not CSL-JSON: an object that is neither an item/);
    expect(error('"just a string"').message).toBe('not CSL-JSON: a JSON string, not an item or a list of items');
    expect(error(fixture('broken-crossref-version.json')).message).toBe('Crossref message-version "2.0.0" is not supported (only 1.x)');
    expect(error('{"status": "ok", "message-type": "work", "message": {}}').message).toBe('Crossref message-version null is not supported (only 1.x)');
    expect(error('{"status": "ok", "message-type": "member", "message-version": "1.0.0", "message": {"id": 297}}').message).toBe(
      'Crossref message-type "member" is not "work" or "work-list" with its message',
    );
  });
});

describe('readCslName and readCslYear', () => {
  it('builds display and raw names from the parts', () => {
    expect(readCslName({ family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' })).toEqual({ name: 'Vincent van Gogh', rawName: 'van Gogh, Vincent' });
    expect(readCslName({ family: 'Beethoven', given: 'Ludwig', 'dropping-particle': 'van' })).toEqual({ name: 'Ludwig van Beethoven', rawName: 'Beethoven, Ludwig van' });
    expect(readCslName({ literal: 'The  World Health Organization' })).toEqual({ name: 'The World Health Organization', rawName: 'The World Health Organization' });
    expect(readCslName({ family: 'Ma', given: 'Kwan-Liu', ORCID: 'https://orcid.org/0000-0001-8086-0366' })).toMatchObject({ orcid: '0000-0001-8086-0366' });
    expect(readCslName({ family: '', given: ' ' })).toBeUndefined();
    expect(readCslName('Keim, Daniel')).toBeUndefined();
  });

  it('reads years and refuses impossible ones', () => {
    expect(readCslYear({ 'date-parts': [[2024, 5, 7]] })).toEqual({ year: 2024 });
    expect(readCslYear({ 'date-parts': [['1999']] })).toEqual({ year: 1999 });
    expect(readCslYear({ raw: '2021-05-03' })).toEqual({ year: 2021 });
    expect(readCslYear({ literal: 'Spring 2019' })).toEqual({ year: 2019 });
    expect(readCslYear({ 'date-parts': [[999]] })).toEqual({ error: 'year 999 is out of range (1000..2100)' });
    expect(readCslYear({ literal: 'n.d.' })).toEqual({});
    expect(readCslYear(undefined)).toEqual({});
  });
});
