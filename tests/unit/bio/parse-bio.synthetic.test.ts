import { readFileSync } from 'fs';
import { join } from 'path';
import { BioParseError, parseBio } from '../../../src/importers/bio/parse-bio';

/** A made-up bio in the same layout, with the edge cases the real one lacks. */
const fixture = readFileSync(join(__dirname, '../../fixtures/bio/synthetic-bio.txt'), 'utf8');
const SUBJECT = 'person:mara-ellison';

describe('parseBio on a synthetic bio', () => {
  const doc = parseBio(fixture, 'bio:synthetic');

  it('finds the subject, who is in every author list but at different positions', () => {
    expect(doc.subject).toBe(SUBJECT);
  });

  it('reads four papers, including a single-author one, and no caption', () => {
    expect(doc.papers.map((p) => [p.title, p.line, p.venue, p.year])).toEqual([
      ['Tactile Grasping at Scale', 37, 'venue:corl', 2023],
      // Its caption (line 47) repeats this title in lower case.
      ['Tactile Grasping At Scale, Revisited', 49, undefined, undefined],
      ['A Benchmark of Many Hands', 55, 'venue:arxiv', 2022],
      ['Solo Control', 63, undefined, undefined],
    ]);
    expect(doc.papers[3].authors).toEqual([{ person: SUBJECT, position: 1, equalContribution: false, rawName: 'Mara Ellison' }]);
  });

  it('joins a two-line abstract and reads "and" as an author separator', () => {
    expect(doc.papers[0].abstract).toBe('We grasp things. Across two lines.');
    expect(doc.papers[1].authors.map((a) => [a.rawName, a.position])).toEqual([
      ['Jonas Pike', 1],
      ['Mara Ellison', 2],
    ]);
    expect(doc.papers[0].authors.map((a) => [a.rawName, a.equalContribution])).toEqual([
      ['Mara Ellison', true],
      ['Jonas Pike', true],
      ['Ada Brook', false],
    ]);
  });

  it('reads a truncated list with names after the ellipsis as lower-bound positions', () => {
    const hands = doc.papers[2];
    expect(hands.authorCount).toBe(120);
    expect(hands.authors.map((a) => [a.rawName, a.position])).toEqual([
      ['Quinn Adler', 1],
      ['Mara Ellison', 3],
      ['Rui Zhou', 4],
    ]);
  });

  it('reads two roles at one institution, season dates and single-name hosts', () => {
    expect(doc.positions).toEqual([
      { person: SUBJECT, institution: 'institution:northfield-institute-of-technology', role: 'Assistant Professor', start: '2023', line: 11 },
      { person: SUBJECT, institution: 'institution:northfield-institute-of-technology', role: 'Postdoctoral Fellow', start: '2021-01', end: '2022-12', line: 15 },
      { person: SUBJECT, institution: 'institution:acme-robotics', role: 'Research Intern', start: '2019', end: '2019', line: 23 },
    ]);
    expect(doc.hostings.map((h) => [h.host, h.role, h.institution, h.start, h.end])).toEqual([
      ['person:lena-marsh', 'host', 'institution:northfield-institute-of-technology', '2021-01', '2022-12'],
      ['person:tomas-ibanez', 'host', 'institution:acme-robotics', '2019', '2019'],
      ['person:ada-brook', 'collaborator', 'institution:acme-robotics', '2019', '2019'],
      ['person:ben-carr', 'collaborator', 'institution:acme-robotics', '2019', '2019'],
      ['person:cleo-dunn', 'collaborator', 'institution:acme-robotics', '2019', '2019'],
    ]);
    expect(doc.people.find((p) => p.id === 'person:tomas-ibanez')?.name).toBe('Tomás Ibáñez');
  });

  it('reads a dotted degree, cuts the institution at the clause, and splits a list without an Oxford comma', () => {
    expect(doc.education).toEqual([{ person: SUBJECT, institution: 'institution:university-of-eastbrook', degree: 'Ph.D.', field: 'computer vision', line: 3 }]);
    expect(doc.topics.map((t) => t.name)).toEqual(['robot learning', 'tactile sensing', 'control']);
  });

  it('reads talks, splits after abbreviations, and skips dates with no talk', () => {
    expect(doc.talks.map((t) => [t.date, t.title, t.institution, t.line])).toEqual([
      ['2024-05', 'Robots Are Fun', 'institution:acme-inc', 71],
      ['2024-03', 'Touch and Care?', 'institution:st-mary-s-hospital', 74],
    ]);
    expect(doc.institutions.find((i) => i.id === 'institution:st-mary-s-hospital')?.name).toBe("St. Mary's Hospital");
  });
});

describe('parseBio positions layout', () => {
  const text = [
    'Acme Labs',
    '',
    'Research Engineer',
    'Senior Research Engineer',
    '2019 - 2020',
    '',
    'A robot arm, drawn by a student intern.',
    '',
    'Some Paper',
    '',
    'Ann Lee, Bo Kim',
    '',
    'Abstract: Arms.',
  ].join('\n');

  it('reads two job titles in a row as two roles, and the caption above a paper as no role', () => {
    expect(parseBio(text).positions).toEqual([
      { person: 'person:ann-lee', institution: 'institution:acme-labs', role: 'Research Engineer', line: 3 },
      { person: 'person:ann-lee', institution: 'institution:acme-labs', role: 'Senior Research Engineer', start: '2019', end: '2020', line: 4 },
    ]);
  });
});

describe('parseBio line endings and odd text', () => {
  const reference = parseBio(fixture, 'bio');

  it('gives the same document for CRLF line endings, a BOM and trailing spaces', () => {
    const windows =
      '\uFEFF' +
      fixture
        .split('\n')
        .map((line) => `${line}  \t`)
        .join('\r\n');
    expect(parseBio(windows, 'bio')).toEqual(reference);
  });

  it('gives the same document for old Mac CR line endings', () => {
    expect(parseBio(fixture.replace(/\n/g, '\r'), 'bio')).toEqual(reference);
  });

  it('returns just the papers for a text with no recognisable sections', () => {
    const doc = parseBio(['Some Title', 'Ann Lee, Bo Kim', 'lorem ipsum', '', 'whatever else: 42'].join('\n'));
    expect(doc.subject).toBe('person:ann-lee');
    expect(doc.papers).toEqual([
      {
        id: 'paper:some-title',
        title: 'Some Title',
        line: 1,
        authors: [
          { person: 'person:ann-lee', position: 1, equalContribution: false, rawName: 'Ann Lee' },
          { person: 'person:bo-kim', position: 2, equalContribution: false, rawName: 'Bo Kim' },
        ],
      },
    ]);
    expect([doc.positions, doc.hostings, doc.talks, doc.education, doc.interests, doc.institutions]).toEqual([[], [], [], [], [], []]);
  });

  it('does not throw on a talk date at the very end of the text', () => {
    const doc = parseBio('Paper\n\nAnn Lee, Bo Kim\n\nMay 2017');
    expect(doc.talks).toEqual([]);
  });

  it('throws BioParseError when the text has no author list', () => {
    expect(() => parseBio('About Me\n\nI like trains.\n')).toThrow(BioParseError);
    expect(() => parseBio('')).toThrow('could not find the subject: the text has no author list');
  });

  it('throws BioParseError when no person is in every author list', () => {
    const text = 'First Paper\n\nAnn Lee, Bo Kim\n\nSecond Paper\n\nCy Young, Di Ma\n';
    expect(() => parseBio(text)).toThrow(new BioParseError('could not find the subject: no author list names the same person in every publication'));
  });
});
