import { personKey } from '../../graph/keys';
import type { AuthorListLine, Subject } from './find-subject';
import { nextNonBlankIndex, previousNonBlankIndex, type BioLine } from './read-lines';
import { classifyPositionLine } from './classify-position-line';
import { isSectionHeading } from './section-headings';
import { splitAuthorList, type AuthorEntry } from './split-author-list';

/** A publication as read from the text, before ids are assigned. */
export interface PublicationDraft {
  title: string;
  /** Line of the title. */
  line: number;
  abstract?: string;
  venue?: { name: string; year: number; line: number };
  authors: AuthorEntry[];
  authorCount?: number;
  authorsLine: number;
}

export interface PublicationScan {
  publications: PublicationDraft[];
  /** Indexes of the lines the publications used (captions included), for the other readers. */
  consumed: Set<number>;
}

// The only venue form trusted: one word and a year on a line of its own ("ICLR 2024", "arXiv 2022").
const VENUE_LINE = /^([A-Za-z][\w.&-]*) ((?:19|20)\d\d)$/;
const ABSTRACT_PREFIX = /^abstract\s*[:.\-–—]\s*/i;
const CONTRIBUTION_NOTE = /^[*†‡]/;

/**
 * Finds the publications: an author list naming the subject, the title on the line above it,
 * then optional "* Denotes equal contribution", "Abstract: ..." and "VENUE YEAR" lines.
 * The line above the title, when it is free, is a figure caption: it is consumed, never a paper,
 * so its wording (even a copy of the title) does not matter.
 */
export function findPublications(lines: BioLine[], lists: AuthorListLine[], subject: Subject): PublicationScan {
  const consumed = new Set<number>();
  const publications: PublicationDraft[] = [];
  for (const authorLine of [...lists, ...soleAuthorLines(lines, lists, subject)].sort((a, b) => a.index - b.index)) {
    const titleIndex = previousNonBlankIndex(lines, authorLine.index);
    if (titleIndex < 0 || consumed.has(titleIndex) || isSectionHeading(lines[titleIndex].text)) continue;
    consumeCaption(lines, titleIndex, consumed);
    consumed.add(titleIndex).add(authorLine.index);
    publications.push({
      title: lines[titleIndex].text,
      line: lines[titleIndex].line,
      authors: authorLine.list.authors,
      ...(authorLine.list.authorCount === undefined ? {} : { authorCount: authorLine.list.authorCount }),
      authorsLine: authorLine.line,
      ...readPaperTail(lines, authorLine.index, consumed),
    });
  }
  return { publications, consumed };
}

/** Single-author papers: a line that is only the subject's name, followed by an abstract. */
function soleAuthorLines(lines: BioLine[], lists: AuthorListLine[], subject: Subject): AuthorListLine[] {
  const listed = new Set(lists.map((list) => list.index));
  const found: AuthorListLine[] = [];
  lines.forEach(({ text, line }, index) => {
    if (text === '' || listed.has(index)) return;
    const list = splitAuthorList(text);
    if (list?.authors.length !== 1 || personKey(list.authors[0].name) !== subject.id) return;
    const next = nextNonBlankIndex(lines, index, (candidate) => CONTRIBUTION_NOTE.test(candidate.text));
    if (next >= 0 && ABSTRACT_PREFIX.test(lines[next].text)) found.push({ index, line, list });
  });
  return found;
}

function consumeCaption(lines: BioLine[], titleIndex: number, consumed: Set<number>): void {
  const captionIndex = previousNonBlankIndex(lines, titleIndex);
  if (captionIndex < 0 || consumed.has(captionIndex)) return;
  const caption = lines[captionIndex].text;
  // Hosts, dates and "Worked on" lines belong to a position that ends just above a paper.
  const kind = classifyPositionLine(caption).kind;
  if (isSectionHeading(caption) || kind === 'people' || kind === 'dates' || kind === 'description') return;
  consumed.add(captionIndex);
}

/** Reads what follows an author list: contribution notes, the abstract, the venue line. */
function readPaperTail(lines: BioLine[], authorIndex: number, consumed: Set<number>): Pick<PublicationDraft, 'abstract' | 'venue'> {
  const tail: Pick<PublicationDraft, 'abstract' | 'venue'> = {};
  let next = nextNonBlankIndex(lines, authorIndex);
  while (next >= 0 && CONTRIBUTION_NOTE.test(lines[next].text)) {
    consumed.add(next);
    next = nextNonBlankIndex(lines, next);
  }
  if (next >= 0 && ABSTRACT_PREFIX.test(lines[next].text)) {
    const paragraph: string[] = [lines[next].text.replace(ABSTRACT_PREFIX, '')];
    consumed.add(next);
    // The abstract is a paragraph: it runs to the next blank line (or a venue line).
    while (next + 1 < lines.length && lines[next + 1].text !== '' && !VENUE_LINE.test(lines[next + 1].text)) {
      paragraph.push(lines[++next].text);
      consumed.add(next);
    }
    const abstract = paragraph.join(' ').trim();
    if (abstract !== '') tail.abstract = abstract;
    next = nextNonBlankIndex(lines, next);
  }
  const venue = next >= 0 && !consumed.has(next) ? VENUE_LINE.exec(lines[next].text) : null;
  if (venue) {
    tail.venue = { name: venue[1], year: Number(venue[2]), line: lines[next].line };
    consumed.add(next);
  }
  return tail;
}
