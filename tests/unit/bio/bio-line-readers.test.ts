import { parseDateRange, parseMonthYear } from '../../../src/importers/bio/parse-date-range';
import { isSectionHeading } from '../../../src/importers/bio/section-headings';
import { isNameLike, splitAuthorList } from '../../../src/importers/bio/split-author-list';
import { splitTalkLine } from '../../../src/importers/bio/split-talk-line';

describe('splitAuthorList', () => {
  it('strips equal-contribution stars and keeps the order', () => {
    expect(splitAuthorList('Kevin Clark*, Paul Vicol*, Kevin Swersky, David J. Fleet')).toEqual({
      truncated: false,
      authors: [
        { name: 'Kevin Clark', position: 1, equalContribution: true },
        { name: 'Paul Vicol', position: 2, equalContribution: true },
        { name: 'Kevin Swersky', position: 3, equalContribution: false },
        { name: 'David J. Fleet', position: 4, equalContribution: false },
      ],
    });
  });

  it('reads "A, ..., B, et al. (442 authors)" with a lower-bound position after the ellipsis', () => {
    expect(splitAuthorList('Aarohi Srivastava, ..., Paul Vicol, et al. (442 authors)')).toEqual({
      truncated: true,
      authorCount: 442,
      authors: [
        { name: 'Aarohi Srivastava', position: 1, equalContribution: false },
        { name: 'Paul Vicol', position: 3, equalContribution: false },
      ],
    });
  });

  it('reads "and", "&", a Unicode ellipsis and a bare "et al."', () => {
    expect(splitAuthorList('Ann Lee, Bo Kim, and Cy Young')?.authors.map((a) => a.name)).toEqual(['Ann Lee', 'Bo Kim', 'Cy Young']);
    expect(splitAuthorList('Ann Lee & Bo Kim')?.authors.map((a) => a.name)).toEqual(['Ann Lee', 'Bo Kim']);
    expect(splitAuthorList('Ann Lee, …, Bo Kim')?.authors.map((a) => a.position)).toEqual([1, 3]);
    expect(splitAuthorList('Ann Lee, et al.')).toEqual({ truncated: true, authors: [{ name: 'Ann Lee', position: 1, equalContribution: false }] });
  });

  it('rejects prose, titles and labelled lines', () => {
    expect(splitAuthorList('Hosts: Jeff Donahue and Karen Simonyan')).toBeUndefined();
    expect(splitAuthorList('diffusion models, LLMs, meta-learning, and multi-agent systems')).toBeUndefined();
    expect(splitAuthorList('Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models')).toBeUndefined();
    expect(splitAuthorList('University of Toronto. Intriguing Properties of Bilevel Optimization.')).toBeUndefined();
  });

  it('accepts names with diacritics, hyphens, initials and particles', () => {
    for (const name of ['Matthias Kümmerer', 'Jörn-Henrik Jacobsen', 'Jeff Z. HaoChen', 'Nando de Freitas', 'J.P. Smith']) {
      expect(isNameLike(name)).toBe(true);
    }
    expect(isNameLike('Vicol')).toBe(false);
    expect(isNameLike('the University of Toronto')).toBe(false);
  });
});

describe('splitTalkLine', () => {
  it('splits after the institution even when it contains initials', () => {
    expect(splitTalkLine('J.P. Morgan AI Research. Self-Tuning Networks.')).toEqual({ institution: 'J.P. Morgan AI Research', title: 'Self-Tuning Networks' });
  });

  it('keeps a question mark and dots inside the title', () => {
    expect(splitTalkLine('DeepMind. Is optimization a bottleneck in modern deep learning research?')).toEqual({
      institution: 'DeepMind',
      title: 'Is optimization a bottleneck in modern deep learning research?',
    });
    expect(splitTalkLine('DeepMind. Part 1. Overview.')).toEqual({ institution: 'DeepMind', title: 'Part 1. Overview' });
  });

  it('falls back to the first stop when every stop follows an abbreviation', () => {
    expect(splitTalkLine('Acme Inc. Robots Are Fun.')).toEqual({ institution: 'Acme Inc', title: 'Robots Are Fun' });
  });

  it('refuses lines that are not "Institution. Title."', () => {
    expect(splitTalkLine('Google Brain')).toBeUndefined();
    expect(splitTalkLine('Hosts: Jeff Z. Hao and Ann Lee')).toBeUndefined();
  });
});

describe('parseDateRange and parseMonthYear', () => {
  it('reads open, closed and single periods', () => {
    expect(parseDateRange('October 2022-Present')).toEqual({ start: '2022-10' });
    expect(parseDateRange('2020 - 2021')).toEqual({ start: '2020', end: '2021' });
    expect(parseDateRange('Jan 2019 – Sept. 2020')).toEqual({ start: '2019-01', end: '2020-09' });
    expect(parseDateRange('Summer 2019')).toEqual({ start: '2019', end: '2019' });
    expect(parseDateRange('Research Scientist')).toBeUndefined();
  });

  it('reads talk dates only in the "Month Year" form', () => {
    expect(parseMonthYear('December 2021')).toBe('2021-12');
    expect(parseMonthYear('May 2017')).toBe('2017-05');
    expect(parseMonthYear('2021')).toBeUndefined();
    expect(parseMonthYear('December 2021 - 2022')).toBeUndefined();
  });
});

describe('isSectionHeading', () => {
  it('knows common section names but not institutions or roles', () => {
    for (const heading of ['About Me', 'Reviewing & Service', 'Leadership & Outreach', 'Selected Publications', 'Talks']) {
      expect(isSectionHeading(heading)).toBe(true);
    }
    for (const line of ['Google DeepMind', 'Research Scientist', 'University of Toronto', '']) {
      expect(isSectionHeading(line)).toBe(false);
    }
  });
});
