import type { GraphDocument } from '../../graph/graph-document';
import { foldName, paperKey, talkKey } from '../../graph/keys';
import { classifyPositionLine } from './classify-position-line';
import { findPositions, type PositionDraft } from './find-positions';
import { findPublications, type PublicationDraft } from './find-publications';
import { findAuthorLists, findSubject } from './find-subject';
import { findTalks, type TalkDraft } from './find-talks';
import { GraphDocumentBuilder } from './graph-document-builder';
import { readAbout, type AboutFacts } from './read-about';
import { readLines, type BioLine } from './read-lines';

export { BioParseError } from './bio-parse-error';

/**
 * Parses a researcher's bio (a personal web page rendered as plain text) into a GraphDocument.
 * Everything is inferred from the layout and general vocabularies (months, degrees, job titles,
 * section names), nothing about a particular person:
 *
 * - subject: the person named in every author list (`doc.subject` is their id);
 * - papers: a title line, then an author list naming the subject (`*` = equal contribution,
 *   "A, ..., B, et al. (N authors)" = truncated, `authorCount: N`; after an ellipsis positions
 *   are lower bounds, the ellipsis counting as one author), "Abstract: ..." and, only when present,
 *   a "VENUE YEAR" line. The line above a title is a figure caption, never a paper;
 * - positions: institution line, role lines, date ranges, "Hosts:" (HostingRecord role 'host')
 *   and "Also worked with:" (role 'collaborator') lines; the About paragraph's current position,
 *   education ("my PhD in F from I") and research interests (topics);
 * - talks: a "Month Year" line followed by "Institution. Title."; a date with no talk is skipped.
 *
 * Every record carries the 1-based source `line` it came from. Odd text yields what was found;
 * BOM, CRLF and trailing spaces are ignored. Nodes are deduplicated by key.
 *
 * @param source provenance stamped on the document, e.g. "bio:seed/bio.txt".
 * @throws BioParseError when no person is named in every author list (no subject).
 */
export function parseBio(text: string, source = 'bio'): GraphDocument {
  const lines = readLines(text);
  const authorLists = findAuthorLists(lines);
  const subject = findSubject(authorLists);
  const { publications, consumed: paperLines } = findPublications(lines, authorLists, subject);
  const { talks, consumed: talkLines } = findTalks(lines, paperLines);
  const consumed = new Set([...paperLines, ...talkLines]);
  const positions = findPositions(lines, consumed);
  const about = readAbout(proseLines(lines, consumed));

  const builder = new GraphDocumentBuilder(source);
  const subjectId = builder.person(subject.name, subject.line);
  builder.document.subject = subjectId;
  addPublications(builder, publications);
  addPositions(builder, subjectId, positions, about.currentPositions);
  addAbout(builder, subjectId, about);
  addTalks(builder, subjectId, talks);
  return builder.build();
}

/** Free lines that are sentences: where the About paragraphs are. */
function proseLines(lines: BioLine[], consumed: Set<number>): BioLine[] {
  return lines.filter((line, index) => line.text !== '' && !consumed.has(index) && classifyPositionLine(line.text).kind === 'prose');
}

function addPublications(builder: GraphDocumentBuilder, publications: PublicationDraft[]): void {
  const papers = builder.document.papers;
  for (const publication of publications) {
    const id = paperKey(publication.title);
    if (papers.some((paper) => paper.id === id)) continue; // the same paper listed twice
    papers.push(
      withoutUndefined({
        id,
        title: publication.title,
        abstract: publication.abstract,
        year: publication.venue?.year,
        venue: publication.venue && builder.venue(publication.venue.name, publication.venue.line),
        authorCount: publication.authorCount,
        authors: publication.authors.map((author) => ({
          person: builder.person(author.name, publication.authorsLine),
          position: author.position,
          equalContribution: author.equalContribution,
          rawName: author.name,
        })),
        line: publication.line,
      }),
    );
  }
}

function addPositions(builder: GraphDocumentBuilder, subjectId: string, positions: PositionDraft[], current: AboutFacts['currentPositions']): void {
  const document = builder.document;
  for (const position of positions) {
    const institution = builder.institution(position.institution.name, position.institution.line);
    const period = { start: position.start, end: position.end };
    document.positions.push(withoutUndefined({ person: subjectId, institution, role: position.role, ...period, line: position.line }));
    const people = [...position.hosts.map((host) => ({ ...host, role: 'host' })), ...position.collaborators.map((collaborator) => ({ ...collaborator, role: 'collaborator' }))];
    for (const { name, line, role } of people) {
      const host = builder.person(name, line);
      document.hostings.push(withoutUndefined({ host, intern: subjectId, institution, role, ...period, line }));
    }
  }
  // "I am a Research Scientist at X" usually restates a listed position; add it only if it is new.
  for (const { role, institution: name, line } of current) {
    const institution = builder.institution(name, line);
    const listed = document.positions.some((p) => p.institution === institution && foldName(p.role) === foldName(role));
    if (!listed) document.positions.push({ person: subjectId, institution, role, line });
  }
}

function addAbout(builder: GraphDocumentBuilder, subjectId: string, about: AboutFacts): void {
  const document = builder.document;
  for (const { degree, field, institution, line } of about.education) {
    document.education.push(withoutUndefined({ person: subjectId, institution: builder.institution(institution, line), degree, field, line }));
  }
  for (const { name, line } of about.interests) {
    const topic = builder.topic(name, line);
    if (!document.interests.some((interest) => interest.topic === topic)) document.interests.push({ person: subjectId, topic, line });
  }
}

function addTalks(builder: GraphDocumentBuilder, subjectId: string, talks: TalkDraft[]): void {
  const document = builder.document;
  for (const talk of talks) {
    let id = talkKey(subjectId, talk.date, talk.title);
    // The same talk given at two places in one month must stay two talks: name the place.
    if (document.talks.some((known) => known.id === id)) id = talkKey(subjectId, talk.date, `${talk.title} ${talk.institution}`);
    document.talks.push({
      id,
      person: subjectId,
      title: talk.title,
      date: talk.date,
      institution: builder.institution(talk.institution, talk.institutionLine),
      line: talk.line,
    });
  }
}

/** Drops undefined properties, so the JSON form has no empty keys. */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
