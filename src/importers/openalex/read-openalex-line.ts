import { describeJsonProblem } from '../json/describe-json-problem';
import { scanJson } from '../json/scan-json';
import { OpenAlexFormatError } from './openalex-format-error';
import { OPENALEX_WORK_PREFIX } from './openalex-document-builder';

/**
 * Parses line `lineNumber` of an OpenAlex JSON Lines file. Throws OpenAlexFormatError when the
 * line is not JSON (naming line and column) or is an object that is not a work (no id
 * https://openalex.org/W…: another entity's snapshot, say). Other values (a number, an array)
 * are returned, for the builder to reject as the work on that line.
 */
export function readOpenAlexLine(line: string, lineNumber: number): unknown {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const problem = scanJson(line).problem;
    throw new OpenAlexFormatError(problem ? describeJsonProblem(problem, lineNumber) : `line ${lineNumber}: ${(error as Error).message}`);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const id = (value as { id?: unknown }).id;
    if (typeof id !== 'string' || !id.startsWith(OPENALEX_WORK_PREFIX)) {
      throw new OpenAlexFormatError(`line ${lineNumber}: not an OpenAlex work (no "id" starting with ${OPENALEX_WORK_PREFIX})`);
    }
  }
  return value;
}
