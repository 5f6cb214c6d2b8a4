import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BibtexInputError } from '../../../src/importers/bibtex/bibtex-input-error';
import { convertLatex } from '../../../src/importers/bibtex/convert-latex';
import { decodeBibtexBytes } from '../../../src/importers/bibtex/decode-bibtex-bytes';
import { isPlainLatex } from '../../../src/importers/bibtex/is-plain-latex';
import { DEFAULT_MAX_BIBTEX_BYTES, parseBibtex } from '../../../src/importers/bibtex/parse-bibtex';

/*
 * @retorquere/bibtex-parser 9.0 only loads in Node as an ES module (see
 * src/importers/bibtex/load-bibtex-parser.ts). Jest on Node 20 cannot require ES modules, so
 * the loader falls back to the package's CommonJS build, which needs two stand-ins: its
 * dependency unicode2latex requires the ESM-only tiny-merge-patch, and esbuild's interop
 * wraps the default export of prepositions.js once too often.
 */
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/bibtex', name), 'utf8');

describe('parseBibtex: names and LaTeX', () => {
  const { document, rejects, entriesSeen } = parseBibtex(fixture('names-and-accents.bib'), 'bibtex:names-and-accents.bib');

  it('imports every entry', () => {
    expect(rejects).toEqual([]);
    expect(entriesSeen).toBe(4);
    expect(document.source).toBe('bibtex:names-and-accents.bib');
  });

  it('reads "Last, First", "First Last", von, Jr. and braced corporate names, in order, without "others"', () => {
    expect(document.papers[0]).toEqual({
      id: 'paper:dna-repair-in-canakkale-ß-and-cafe-pp-1-10',
      line: 2,
      title: 'DNA Repair in Çanakkale — ß and Café, pp. 1–10',
      year: 2021,
      venue: 'venue:journal-of-okologie',
      authors: [
        { person: 'person:jorg-muller', position: 1, equalContribution: false, rawName: 'Müller, Jörg' },
        { person: 'person:jean-pierre-etienne', position: 2, equalContribution: false, rawName: 'Jean-Pierre Étienne' },
        { person: 'person:john-von-neumann', position: 3, equalContribution: false, rawName: 'von Neumann, John' },
        { person: 'person:martin-luther-king-jr', position: 4, equalContribution: false, rawName: 'King, Jr., Martin Luther' },
        { person: 'person:barnes-and-noble', position: 5, equalContribution: false, rawName: 'Barnes and Noble' },
        { person: 'person:ludwig-van-beethoven', position: 6, equalContribution: false, rawName: 'Ludwig van Beethoven' },
      ],
    });
  });

  it('marks equal contribution by a "*" after the name, and by an equalcontrib field of positions', () => {
    const [, byStar, byField] = document.papers;
    expect(byStar.authors).toEqual([
      { person: 'person:anna-smith', position: 1, equalContribution: true, rawName: 'Smith, Anna' },
      { person: 'person:bo-li', position: 2, equalContribution: true, rawName: 'Bo Li' },
      { person: 'person:maria-garcia', position: 3, equalContribution: false, rawName: 'García, María' },
      { person: 'person:d-e-knuth', position: 4, equalContribution: false, rawName: 'D. E. Knuth' },
    ]);
    expect(byField.authors.map((author) => [author.rawName, author.equalContribution])).toEqual([
      ['Ng, Andrew', true],
      ['Lamport, Leslie', false],
      ['Hopper, Grace', true],
    ]);
  });

  it('converts accents in every spelling, font commands, math, dashes and quotes to plain Unicode', () => {
    const accents = document.papers[3];
    expect(accents.title).toBe('Accents: é é é ö ö ö ç ç ß å ø š ő ñ ô à ą ł í &');
    expect(accents.title).toBe(accents.title.normalize('NFC'));
    expect(accents.abstract).toBe('Font commands: emphasis, bold, Small Caps, old style; math: α<β; quotes: “quoted”; x < y and x > y.');
    expect(accents.authors.map((author) => author.rawName)).toEqual(['Jörg Müller', 'René Descartes', 'Øster, Åsa', 'François Viète']);
  });

  it('lists each person once, as "First Last", and never editors', () => {
    expect(document.people).toEqual([
      { id: 'person:jorg-muller', name: 'Jörg Müller', line: 2 },
      { id: 'person:jean-pierre-etienne', name: 'Jean-Pierre Étienne', line: 2 },
      { id: 'person:john-von-neumann', name: 'John von Neumann', line: 2 },
      { id: 'person:martin-luther-king-jr', name: 'Martin Luther King Jr.', line: 2 },
      { id: 'person:barnes-and-noble', name: 'Barnes and Noble', line: 2 },
      { id: 'person:ludwig-van-beethoven', name: 'Ludwig van Beethoven', line: 2 },
      { id: 'person:anna-smith', name: 'Anna Smith', line: 9 },
      { id: 'person:bo-li', name: 'Bo Li', line: 9 },
      { id: 'person:maria-garcia', name: 'María García', line: 9 },
      { id: 'person:d-e-knuth', name: 'D. E. Knuth', line: 9 },
      { id: 'person:andrew-ng', name: 'Andrew Ng', line: 17 },
      { id: 'person:leslie-lamport', name: 'Leslie Lamport', line: 17 },
      { id: 'person:grace-hopper', name: 'Grace Hopper', line: 17 },
      { id: 'person:rene-descartes', name: 'René Descartes', line: 24 },
      { id: 'person:asa-øster', name: 'Åsa Øster', line: 24 },
      { id: 'person:francois-viete', name: 'François Viète', line: 24 },
    ]);
    expect(document.venues).toEqual([
      { id: 'venue:journal-of-okologie', name: 'Journal of Ökologie', line: 2 },
      { id: 'venue:proceedings-of-the-acm-conference-on-cesky-things', name: 'Proceedings of the ACM Conference on Český Things', line: 9 },
    ]);
  });
});

