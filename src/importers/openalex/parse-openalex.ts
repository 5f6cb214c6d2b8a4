import type { GraphDocument } from '../../graph/graph-document';
import type { ImportReject } from '../../graph/import-reject';
import { describeJsonProblem } from '../json/describe-json-problem';
import { scanJson } from '../json/scan-json';
import { OPENALEX_WORK_PREFIX, OpenAlexDocumentBuilder } from './openalex-document-builder';
import { OpenAlexFormatError } from './openalex-format-error';
import { readOpenAlexLine } from './read-openalex-line';
import { createLineIndex } from '../bibtex/line-index';

export interface OpenAlexParseResult {
  document: GraphDocument;
  rejects: ImportReject[];
}

/**
 * Parses OpenAlex works into the canonical GraphDocument. The input is recognised by content:
 * a works page of the API (`{"meta": ..., "results": [work, ...]}`), a single work
 * (`GET /works/W…`), or the snapshot's JSON Lines (one work per line).
 *
 * Mapping, per work:
 * - paper: id paperKey(title, doi); `openalexId` "W…"; title (`title`, else `display_name`, HTML
 *   dropped); `publication_year`; the abstract rebuilt from `abstract_inverted_index`; `arxiv` from
 *   an arXiv DOI or an arxiv.org location; `cites`: the `referenced_works` that are in the same
 *   input (see OpenAlexDocumentBuilder).
 * - venue: the first non-repository location source, primary location first (venueKey(name)).
 * - people: id `orcid:<ORCID>` for a valid ORCID, else `openalex:A…`, else personKey(name); name
 *   `author.display_name`, `raw_author_name` as alias when it folds differently; authorship rawName
 *   `raw_author_name` ?? display name, positions 1.. in list order (nameless authorships skipped).
 * - institutions of the authorships: InstitutionRecords (institutionKey(name)).
 * - topics: `topics` (or `primary_topic`) with source 'openalex' and their score, each with its
 *   subfield → field → domain as broader topics; `concepts` only for works without topics
 *   (source 'openalex-concept'); `keywords` with source 'keyword'.
 *
 * Rejects (the rest is imported): a work that is not an object, without title, without a named
 * author, with a year outside 1000..2100, a malformed DOI, or a paper id already taken. `line` is
 * the JSON Lines line, or the line where a page's `results[i]` starts; `record` names the work.
 *
 * Throws OpenAlexFormatError (one line, naming line and position) for text that is not JSON,
 * truncated JSON, or JSON that is no page, work or works lines; nothing is imported then.
 */
export function parseOpenAlex(text: string, source: string): OpenAlexParseResult {
  const input = text.replace(/^\uFEFF/, '');
  if (!input.trim()) return new OpenAlexDocumentBuilder(source).finish();
  let whole: unknown;
  try {
    whole = JSON.parse(input);
  } catch {
    if (looksLikeJsonLines(input)) return parseLines(input, source);
    const problem = scanJson(input).problem;
    throw new OpenAlexFormatError(problem ? describeJsonProblem(problem) : 'not valid JSON');
  }
  const builder = new OpenAlexDocumentBuilder(source);
  const lineAt = createLineIndex(input);
  if (isObject(whole) && 'results' in whole) {
    if (!Array.isArray(whole.results)) throw new OpenAlexFormatError('not an OpenAlex works page: "results" is not an array');
    const firstObject = whole.results.find(isObject);
    if (firstObject && !(typeof firstObject.id === 'string' && firstObject.id.startsWith(OPENALEX_WORK_PREFIX))) {
      throw new OpenAlexFormatError(`not an OpenAlex works page: its first result has no "id" starting with ${OPENALEX_WORK_PREFIX} (${JSON.stringify(firstObject.id ?? null)})`);
    }
    const offsets = scanJson(input).elementOffsets;
    whole.results.forEach((work, index) => {
      const offset = offsets.get(`results[${index}]`);
      builder.add(work, { label: `results[${index}]`, ...(offset === undefined ? {} : { line: lineAt(offset) }) });
    });
  } else if (isObject(whole) && typeof whole.id === 'string' && whole.id.startsWith(OPENALEX_WORK_PREFIX)) {
    builder.add(whole, { line: lineAt(input.search(/\S/)) });
  } else {
    const what = Array.isArray(whole) ? 'an array' : isObject(whole) ? 'an object' : `a JSON ${whole === null ? 'null' : typeof whole}`;
    throw new OpenAlexFormatError(`not OpenAlex works: ${what} with no "results" array and no "id" starting with ${OPENALEX_WORK_PREFIX}`);
  }
  return builder.finish();
}

/** JSON Lines: the first non-blank line is a JSON value of its own and another line follows. */
function looksLikeJsonLines(input: string): boolean {
  const lines = input.split('\n').filter((line) => line.trim());
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]);
    return true;
  } catch {
    return false;
  }
}

function parseLines(input: string, source: string): OpenAlexParseResult {
  const builder = new OpenAlexDocumentBuilder(source);
  input.split('\n').forEach((line, index) => {
    if (line.trim()) builder.add(readOpenAlexLine(line, index + 1), { line: index + 1 });
  });
  return builder.finish();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
