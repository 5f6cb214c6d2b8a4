import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanBibtex } from '../../../src/importers/bibtex/scan-bibtex';
import { splitBibtexNames } from '../../../src/importers/bibtex/split-bibtex-names';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/bibtex', name), 'utf8');
const fieldsOf = (text: string) => scanBibtex(text).entries.map((entry) => Object.fromEntries(entry.fields));

describe('scanBibtex', () => {
  it('reads entries with their type, key, line and raw fields, leaving LaTeX alone', () => {
    const scan = scanBibtex('\n\n@Article{Knuth84,\n  Title = {The {\\TeX}book},\n  year = 1984,\n}\n');
    expect(scan.failures).toEqual([]);
    expect(scan.entries).toEqual([
      {
        type: 'article',
        key: 'Knuth84',
        line: 3,
        start: 2,
        end: 64,
        fields: new Map([
          ['title', 'The {\\TeX}book'],
          ['year', '1984'],
        ]),
      },
    ]);
  });

  it('expands @string macros with # concatenation as they are defined, including self references', () => {
    const scan = scanBibtex(fixture('macros.bib'));
    expect(scan.failures).toEqual([]);
    expect(scan.entries.map((entry) => [entry.key, entry.line, Object.fromEntries(entry.fields)])).toEqual([
      ['macro1', 11, { title: 'Concatenated Title 42', journal: 'ACM Transactions on Database Systems', author: 'Codd, E. F.', year: '1970', month: 'June' }],
      ['paren1', 19, { title: 'Entry in Parentheses', journal: 'loop again', year: '1999' }],
      ['pingpong', 25, { title: 'pongpong!', journal: 'Communications of the ACM' }],
      ['undefined1', 27, { title: 'Undefined Macro Venue', journal: 'undefinedmacro' }],
    ]);
  });

  it('skips @comment blocks, %-commented lines, @preamble and e-mail addresses between entries', () => {
    const keys = scanBibtex(fixture('macros.bib')).entries.map((entry) => entry.key);
    expect(keys).not.toContain('ghost');
    expect(keys).not.toContain('commented');
  });

  it('keeps the first of repeated fields and accepts quoted values with braces and an entry without key', () => {
    expect(fieldsOf('@misc{a, title = "Say {"}hi{"}", title = {Second}}')).toEqual([{ title: 'Say {"}hi{"}' }]);
    const [entry] = scanBibtex('@misc{title = {No Key}}').entries;
    expect([entry.key, Object.fromEntries(entry.fields)]).toEqual(['', { title: 'No Key' }]);
  });

  it('treats a backslash as escaping the next character, as the LaTeX converter does', () => {
    expect(fieldsOf('@misc{a, title = {50\\% of \\{braces\\} and \\}}}')).toEqual([{ title: '50\\% of \\{braces\\} and \\}' }]);
  });

  it('rejects a broken entry with its line and resumes at the next entry', () => {
    const scan = scanBibtex(fixture('rejects.bib'));
    expect(scan.failures.map(({ type, key, line, message }) => ({ type, key, line, message }))).toEqual([
      {
        type: 'article',
        key: 'unbalanced1',
        line: 11,
        message: 'missing "}" or unbalanced braces: field "title" runs into the next entry (line 15)',
      },
      { type: 'article', key: 'nocomma1', line: 17, message: 'expected "," after the citation key "nocomma1"' },
      { type: 'article', key: 'runaway', line: 20, message: 'unbalanced braces: the value of "title" is never closed' },
    ]);
    expect(scan.entries.map((entry) => `${entry.line}:${entry.key}`)).toEqual([
      '2:good1',
      '3:notitle',
      '4:good1',
      '5:GOOD1',
      '6:year1',
      '7:year2',
      '8:doi1',
      '9:dupdoi1',
      '10:dupdoi2',
      '15:good2',
      '16:math1',
      '18:good3',
      '19:sametitle',
      '21:good4',
    ]);
  });

  it('reports syntax errors of every kind without throwing', () => {
    const messages = (text: string) => scanBibtex(text).failures.map((failure) => `${failure.line}: ${failure.message}`);
    expect(messages('@article smith,\n@misc{ok, title={x}}')).toEqual(['1: expected "{" or "(" after @article']);
    expect(messages('@misc{a, title {x}}')).toEqual(['1: expected "=" after field "title"']);
    expect(messages('@misc{a, title = }')).toEqual(['1: expected a value for field "title"']);
    expect(messages('@misc{a, title = "open\n')).toEqual(['1: unbalanced quotes: the value of "title" is never closed']);
    expect(messages('@misc{a, title = "x}y"}')).toEqual(['1: unbalanced braces in the value of "title"']);
    expect(messages('@string{s = {x}\n@misc{ok, title={x}}')).toEqual(['1: missing "}" or unbalanced braces: field "s" runs into the next entry (line 2)']);
  });

  it('counts lines of CRLF files and of entries after multi-line values', () => {
    const scan = scanBibtex('@misc{a,\r\n title = {one\r\ntwo}}\r\n\r\n@misc{b, title = {x}}\r\n');
    expect(scan.entries.map((entry) => [entry.key, entry.line])).toEqual([
      ['a', 1],
      ['b', 5],
    ]);
  });

  it('does not hang on macros defined in terms of each other', () => {
    const scan = scanBibtex('@string{a = b}\n@string{b = a # a}\n@string{a = a # b}\n@misc{x, title = a}');
    expect(Object.fromEntries(scan.entries[0].fields)).toEqual({ title: 'bbb' });
  });
});

describe('splitBibtexNames', () => {
  it('splits at "and" outside braces only', () => {
    expect(splitBibtexNames('{Barnes and Noble} and Doe, J.  AND\nvon Neumann, John and {\\"A}nderson')).toEqual([
      '{Barnes and Noble}',
      'Doe, J.',
      'von Neumann, John',
      '{\\"A}nderson',
    ]);
    expect(splitBibtexNames(' and Alexander Sandberg and ')).toEqual(['Alexander Sandberg']);
  });
});
