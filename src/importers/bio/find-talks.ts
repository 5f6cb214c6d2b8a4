import { parseMonthYear } from './parse-date-range';
import { nextNonBlankIndex, type BioLine } from './read-lines';
import { isSectionHeading } from './section-headings';
import { splitTalkLine } from './split-talk-line';

/** A talk as read from the text, before ids are assigned. */
export interface TalkDraft {
  /** "2021-12". */
  date: string;
  title: string;
  institution: string;
  /** Line of the date. */
  line: number;
  institutionLine: number;
}

export interface TalkScan {
  talks: TalkDraft[];
  /** Indexes of the date and talk lines, for the other readers. */
  consumed: Set<number>;
}

/**
 * Finds talk lists: runs of "Month Year" lines, each followed by an "Institution. Title." line.
 * A date followed by another date, a heading or nothing is not a talk (it is skipped), and a
 * run without any talk is left alone (it may be a position's dates). Skips `consumed` lines.
 */
export function findTalks(lines: BioLine[], consumed: ReadonlySet<number>): TalkScan {
  const scan: TalkScan = { talks: [], consumed: new Set() };
  let index = 0;
  while (index < lines.length) {
    const run = readDateRun(lines, index, consumed);
    if (run.talks.length > 0) {
      scan.talks.push(...run.talks);
      run.used.forEach((used) => scan.consumed.add(used));
    }
    index = Math.max(run.end, index + 1);
  }
  return scan;
}

/** Reads the dates and talks starting at `start`; `end` is the first index after the run. */
function readDateRun(lines: BioLine[], start: number, consumed: ReadonlySet<number>): { talks: TalkDraft[]; used: number[]; end: number } {
  const talks: TalkDraft[] = [];
  const used: number[] = [];
  let index = start;
  while (index < lines.length && !consumed.has(index)) {
    if (lines[index].text === '') {
      index++;
      continue;
    }
    const date = parseMonthYear(lines[index].text);
    if (date === undefined) break;
    used.push(index);
    const next = nextNonBlankIndex(lines, index);
    const talk = next >= 0 && isTalkLine(lines[next], consumed.has(next)) ? splitTalkLine(lines[next].text) : undefined;
    if (talk && next >= 0) {
      talks.push({ date, ...talk, line: lines[index].line, institutionLine: lines[next].line });
      used.push(next);
      index = next + 1;
    } else {
      index++;
    }
  }
  return { talks, used, end: index };
}

function isTalkLine(line: BioLine, isConsumed: boolean): boolean {
  return !isConsumed && parseMonthYear(line.text) === undefined && !isSectionHeading(line.text);
}