describe('parseBibtex: @string macros and comments', () => {
  it('expands macros, ignores @comment, @preamble and commented-out entries, and survives recursive macros', () => {
    const { document, rejects, entriesSeen } = parseBibtex(fixture('macros.bib'));
    expect(rejects).toEqual([]);
    expect(entriesSeen).toBe(4);
    expect(document.papers.map((paper) => [paper.line, paper.title, paper.venue, paper.year])).toEqual([
      [11, 'Concatenated Title 42', 'venue:acm-transactions-on-database-systems', 1970],
      [19, 'Entry in Parentheses', 'venue:loop-again', 1999],
      [25, 'pongpong!', 'venue:communications-of-the-acm', undefined],
      [27, 'Undefined Macro Venue', 'venue:undefinedmacro', undefined],
    ]);
  });
});

describe('parseBibtex: fields', () => {
  const { document, rejects } = parseBibtex(fixture('fields.bib'));

  it('keys papers by normalised DOI, else by title, and takes the venue from journal, journaltitle or booktitle only', () => {
    expect(rejects).toEqual([]);
    expect(document.papers.map(({ id, line, doi, year, venue }) => ({ id, line, doi, year, venue }))).toEqual([
      { id: 'doi:10.1000/xyz_123', line: 1, doi: '10.1000/xyz_123', year: 2019, venue: 'venue:journal-a' },
      { id: 'doi:10.1000/abc', line: 10, doi: '10.1000/abc', year: 2018, venue: 'venue:proc-of-the-ieee-conference' },
      { id: 'paper:a-thesis', line: 17, doi: undefined, year: 2017, venue: undefined },
      { id: 'paper:a-report', line: 23, doi: undefined, year: 1984, venue: undefined },
      { id: 'paper:a-book', line: 24, doi: undefined, year: 2001, venue: undefined },
      { id: 'paper:any-other-type', line: 25, doi: undefined, year: undefined, venue: 'venue:biblatex-journal' },
    ]);
    expect(document.venues.map((venue) => venue.name)).toEqual(['Journal A', 'Proc. of the IEEE Conference', 'biblatex Journal']);
  });

  it('turns keywords split at commas and semicolons into topics, once each', () => {
    expect(document.papers[0].topics).toEqual([
      { topic: 'topic:graph-theory', score: 1, source: 'keyword' },
      { topic: 'topic:networks', score: 1, source: 'keyword' },
      { topic: 'topic:schrodinger', score: 1, source: 'keyword' },
    ]);
    expect(document.topics).toEqual([
      { id: 'topic:graph-theory', name: 'Graph Theory', line: 1 },
      { id: 'topic:networks', name: 'Networks', line: 1 },
      { id: 'topic:schrodinger', name: 'Schrödinger', line: 1 },
    ]);
    expect(document.papers[0].abstract).toBe('We show that α is small – really.');
  });

  it('does not make editors authors', () => {
    expect(document.papers[4].authors).toEqual([]);
    expect(document.people).toEqual([{ id: 'person:jane-doe', name: 'Jane Doe', line: 17 }]);
  });
});

