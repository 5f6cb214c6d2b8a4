import type { Creator, Entry } from '@retorquere/bibtex-parser/dist/types/index';
import { isPlainLatex } from './is-plain-latex';
import { loadBibtexParser, type BibtexParserModule } from './load-bibtex-parser';

export type { Creator } from '@retorquere/bibtex-parser/dist/types/index';

/** Raw LaTeX from one entry. */
export interface LatexRequest {
  /** Texts to convert, e.g. a title and an abstract. */
  texts: string[];
  /** A BibTeX name list ("Knuth, Donald E. and Lamport, Leslie") to split into names. */
  names?: string;
}

export type LatexResult = { texts: string[]; names: Creator[] } | { error: string };

export interface ConvertLatexOptions {
  /** Skip the library for text with no LaTeX in it (default true; false is for tests). */
  fastPath?: boolean;
  /** Entries per library call; calls have a fixed cost of about half a millisecond. */
  batchSize?: number;
}

/**
 * Converts raw LaTeX to plain Unicode with @retorquere/bibtex-parser: accents and special
 * characters ({\"o}, \c{c}, {\ss}, -- → "–"), protective braces dropped, font commands
 * (\emph, \textbf, ...) reduced to their text, math to Unicode where possible. Names are
 * split by the library's BibTeX name rules ("von Last, Jr., First", {Braced Corporate}).
 *
 * Results are NFC-normalised with whitespace collapsed. "<" and ">" outside math stay as
 * they are (T1 encoding), not OT1's "¡" and "¿". One result per request, in order; a
 * request the library cannot convert (e.g. an unclosed "$") gets an `error` and does not
 * affect the others. Never throws once the library is loaded.
 */
export function convertLatex(requests: readonly LatexRequest[], options: ConvertLatexOptions = {}): LatexResult[] {
  const fastPath = options.fastPath ?? true;
  const results: (LatexResult | undefined)[] = requests.map((request) => quickResult(request, fastPath));
  const pending = results.flatMap((result, index) => (result ? [] : [index]));
  if (pending.length === 0) return results as LatexResult[];
  const parser = loadBibtexParser();
  const batchSize = options.batchSize ?? 200;
  for (let at = 0; at < pending.length; at += batchSize) {
    const batch = pending.slice(at, at + batchSize);
    const converted = convertBatch(parser, requests, batch, fastPath);
    for (const index of batch) results[index] = converted.get(index) ?? convertAlone(parser, requests, index, fastPath);
  }
  return results as LatexResult[];
}

/** A result without the library: an error for malformed TeX, or plain text that needs no conversion. */
function quickResult(request: LatexRequest, fastPath: boolean): LatexResult | undefined {
  for (const tex of [...request.texts, request.names ?? '']) {
    const problem = texProblem(tex);
    if (problem) return { error: problem };
  }
  if (!fastPath || request.names !== undefined || !request.texts.every(isPlainLatex)) return undefined;
  return { texts: request.texts.map(cleanText), names: [] };
}

/**
 * Checks what would break the library's reader for the whole batch: unbalanced braces
 * or an odd number of "$" (it rejects an unclosed math section).
 */
function texProblem(tex: string): string | undefined {
  let depth = 0;
  let math = false;
  for (let at = 0; at < tex.length; at++) {
    const char = tex[at];
    if (char === '\\' && at === tex.length - 1) return `lone backslash at the end of "${snippet(tex)}"`;
    if (char === '\\') at++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth < 0) break;
    else if (char === '$') math = !math;
  }
  if (depth !== 0) return `unbalanced braces in "${snippet(tex)}"`;
  if (math) return `unclosed math ("$") in "${snippet(tex)}"`;
  return undefined;
}

function convertBatch(parser: BibtexParserModule, requests: readonly LatexRequest[], batch: number[], fastPath: boolean): Map<number, LatexResult> {
  const converted = new Map<number, LatexResult>();
  const source = batch.map((index) => syntheticEntry(index, requests[index], fastPath)).join('\n');
  let library;
  try {
    library = parser.parse(source, { sentenceCase: false, applyCrossRef: false });
  } catch {
    return converted; // every entry is retried alone
  }
  for (const entry of library.entries) {
    const index = Number(entry.key.slice(1));
    const request = requests[index];
    if (!request || !batch.includes(index)) continue;
    converted.set(index, fromLibrary(request, entry, fastPath));
  }
  return converted;
}

function convertAlone(parser: BibtexParserModule, requests: readonly LatexRequest[], index: number, fastPath: boolean): LatexResult {
  try {
    const library = parser.parse(syntheticEntry(index, requests[index], fastPath), { sentenceCase: false, applyCrossRef: false });
    const [entry] = library.entries;
    if (entry) return fromLibrary(requests[index], entry, fastPath);
    // The error about the entry itself names its input; others are warnings such as "unhandled macro".
    const cause = library.errors.find((error) => error.input?.startsWith('@')) ?? library.errors[0];
    return { error: cause?.error.split('\n')[0] ?? 'the LaTeX could not be converted' };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function fromLibrary(request: LatexRequest, entry: Entry, fastPath: boolean): LatexResult {
  return {
    texts: request.texts.map((tex, field) => cleanText(fastPath && isPlainLatex(tex) ? tex : (entry.fields[`t${field}`] ?? ''))),
    names: (entry.fields.author ?? []).map(cleanCreator),
  };
}

/**
 * The request as an entry the library can read: key "r<index>", texts as fields t0, t1, ...
 * (names with no special meaning, so no field-specific handling) and the names as author.
 */
function syntheticEntry(index: number, request: LatexRequest, fastPath: boolean): string {
  const fields = request.texts.map((tex, field) => (fastPath && isPlainLatex(tex) ? '' : `t${field} = {${protectAngleBrackets(tex)}},\n`));
  if (request.names !== undefined) fields.push(`author = {${protectAngleBrackets(request.names)}},\n`);
  return `@misc{r${index},\n${fields.join('')}}\n`;
}

/** "<" and ">" in text mode are OT1 ligatures for "¡" and "¿" to the library; nobody means that. */
function protectAngleBrackets(tex: string): string {
  if (!/[<>]/.test(tex)) return tex;
  let math = false;
  let out = '';
  for (let at = 0; at < tex.length; at++) {
    const char = tex[at];
    if (char === '\\') {
      out += tex.slice(at, at + 2);
      at++;
      continue;
    }
    if (char === '$') math = !math;
    if (!math && char === '<') out += '\\textless{}';
    else if (!math && char === '>') out += '\\textgreater{}';
    else out += char;
  }
  return out;
}

const MARKUP = /<\/?(?:i|b|code|sup|sub|h[1-6]|blockquote|ul|li|p|br)>|<span (?:class="nocase"|style="font-variant:small-caps;")>|<\/span>|<a href="[^"]*">|<\/a>/g;

/** Plain text from library output: its HTML markup for \emph etc. removed, NFC, single spaces. */
function cleanText(text: string): string {
  return text
    .replace(MARKUP, '')
    .replace(/\u0131(?=\p{M})/gu, 'i') // {\'\i} comes out as dotless ı + accent, which NFC cannot compose into í
    .replace(/\u0237(?=\p{M})/gu, 'j')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

function cleanCreator(creator: Creator): Creator {
  const cleaned: Creator = {};
  for (const part of ['name', 'lastName', 'firstName', 'prefix', 'suffix', 'initial'] as const) {
    const value = creator[part] === undefined ? '' : cleanText(creator[part]);
    if (value) cleaned[part] = value;
  }
  return cleaned;
}

function snippet(tex: string): string {
  const oneLine = tex.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
