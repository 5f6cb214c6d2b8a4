/** "Institution. Title." read apart. */
export interface TalkLine {
  institution: string;
  title: string;
}

// A ". " after one of these is not the end of the institution's name ("J.P. Morgan", "St. Louis").
const INITIALS = /(?:^|[\s.])\p{Lu}$/u;
const ABBREVIATIONS = new Set(['st', 'inc', 'ltd', 'co', 'corp', 'dr', 'prof', 'univ', 'dept', 'inst', 'jr', 'sr', 'mt', 'no', 'vs', 'assoc', 'intl', 'natl']);

/**
 * Splits a talk line at the first ". " that ends the institution: "J.P. Morgan AI Research.
 * Self-Tuning Networks." → {institution: "J.P. Morgan AI Research", title: "Self-Tuning Networks"}.
 * A ". " right after an initial or a common abbreviation does not count, unless there is no
 * other. The title keeps a closing "?" or "!" but loses a closing ".". Undefined when the line
 * has no such split (or is a labelled line such as "Hosts: ...").
 */
export function splitTalkLine(text: string): TalkLine | undefined {
  const stops = [...text.matchAll(/\.\s+/g)].map((match) => ({ at: match.index, next: match.index + match[0].length }));
  const stop = stops.find(({ at }) => !endsWithInitialOrAbbreviation(text.slice(0, at))) ?? stops[0];
  if (!stop) return undefined;
  const institution = text.slice(0, stop.at).trim();
  const title = text.slice(stop.next).replace(/\.$/, '').trim();
  if (institution === '' || title === '' || institution.includes(':')) return undefined;
  return { institution, title };
}

function endsWithInitialOrAbbreviation(before: string): boolean {
  const lastWord = before.split(/\s+/).pop() ?? '';
  return INITIALS.test(lastWord) || ABBREVIATIONS.has(lastWord.toLowerCase());
}