describe('parseBibtex: rejects', () => {
  it('rejects bad entries with a reason and the line they start on, and imports the rest', () => {
    const { document, rejects, entriesSeen } = parseBibtex(fixture('rejects.bib'));
    expect(rejects).toEqual([
      { line: 3, record: '@article{notitle}', reason: 'missing title' },
      { line: 4, record: '@article{good1}', reason: 'duplicate key good1 (first at line 2)' },
      { line: 5, record: '@article{GOOD1}', reason: 'duplicate key GOOD1 (first at line 2)' },
      { line: 6, record: '@article{year1}', reason: 'year 99999 is out of range' },
      { line: 7, record: '@article{year2}', reason: 'year "in press" is not a number' },
      { line: 8, record: '@article{doi1}', reason: 'malformed DOI "not-a-doi"' },
      { line: 10, record: '@article{dupdoi2}', reason: 'duplicate DOI 10.5555/dup (same paper as line 9)' },
      {
        line: 11,
        record: '@article{unbalanced1}',
        reason: 'missing "}" or unbalanced braces: field "title" runs into the next entry (line 15)',
      },
      { line: 16, record: '@article{math1}', reason: 'cannot convert LaTeX: unclosed math ("$") in "Unclosed $math"' },
      { line: 17, record: '@article{nocomma1}', reason: 'expected "," after the citation key "nocomma1"' },
      { line: 19, record: '@article{sametitle}', reason: 'duplicate title without DOI (same paper as line 2)' },
      { line: 20, record: '@article{runaway}', reason: 'unbalanced braces: the value of "title" is never closed' },
    ]);
    expect(entriesSeen).toBe(17);
    expect(document.papers.map((paper) => `${paper.line}:${paper.id}`)).toEqual([
      '2:paper:good-one',
      '9:doi:10.5555/dup',
      '15:paper:good-two',
      '18:paper:good-three',
      '21:paper:good-four',
    ]);
  });

  it('rejects entries with binary data and reports binary junk between entries', () => {
    const text = [
      '@misc{clean1, title = {Clean One}}',
      'junk \u0000\u0001 bytes',
      '\u0002 more junk',
      '@misc{dirty, title = {Dir\u0000ty}}',
      '@misc{clean2, title = {Clean Two}}',
    ].join('\n');
    const { document, rejects } = parseBibtex(text);
    expect(rejects).toEqual([
      { line: 2, record: '(lines 2-3)', reason: 'binary data (control characters) outside any entry, skipped' },
      { line: 4, record: '@misc{dirty}', reason: 'binary data (control character U+0000 at line 4)' },
    ]);
    expect(document.papers.map((paper) => paper.title)).toEqual(['Clean One', 'Clean Two']);
  });

  it('never throws on truncated or random input', () => {
    const source = fixture('names-and-accents.bib') + fixture('rejects.bib');
    for (let cut = 7; cut < source.length; cut += 97) {
      const lines = source.slice(0, cut).split('\n').length;
      const { rejects } = parseBibtex(source.slice(0, cut));
      for (const reject of rejects) expect(reject.line).toBeGreaterThanOrEqual(1);
      for (const reject of rejects) expect(reject.line).toBeLessThanOrEqual(lines);
    }
    let seed = 42;
    const noise = Uint8Array.from({ length: 20000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    const junk = `@misc{a, title = {A}}\n${decodeBibtexBytes(noise)}\n@misc{b, title = {B}}\n`;
    expect(() => parseBibtex(junk)).not.toThrow();
  });
});

describe('parseBibtex: input', () => {
  it('imports a Latin-1 (windows-1252) file decoded by decodeBibtexBytes', () => {
    const bytes = Buffer.from('@article{latin,\n  author = {M\xfcller, J\xf6rg},\n  title = {Caf\xe9 na\xefve \x93quoted\x94}\n}\n', 'latin1');
    const { document, rejects } = parseBibtex(decodeBibtexBytes(bytes));
    expect(rejects).toEqual([]);
    expect(document.papers.map((paper) => paper.title)).toEqual(['Café naïve “quoted”']);
    expect(document.people).toEqual([{ id: 'person:jorg-muller', name: 'Jörg Müller', line: 1 }]);
  });

  it('counts lines the same in CRLF files and ignores a BOM', () => {
    const lf = fixture('rejects.bib');
    const crlf = parseBibtex(`\uFEFF${lf.replace(/\n/g, '\r\n')}`);
    expect(crlf.rejects).toEqual(parseBibtex(lf).rejects);
    expect(crlf.document.papers.map((paper) => paper.line)).toEqual([2, 9, 15, 18, 21]);
  });

  it('throws BibtexInputError above maxBytes (UTF-8 bytes), and not at the limit', () => {
    const text = '@misc{a, title = {Jörg}}'; // 25 bytes: "ö" takes two
    expect(parseBibtex(text, 'bibtex', { maxBytes: 25 }).document.papers).toHaveLength(1);
    expect(() => parseBibtex(text, 'bibtex', { maxBytes: 24 })).toThrow(
      new BibtexInputError('BibTeX input is 25 bytes, over the limit of 24 bytes; split the file or raise maxBytes', 'too-large'),
    );
    const error = catchError(() => parseBibtex(' '.repeat(DEFAULT_MAX_BIBTEX_BYTES + 1)));
    expect(error).toBeInstanceOf(BibtexInputError);
    expect(error).toMatchObject({ code: 'too-large', message: expect.stringContaining('over the limit of 16.0 MB') });
  });

  it('imports a generated file of 300 entries', () => {
    const { document, rejects, entriesSeen } = parseBibtex(generatedBibtex(300));
    expect([document.papers.length, rejects.length, entriesSeen]).toEqual([300, 0, 300]);
    expect(document.papers[299]).toMatchObject({ line: 299 * 9 + 2, id: 'doi:10.1234/abc.299', year: 2019 });
  });

  const perf = process.env.COLLABGRAPH_BIBTEX_PERF ? it : it.skip;
  perf(
    'parses 10k entries (~5 MB) — set COLLABGRAPH_BIBTEX_PERF=1 to run',
    () => {
      const text = generatedBibtex(10000);
      const started = Date.now();
      const { document } = parseBibtex(text);
      console.log(`10k entries, ${(text.length / 1e6).toFixed(1)} MB: ${Date.now() - started} ms`);
      expect(document.papers).toHaveLength(10000);
    },
    300_000,
  );
});

describe('convertLatex fast path', () => {
  const samples = [
    'A plain title: with punctuation, (parentheses) / slashes; and "quotes"!',
    "It's a single-quoted 'word' and a - dash, a * star, a + plus, a = sign?",
    'Unicode as is: Jörg Müller, Ærøskøbing, 東京, Ελληνικά, emoji 🎉',
    '  multiple   spaces\nand\ttabs and\n\nblank lines  ',
    'Numbers 1.5, 2:3, [brackets], @at, |bar|, 100 and 0.1',
    ...Array.from({ length: 95 }, (_, code) => String.fromCharCode(code + 32)).flatMap((char) => [`a${char}b ${char} x${char}`, `a${char}${char}b ${char}${char}${char}`]),
  ].filter(isPlainLatex);

  it('is taken for text without TeX specials', () => {
    expect(samples.length).toBeGreaterThan(150);
    const plainAscii = Array.from({ length: 95 }, (_, code) => String.fromCharCode(code + 32)).filter((char) => isPlainLatex(`a${char}b`));
    expect(plainAscii.join('')).toBe(' !"\'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]abcdefghijklmnopqrstuvwxyz|');
  });

  it('gives exactly what the library gives', () => {
    const requests = samples.map((text) => ({ texts: [text] }));
    expect(convertLatex(requests)).toEqual(convertLatex(requests, { fastPath: false }));
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** `count` entries of 9 lines each, with LaTeX in the names, title and abstract. */
function generatedBibtex(count: number): string {
  const entries = Array.from(
    { length: count },
    (_, index) => `@article{key${index},
  author = {M{\\"u}ller, J{\\"o}rg and Jean-Pierre {\\'E}tienne and von Neumann, John and Author${index % 500}, First${index % 37}},
  title = {{DNA} Repair in Cells --- a Study of Things Number ${index}},
  journal = {Journal of Computational Stuff},
  year = {${1990 + (index % 30)}},
  doi = {10.1234/abc.${index}},
  keywords = {graph, neural networks; topic${index % 100}},
  abstract = {We study $x^2$ and \\emph{this} in detail, showing that the thing ${index} is better than the others by a margin of {\\'e}l{\\'e}gance.}
}
`,
  );
  return `% generated\n${entries.join('')}`;
}
