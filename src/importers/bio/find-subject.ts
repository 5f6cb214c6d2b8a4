import { personKey } from '../../graph/keys';
import { BioParseError } from './bio-parse-error';
import type { BioLine } from './read-lines';
import { splitAuthorList, type AuthorList } from './split-author-list';

/** An author list found in the text, with where it was. */
export interface AuthorListLine {
  index: number;
  line: number;
  list: AuthorList;
}

/** The person the bio is about. */
export interface Subject {
  id: string;
  /** Spelled as in the first author list that names them, without marks. */
  name: string;
  line: number;
}

/**
 * Lines that read as author lists. A lone name is not enough (institution and role lines look
 * like names too): a list needs two names, or one name and an ellipsis / "et al.".
 */
export function findAuthorLists(lines: BioLine[]): AuthorListLine[] {
  const found: AuthorListLine[] = [];
  lines.forEach(({ text, line }, index) => {
    const list = text === '' ? undefined : splitAuthorList(text);
    if (list && (list.authors.length >= 2 || list.truncated)) found.push({ index, line, list });
  });
  return found;
}

/**
 * The subject is the person named in every author list (matched by key, so spelling variants
 * and `*` marks meet). If several people are in every list (e.g. a single paper), the first of
 * them in the first list wins. Throws BioParseError when there is no such person.
 */
export function findSubject(lists: AuthorListLine[]): Subject {
  if (lists.length === 0) {
    throw new BioParseError('could not find the subject: the text has no author list');
  }
  const common = lists
    .slice(1)
    .reduce(
      (ids, { list }) => new Set(list.authors.map((author) => personKey(author.name)).filter((id) => ids.has(id))),
      new Set(lists[0].list.authors.map((author) => personKey(author.name))),
    );
  const first = lists[0].list.authors.find((author) => common.has(personKey(author.name)));
  if (!first) {
    throw new BioParseError('could not find the subject: no author list names the same person in every publication');
  }
  return { id: personKey(first.name), name: first.name, line: lists[0].line };
}
