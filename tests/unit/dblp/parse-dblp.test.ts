import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DblpFormatError } from '../../../src/importers/dblp/dblp-format-error';
import { parseDblp } from '../../../src/importers/dblp/parse-dblp';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/dblp', name), 'utf8');
/** 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('parseDblp: a dblp.xml excerpt', () => {
  const text = fixture('excerpt.xml');
  const { document, rejects } = parseDblp(text, 'dblp:excerpt.xml');
  const paper = (dblpKey: string) => document.papers.find((found) => found.dblpKey === dblpKey)!;

  it('imports every publication record but proceedings and homepages, in file order', () => {
    expect(document.source).toBe('dblp:excerpt.xml');
    expect(document.papers.map((found) => found.dblpKey)).toEqual([
      'series/lncs/KeimAFGKM08',
      'journals/tvcg/MaC19',
      'conf/visualization/ErtlC20',
      'conf/iclr/ClarkVSF24',
      'journals/corr/abs-2309-17400',
      'journals/tvcg/ChenLMK21',
      'phd/de/Oelke2010',
    ]);
    expect(document.people.map((person) => person.name)).not.toContain('Been Kim');
  });

  it('maps a record with a DOI ee onto a doi: paper with year, venue and ordered authors', () => {
    expect(paper('series/lncs/KeimAFGKM08')).toEqual({
      id: 'doi:10.1007/978-3-540-70956-5_7',
      doi: '10.1007/978-3-540-70956-5_7',
      dblpKey: 'series/lncs/KeimAFGKM08',
      title: 'Visual Analytics: Definition, Process, and Challenges',
      year: 2008,
      venue: 'venue:information-visualization',
      line: lineOf(text, 'key="series/lncs/KeimAFGKM08"'),
      authors: [
        { person: 'dblp:k/DanielAKeim', position: 1, equalContribution: false, rawName: 'Daniel A. Keim' },
        { person: 'dblp:a/GLAndrienko', position: 2, equalContribution: false, rawName: 'Gennady L. Andrienko' },
        { person: 'orcid:0000-0002-8580-1522', position: 3, equalContribution: false, rawName: 'Jean-Daniel Fekete' },
        { person: 'dblp:g/CarstenGorg', position: 4, equalContribution: false, rawName: 'Carsten Görg' },
        { person: 'dblp:k/JornKohlhammer', position: 5, equalContribution: false, rawName: 'Jörn Kohlhammer' },
        { person: 'dblp:m/GuyMelancon', position: 6, equalContribution: false, rawName: 'Guy Melançon' },
      ],
    });
  });

  it('keeps homonyms apart and shows their names without the number', () => {
    const chens = document.people.filter((person) => person.name === 'Wei Chen');
    expect(chens).toEqual([
      {
        id: 'orcid:0000-0002-8365-4741',
        name: 'Wei Chen',
        dblpName: 'Wei Chen 0001',
        dblpPid: 'c/WeiChen1',
        orcid: '0000-0002-8365-4741',
        line: lineOf(text, 'journals/tvcg/MaC19'),
      },
      { id: 'dblp:c/WeiChen2', name: 'Wei Chen', dblpName: 'Wei Chen 0002', dblpPid: 'c/WeiChen2', line: lineOf(text, 'conf/visualization/ErtlC20') },
    ]);
    expect(paper('journals/tvcg/ChenLMK21').authors[0]).toEqual({ person: 'dblp:c/WeiChen2', position: 1, equalContribution: false, rawName: 'Wei Chen 0002' });
  });

  it('lists each person and venue once, with the line of the first record naming them', () => {
    const ids = document.people.map((person) => person.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.people.find((person) => person.dblpPid === 'k/DanielAKeim')).toEqual({
      id: 'dblp:k/DanielAKeim',
      name: 'Daniel A. Keim',
      dblpPid: 'k/DanielAKeim',
      line: lineOf(text, 'series/lncs/KeimAFGKM08'),
    });
    expect(document.venues).toEqual([
      { id: 'venue:information-visualization', name: 'Information Visualization', line: lineOf(text, 'series/lncs/KeimAFGKM08') },
      { id: 'venue:ieee-trans-vis-comput-graph', name: 'IEEE Trans. Vis. Comput. Graph.', line: lineOf(text, 'journals/tvcg/MaC19') },
      { id: 'venue:ieee-vis-short-papers', name: 'IEEE VIS (Short Papers)', line: lineOf(text, 'conf/visualization/ErtlC20') },
      { id: 'venue:iclr', name: 'ICLR', line: lineOf(text, 'key="conf/iclr/ClarkVSF24"') },
      { id: 'venue:corr', name: 'CoRR', line: lineOf(text, 'journals/corr/abs-2309-17400') },
    ]);
  });

  it('keys an author without pid by name, entities decoded (ß is a letter of its own in keys)', () => {
    expect(document.people).toContainEqual({ id: 'person:rene-weiß', name: 'René Weiß', line: lineOf(text, 'conf/visualization/ErtlC20') });
  });

  it('flattens title markup, decodes entities and drops only DBLP’s closing period', () => {
    expect(paper('journals/tvcg/MaC19').title).toBe('Tracking k-Nearest Neighbours in Time-Varying H2O Simulations');
    expect(paper('conf/visualization/ErtlC20').title).toBe('Straßenverkehr im Überblick: Visual Analysis of Urban Traffic – a Case Study');
    expect(paper('journals/tvcg/ChenLMK21').title).toBe('Is There a Best Colour Map? Revisiting viridis and Rainbow for 3rd-Party Dashboards?');
    expect(paper('phd/de/Oelke2010').title).toBe('Visual Document Analysis: Towards a Semi-Automatic and Reader-Independent Analysis...');
  });

  it('reads DOIs from doi.org and IEEE CS links, lower-cased, and arXiv ids without version', () => {
    expect(paper('journals/tvcg/MaC19')).toMatchObject({ id: 'doi:10.1109/tvcg.2018.2864510', doi: '10.1109/tvcg.2018.2864510' });
    expect(paper('conf/visualization/ErtlC20')).toMatchObject({ doi: '10.1109/vis47514.2020.00015', arxiv: '2008.01234' });
    expect(paper('journals/corr/abs-2309-17400')).toMatchObject({ id: 'doi:10.48550/arxiv.2309.17400', arxiv: '2309.17400', year: 2023 });
  });

  it('keys a paper without DOI by its title, and leaves out venue and DOI when there are none', () => {
    const iclr = paper('conf/iclr/ClarkVSF24');
    expect(iclr).toMatchObject({ id: 'paper:directly-fine-tuning-diffusion-models-on-differentiable-rewards', arxiv: '2309.17400', year: 2024 });
    expect(iclr.doi).toBeUndefined();
    const thesis = paper('phd/de/Oelke2010');
    expect(thesis.venue).toBeUndefined();
    expect(thesis.doi).toBeUndefined();
  });

  it('rejects records without title or authors, with a bad year or an unknown entity, at their start tag', () => {
    expect(rejects).toEqual([
      { line: lineOf(text, 'journals/cgf/NoTitle19'), record: 'article journals/cgf/NoTitle19', reason: 'missing title' },
      { line: lineOf(text, 'conf/eurovis/NoAuthors19'), record: 'inproceedings conf/eurovis/NoAuthors19', reason: 'no authors' },
      { line: lineOf(text, 'journals/ivs/Ertl1899'), record: 'article journals/ivs/Ertl1899', reason: 'year "1899x" is not a 4-digit year' },
      {
        line: lineOf(text, 'conf/pacificvis/MaOddEntity19'),
        record: 'inproceedings conf/pacificvis/MaOddEntity19',
        reason: `unknown XML entity at line ${lineOf(text, '&fancyarrow;')}, column ${text.split('\n')[lineOf(text, '&fancyarrow;') - 1].indexOf(';') + 1}`,
      },
    ]);
  });
});

describe('parseDblp: people and records across a document', () => {
  const wrap = (records: string) => `<?xml version="1.0"?>\n<dblp>\n${records}\n</dblp>\n`;

  it('gives a pid one id, the ORCID, when any record of the document states it', () => {
    const { document } = parseDblp(
      wrap(`<article key="journals/tvcg/A1"><author pid="c/WeiChen2">Wei Chen 0002</author><title>First.</title><year>2020</year></article>
<article key="journals/tvcg/A2"><author pid="c/WeiChen2" orcid="0000-0002-1825-0097">Wei Chen 0002</author><title>Second.</title><year>2021</year></article>`),
      'dblp:t',
    );
    expect(document.people).toEqual([
      { id: 'orcid:0000-0002-1825-0097', name: 'Wei Chen', dblpName: 'Wei Chen 0002', dblpPid: 'c/WeiChen2', orcid: '0000-0002-1825-0097', line: 3 },
    ]);
    expect(document.papers.map((found) => found.authors[0].person)).toEqual(['orcid:0000-0002-1825-0097', 'orcid:0000-0002-1825-0097']);
  });

  it('ignores an ORCID that fails its checksum, and keys numbered names without pid apart', () => {
    const { document } = parseDblp(
      wrap(`<article key="a/B"><author orcid="0000-0002-1825-0098">Wei Chen 0001</author><author>Wei Chen 0002</author><title>T.</title></article>`),
      'dblp:t',
    );
    expect(document.people).toEqual([
      { id: 'person:wei-chen-0001', name: 'Wei Chen', dblpName: 'Wei Chen 0001', line: 3 },
      { id: 'person:wei-chen-0002', name: 'Wei Chen', dblpName: 'Wei Chen 0002', line: 3 },
    ]);
  });

  it('rejects a second record with the same DOI, and an editors-only record with that reason', () => {
    const { document, rejects } = parseDblp(
      wrap(`<article key="a/1"><author>Kwan-Liu Ma</author><title>One.</title><ee>https://doi.org/10.1109/TVCG.2019.1</ee></article>
<article key="a/2"><author>Kwan-Liu Ma</author><title>One again.</title><ee>https://dx.doi.org/10.1109/tvcg.2019.1</ee></article>
<book key="b/1"><editor>Kwan-Liu Ma</editor><title>Edited.</title></book>`),
      'dblp:t',
    );
    expect(document.papers.map((found) => found.dblpKey)).toEqual(['a/1']);
    expect(rejects).toEqual([
      { line: 4, record: 'article a/2', reason: 'duplicate DOI 10.1109/tvcg.2019.1 (same paper as line 3)' },
      { line: 5, record: 'book b/1', reason: 'no authors (editors only)' },
    ]);
  });

  it('accepts CDATA, a byte-order mark and a year out of range as a reject', () => {
    const { document, rejects } = parseDblp(
      `\uFEFF${wrap(`<article key="a/1"><author>Thomas Ertl</author><title><![CDATA[Volume <Rendering> & More.]]></title><year>2999</year></article>
<article key="a/2"><author>Thomas Ertl</author><title><![CDATA[Volume <Rendering> & More.]]></title></article>`)}`,
      'dblp:t',
    );
    expect(rejects).toEqual([{ line: 3, record: 'article a/1', reason: 'year 2999 is out of range' }]);
    expect(document.papers[0].title).toBe('Volume <Rendering> & More');
  });
});

describe('parseDblp: a DBLP person page', () => {
  const text = fixture('person-keim.xml');
  const { document, rejects } = parseDblp(text, 'dblp:k/DanielAKeim');

  it('reads the records wrapped in <r>, not the <person> or <coauthors> elements', () => {
    expect(rejects).toEqual([]);
    expect(document.papers.map((found) => [found.dblpKey, found.id, found.line])).toEqual([
      ['journals/tvcg/SchreckBVKK09', 'doi:10.1057/ivs.2008.29', lineOf(text, 'journals/tvcg/SchreckBVKK09')],
      ['conf/ieeevast/KeimMSZ12', 'doi:10.1109/vast.2012.6400493', lineOf(text, 'conf/ieeevast/KeimMSZ12')],
    ]);
    expect(document.people).toHaveLength(8);
  });

  it('names the page’s person as the subject, by ORCID', () => {
    expect(document.subject).toBe('orcid:0000-0001-7966-9740');
    expect(document.people).toContainEqual({
      id: 'orcid:0000-0001-7966-9740',
      name: 'Daniel A. Keim',
      dblpPid: 'k/DanielAKeim',
      orcid: '0000-0001-7966-9740',
      line: lineOf(text, 'journals/tvcg/SchreckBVKK09'),
    });
  });
});

describe('parseDblp: input that is not DBLP XML', () => {
  const failure = (text: string): DblpFormatError => {
    try {
      parseDblp(text, 'dblp:bad');
    } catch (error) {
      if (error instanceof DblpFormatError) return error;
      throw error;
    }
    throw new Error('parseDblp did not throw');
  };

  it('throws for truncated XML at its end, naming the open element', () => {
    const text = fixture('truncated.xml');
    const error = failure(text);
    const lines = text.split('\n');
    expect(error).toMatchObject({ line: lines.length, column: lines.at(-1)!.length });
    expect(error.message).toBe(`not DBLP XML: the input ends inside <journal> (truncated?) (line ${lines.length}, column ${lines.at(-1)!.length})`);
    expect(error.message).not.toContain('\n');
  });

  it('throws for another root element at its start tag', () => {
    const error = failure(fixture('wrong-root.xml'));
    expect(error).toMatchObject({ line: 3, column: 5 });
    expect(error.message).toBe('not DBLP XML: the root element is <xml>, not <dblp> or <dblpperson> (line 3, column 5)');
  });

  it('throws for text that is not XML where that text starts', () => {
    const error = failure(`\n\n${fixture('not-xml.xml')}`);
    expect(error).toMatchObject({ line: 3, column: 1 });
    expect(error.message).toMatch(/^not DBLP XML: text "@incollection\{KeimAF" where XML starts with "<" \(line 3, column 1\)$/);
  });

  it('throws for malformed XML inside a record, and for empty input', () => {
    expect(failure('<dblp>\n<article key="a/1"><author>A B</autor></article></dblp>')).toMatchObject({ line: 2, reason: expect.stringContaining('unexpected close tag') });
    expect(failure('  \n')).toMatchObject({ reason: 'document must contain a root element' });
  });
});
