import { buildBibtexAuthors } from '../../../src/importers/bibtex/bibtex-authors';
import { readBibtexDoi } from '../../../src/importers/bibtex/bibtex-doi';
import { readBibtexYear } from '../../../src/importers/bibtex/bibtex-year';

describe('readBibtexYear', () => {
  it('reads a year in 1000..2100, braced or from a biblatex date', () => {
    expect(readBibtexYear('2020', undefined)).toEqual({ year: 2020 });
    expect(readBibtexYear('{1000}', undefined)).toEqual({ year: 1000 });
    expect(readBibtexYear(' 2100 ', undefined)).toEqual({ year: 2100 });
    expect(readBibtexYear(undefined, '2021-05-03')).toEqual({ year: 2021 });
    expect(readBibtexYear('', 'spring')).toEqual({});
    expect(readBibtexYear(undefined, undefined)).toEqual({});
  });

  it('refuses a year that is not a number or out of range', () => {
    expect(readBibtexYear('99999', undefined)).toEqual({ error: 'year 99999 is out of range' });
    expect(readBibtexYear('999', undefined)).toEqual({ error: 'year 999 is out of range' });
    expect(readBibtexYear('2101', '2001')).toEqual({ error: 'year 2101 is out of range' });
    expect(readBibtexYear('2020a', undefined)).toEqual({ error: 'year "2020a" is not a number' });
    expect(readBibtexYear('{in press}', undefined)).toEqual({ error: 'year "in press" is not a number' });
  });
});

describe('readBibtexDoi', () => {
  it('normalises resolver prefixes, case and TeX escapes', () => {
    expect(readBibtexDoi('https://doi.org/10.1000/ABC\\_1')).toEqual({ doi: '10.1000/abc_1' });
    expect(readBibtexDoi('{http://dx.doi.org/10.1000/x}')).toEqual({ doi: '10.1000/x' });
    expect(readBibtexDoi('doi: 10.1000/y')).toEqual({ doi: '10.1000/y' });
    expect(readBibtexDoi('  ')).toEqual({});
    expect(readBibtexDoi(undefined)).toEqual({});
  });

  it('refuses what is not a DOI', () => {
    expect(readBibtexDoi('not-a-doi')).toEqual({ error: 'malformed DOI "not-a-doi"' });
    expect(readBibtexDoi('10.12/short-prefix')).toEqual({ error: 'malformed DOI "10.12/short-prefix"' });
    expect(readBibtexDoi('10.1000/a b')).toEqual({ error: 'malformed DOI "10.1000/a b"' });
  });
});

describe('buildBibtexAuthors', () => {
  const creators = [
    { lastName: 'Lamport', firstName: 'Leslie' },
    { lastName: 'Neumann', prefix: 'von', firstName: 'John' },
    { lastName: 'King', suffix: 'Jr.', firstName: 'Martin Luther' },
    { name: 'World Health Organization' },
    { lastName: 'others' },
  ];
  const raw = ['Lamport, Leslie', 'John von Neumann', 'King, Jr., Martin Luther', 'World Health Organization', 'others'];

  it('displays "First von Last Jr.", keeps the raw spelling and drops "others"', () => {
    expect(buildBibtexAuthors(creators, raw, '')).toEqual([
      { position: 1, name: 'Leslie Lamport', rawName: 'Lamport, Leslie', equalContribution: false },
      { position: 2, name: 'John von Neumann', rawName: 'John von Neumann', equalContribution: false },
      { position: 3, name: 'Martin Luther King Jr.', rawName: 'King, Jr., Martin Luther', equalContribution: false },
      { position: 4, name: 'World Health Organization', rawName: 'World Health Organization', equalContribution: false },
    ]);
  });

  it('reads equalcontrib as positions, ranges or names', () => {
    const equal = (field: string) => buildBibtexAuthors(creators, raw, field).map((author) => author.equalContribution);
    expect(equal('1, 3')).toEqual([true, false, true, false]);
    expect(equal('2–4')).toEqual([false, true, true, true]);
    expect(equal('Lamport; John von Neumann')).toEqual([true, true, false, false]);
    expect(equal('1 and 2')).toEqual([true, true, false, false]);
  });

  it('takes "*" after any part of a name as equal contribution and leaves it out of the names', () => {
    const starred = [
      { lastName: 'Smith*', firstName: 'Anna' },
      { lastName: 'Li', firstName: 'Bo*' },
      { lastName: 'Doe', firstName: 'J.' },
    ];
    expect(buildBibtexAuthors(starred, ['Smith*, Anna', 'Li, Bo*', 'J. Doe'], '')).toEqual([
      { position: 1, name: 'Anna Smith', rawName: 'Smith, Anna', equalContribution: true },
      { position: 2, name: 'Bo Li', rawName: 'Li, Bo', equalContribution: true },
      { position: 3, name: 'J. Doe', rawName: 'J. Doe', equalContribution: false },
    ]);
  });

  it('keeps a person whose surname is Others', () => {
    expect(buildBibtexAuthors([{ lastName: 'Others', firstName: 'Jane' }], ['Others, Jane'], '')).toEqual([
      { position: 1, name: 'Jane Others', rawName: 'Others, Jane', equalContribution: false },
    ]);
  });

  it('falls back to the display name when the raw names do not line up', () => {
    expect(buildBibtexAuthors([{ lastName: 'Doe', firstName: 'J.' }], [], '')).toEqual([{ position: 1, name: 'J. Doe', rawName: 'J. Doe', equalContribution: false }]);
  });
});
