import type { JsonSyntaxProblem } from './scan-json';

/**
 * One line for an error message: "truncated JSON: the ${lineNumber === undefined ? 'input' : 'line'} ends at line 40, column 3 (position 1234), ..."
 * or "not valid JSON at line 3, column 14 (position 58): expected ',' or '}'". With `lineNumber`
 * the problem is in that line of a JSON Lines file, scanned on its own: "line 7, column 15".
 */
export function describeJsonProblem(problem: JsonSyntaxProblem, lineNumber?: number): string {
  const where = lineNumber === undefined ? `line ${problem.line}, column ${problem.column} (position ${problem.offset})` : `line ${lineNumber}, column ${problem.column}`;
  if (problem.truncated) return `truncated JSON: the ${lineNumber === undefined ? 'input' : 'line'} ends at ${where}, where ${problem.expected} was expected`;
  return `not valid JSON at ${where}: expected ${problem.expected}`;
}
