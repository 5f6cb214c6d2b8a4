import { createLineIndex } from '../bibtex/line-index';
import { describeJsonProblem } from '../json/describe-json-problem';
import { scanJson } from '../json/scan-json';
import { CslFormatError } from './csl-format-error';

/** One item of the input, with the label and line rejects name it by. */
export interface CslInputItem {
  value: unknown;
  /** "items[3]": its index among the input's items. */
  label: string;
  line?: number;
}

/** The Crossref REST API message versions this reader knows (major version). */
const KNOWN_MESSAGE_MAJOR = '1';

/**
 * The items of a CSL-JSON text, in order: an array of items, one item (an object with a string
 * `type` and an `id` or `title`), or a Crossref REST API envelope
 * (`{"status":"ok","message-type":"work"|"work-list","message-version":"1.0.0","message":...}`).
 * Elements of an array are returned whatever they are, for the parser to reject.
 * Throws CslFormatError for text that is not JSON (naming line, column and position), an
 * unknown shape, a Crossref envelope that is not ok, not of works, or of another major version.
 */
export function readCslItems(text: string): CslInputItem[] {
  const input = text.replace(/^\uFEFF/, '');
  let whole: unknown;
  try {
    whole = JSON.parse(input);
  } catch {
    const problem = scanJson(input).problem;
    throw new CslFormatError(problem ? describeJsonProblem(problem) : 'not valid JSON');
  }
  const lineAt = createLineIndex(input);
  const listed = (values: unknown[], path: string): CslInputItem[] => {
    const offsets = scanJson(input).elementOffsets;
    return values.map((value, index) => {
      const offset = offsets.get(`${path}[${index}]`);
      return { value, label: `items[${index}]`, ...(offset === undefined ? {} : { line: lineAt(offset) }) };
    });
  };
  if (Array.isArray(whole)) return listed(whole, '');
  if (!isObject(whole)) throw new CslFormatError(`not CSL-JSON: a JSON ${whole === null ? 'null' : typeof whole}, not an item or a list of items`);
  if ('message' in whole && ('message-type' in whole || 'status' in whole)) return crossrefItems(whole, input, lineAt, listed);
  if (isItem(whole)) return [{ value: whole, label: 'items[0]', line: lineAt(input.search(/\S/)) }];
  throw new CslFormatError('not CSL-JSON: an object that is neither an item (no string "type" with an "id" or "title"), a list of items, nor a Crossref envelope');
}

function crossrefItems(
  envelope: Record<string, unknown>,
  input: string,
  lineAt: (offset: number) => number,
  listed: (values: unknown[], path: string) => CslInputItem[],
): CslInputItem[] {
  const version = envelope['message-version'];
  const major = typeof version === 'string' ? /^(\d+)(?:\.|$)/.exec(version)?.[1] : undefined;
  if (major !== KNOWN_MESSAGE_MAJOR) {
    throw new CslFormatError(`Crossref message-version ${JSON.stringify(version ?? null)} is not supported (only ${KNOWN_MESSAGE_MAJOR}.x)`);
  }
  if (envelope.status !== undefined && envelope.status !== 'ok') throw new CslFormatError(`Crossref response with status ${JSON.stringify(envelope.status)}, not "ok"`);
  const type = envelope['message-type'];
  const message = envelope.message;
  if (type === 'work' && isObject(message)) {
    const at = /"message"\s*:\s*\{/.exec(input);
    return [{ value: message, label: 'items[0]', ...(at ? { line: lineAt(at.index + at[0].length - 1) } : {}) }];
  }
  if (type === 'work-list' && isObject(message) && Array.isArray(message.items)) return listed(message.items, 'message.items');
  throw new CslFormatError(`Crossref message-type ${JSON.stringify(type ?? null)} is not "work" or "work-list" with its message`);
}

function isItem(value: Record<string, unknown>): boolean {
  return typeof value.type === 'string' && ('id' in value || 'title' in value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
