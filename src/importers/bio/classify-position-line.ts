import { parseDateRange, type DateRange } from './parse-date-range';

/** What one line of a positions block says. */
export type PositionLine =
  { kind: 'people'; role: 'host' | 'collaborator'; names: string[] } | { kind: 'dates'; range: DateRange } | { kind: 'description' } | { kind: 'plain' } | { kind: 'prose' };

const HOSTS = /^(?:hosts?|host\(s\)|advisors?|supervisors?|mentors?|managers?)\s*:\s*(.+)$/i;
const COLLABORATORS = /^(?:(?:also\s+)?(?:worked|working)\s+with|collaborators?)\s*:?\s+(.+)$/i;
const DESCRIPTION = /^(?:worked|working|work)\s+(?:on|in)\b/i;
const NAME_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/;
/** Institution and role lines are short; longer lines and first-person sentences are prose. */
const MAX_PLAIN_WORDS = 8;
const FIRST_PERSON = /^(?:I|I'm|I’m|My)\s/;

/**
 * Classifies a line of a positions block: "Hosts: A and B", "Also worked with: X and Y",
 * a date range, a "Worked on ..." description, a short plain line (an institution or a role),
 * or prose (the About paragraphs), which the positions reader ignores.
 */
export function classifyPositionLine(text: string): PositionLine {
  const hosts = HOSTS.exec(text);
  if (hosts) return { kind: 'people', role: 'host', names: splitNames(hosts[1]) };
  const collaborators = COLLABORATORS.exec(text);
  if (collaborators) return { kind: 'people', role: 'collaborator', names: splitNames(collaborators[1]) };
  const range = parseDateRange(text);
  if (range) return { kind: 'dates', range };
  if (DESCRIPTION.test(text)) return { kind: 'description' };
  const isProse = FIRST_PERSON.test(text) || text.split(/\s+/).length > MAX_PLAIN_WORDS;
  return isProse ? { kind: 'prose' } : { kind: 'plain' };
}

/** "Jeff Donahue and Karen Simonyan" → both names; drops a final period and lower-case words. */
function splitNames(text: string): string[] {
  return text
    .replace(/\.$/, '')
    .split(NAME_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => /^[\p{Lu}\p{Lo}]/u.test(name));
}
