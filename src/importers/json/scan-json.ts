import { createLineIndex } from '../bibtex/line-index';

/** Where and why a text stops being JSON. */
export interface JsonSyntaxProblem {
  /** 0-based character offset of the first character that does not fit (the text's length when it ended early). */
  offset: number;
  /** 1-based line and column of `offset`. */
  line: number;
  column: number;
  /** What the grammar wanted there, e.g. "',' or '}'". */
  expected: string;
  /** True when the text ended before the value did. */
  truncated: boolean;
}

export interface JsonScan {
  problem?: JsonSyntaxProblem;
  /**
   * Start offsets of the elements of arrays nested at most three containers deep, by path:
   * "[3]" for a top-level array, "results[3]", "message.items[3]". Lets a parser report the
   * line of a record that JSON.parse has already read.
   */
  elementOffsets: Map<string, number>;
}

interface Frame {
  kind: 'object' | 'array';
  path: string;
  index: number;
  key: string;
}

const MAX_RECORDED_DEPTH = 3;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * Scans `text` as one JSON value (RFC 8259), without building it. Used next to JSON.parse,
 * whose messages on Node 20 often give no position ("Unexpected token 'x', ... is not valid
 * JSON"): the scan says where the text breaks, and where each record of a valid text starts.
 * Iterative, so deep nesting cannot overflow the stack. Never throws.
 */
export function scanJson(text: string): JsonScan {
  const elementOffsets = new Map<string, number>();
  const length = text.length;
  const stack: Frame[] = [];
  let at = 0;

  const fail = (offset: number, expected: string): JsonScan => {
    const lineAt = createLineIndex(text);
    const line = lineAt(offset);
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return { problem: { offset, line, column: offset - lineStart + 1, expected, truncated: offset >= length }, elementOffsets };
  };
  const skipSpace = () => {
    while (at < length && (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t')) at++;
  };
  const childPath = (frame: Frame) => (frame.kind === 'array' ? `${frame.path}[${frame.index}]` : frame.path ? `${frame.path}.${frame.key}` : frame.key);
  /** Reads a string at `at` (which holds '"'); returns its raw body, or undefined when it is broken. */
  const readString = (): string | undefined => {
    STRING_BODY.lastIndex = at + 1;
    STRING_BODY.exec(text);
    const end = STRING_BODY.lastIndex;
    if (text[end] !== '"') {
      at = end;
      return undefined;
    }
    const body = text.slice(at + 1, end);
    at = end + 1;
    return body;
  };
  /** Reads `"key" :` of an object member into the frame; returns an error expectation or undefined. */
  const readKey = (frame: Frame): string | undefined => {
    skipSpace();
    if (text[at] !== '"') return 'a double-quoted property name';
    const key = readString();
    if (key === undefined) return at >= length ? "a '\"' closing the string" : 'a valid string character or escape';
    frame.key = key;
    skipSpace();
    if (text[at] !== ':') return "':' after the property name";
    at++;
    return undefined;
  };

  for (;;) {
    // A value is expected at `at`.
    skipSpace();
    const top = stack.at(-1);
    if (top?.kind === 'array' && stack.length <= MAX_RECORDED_DEPTH) elementOffsets.set(childPath(top), at);
    const char = text[at];
    if (char === '{' || char === '[') {
      const frame: Frame = { kind: char === '{' ? 'object' : 'array', path: top ? childPath(top) : '', index: 0, key: '' };
      at++;
      skipSpace();
      const close = char === '{' ? '}' : ']';
      if (text[at] === close) {
        at++;
      } else {
        stack.push(frame);
        if (frame.kind === 'object') {
          const problem = readKey(frame);
          if (problem) return fail(at, text[at] === undefined ? problem : `${problem} or '}'`);
        }
        continue;
      }
    } else if (char === '"') {
      if (readString() === undefined) return fail(at, at >= length ? "a '\"' closing the string" : 'a valid string character or escape');
    } else if (char === 't' || char === 'f' || char === 'n') {
      const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
      let matched = 0;
      while (matched < word.length && text[at + matched] === word[matched]) matched++;
      if (matched < word.length) return fail(at + matched, `'${word}'`);
      at += word.length;
    } else {
      NUMBER.lastIndex = at;
      if (char === undefined || !NUMBER.test(text)) return fail(at, 'a value');
      at = NUMBER.lastIndex;
    }

    // After a value: close containers or move to their next member.
    for (;;) {
      skipSpace();
      const frame = stack.at(-1);
      if (!frame) {
        if (at < length) return fail(at, 'the end of the input');
        return { elementOffsets };
      }
      const close = frame.kind === 'object' ? '}' : ']';
      if (text[at] === close) {
        stack.pop();
        at++;
        continue;
      }
      if (text[at] !== ',') return fail(at, `',' or '${close}'`);
      at++;
      frame.index++;
      if (frame.kind === 'object') {
        const problem = readKey(frame);
        if (problem) return fail(at, problem);
      }
      break;
    }
  }
}
