/**
 * True when @retorquere/bibtex-parser would return `tex` unchanged apart from whitespace:
 * it holds no TeX special character and none of the ligatures the library's table maps
 * ("--", "''", "<<", "``", ...). Such text can skip the (slow) library. The equivalence is
 * checked against the library by tests/unit/bibtex/parse-bibtex.test.ts.
 */
export function isPlainLatex(tex: string): boolean {
  return /^[^\\{}$%&#^_~<>`\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$/.test(tex) && !/''|--/.test(tex);
}
