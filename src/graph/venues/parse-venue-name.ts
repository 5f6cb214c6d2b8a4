/**
 * Reduces one written form of a venue to what is the same across its editions: no years,
 * ordinals, "Proceedings of the", places or dates after commas; acronyms it states in
 * parentheses, before a colon or between dashes are set apart as its abbreviation.
 */
import { stripDiacritics } from '../keys';
import { DISPLAY_EXPANSIONS, venueWordStem } from './venue-word-stems';

export interface ParsedVenueName {
  /** The cleaned name as written, for display: "Int. Conf. on Learning Representations"; empty when the name was only an acronym. */
  name: string;
  /** The same with unambiguous abbreviations spelled out: "International Conference on Learning Representations". */
  displayName: string;
  /** An acronym the text states ("ICLR" from "(ICLR '24)", "CHI '19: ...", "ICLR 2024"). */
  abbreviation?: string;
  /**
   * Match keys, most specific first: "acronym:<abbreviation>", "name:<word stems>" and, for
   * conferences and transactions, "acronym:<initials of the significant words>".
   */
  keys: string[];
}

const UNITS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const TEENS = 'tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TENTHS = 'twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth';
const ORDINAL = new RegExp(`\\b(?:(?:${TENS})[-\\s]?(?:${UNITS})|${TENTHS}|${TEENS}|${UNITS}|\\d+(?:st|nd|rd|th))\\b`, 'gi');
const YEAR = /\b(?:1[89]|20)\d\d\b|['\u2018\u2019]\d\d\b/g;
/** Words that name an edition, not a series. "Proceedings" goes anywhere except where it is the name ("Proceedings of the IEEE"). */
const EDITION = /\b(?:annual|biennial|edition|proc\.|proceedings|(?:vol\.|volume|part|no\.)\s*[\divx]+)(?=\s|$|[,:;])/gi;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** Publishers and sponsors: "IEEE/CVF Conference on ..." and "Conference on ..." are one series. */
const PUBLISHERS = new Set(['ieee', 'acm', 'cvf', 'ieee/cvf', 'siam', 'springer', 'elsevier', 'eg', 'eurographics/ieee', 'the']);
const STOPWORDS = new Set(['of', 'on', 'the', 'and', 'for', 'in', 'a', 'an', 'to', 'at', 'with', '&', 'de', 'und']);
/** Words left around an acronym that do not make it another venue: "SIGGRAPH Conference Papers" is SIGGRAPH. */
const GENERIC = new Set(['conf', 'proc', 'papers', 'paper', 'technical', 'track', 'main', 'full']);
/** Word stems that make a name a conference (or an IEEE-style transactions), whose acronyms are their initials. */
const CONFERENCE_WORDS = new Set(['conf', 'symp', 'workshop', 'meeting', 'congress', 'colloquium', 'trans']);
/** Word stems that make a name a venue's name rather than a field's ("Computer Vision" in "Computer Vision - ECCV 2020"). */
const VENUE_WORDS = new Set([...CONFERENCE_WORDS, 'j', 'lett', 'rev', 'forum', 'mag', 'ann', 'surv', 'bulletin', 'quarterly']);
/** After a colon, the second half repeats the first as a proceedings title ("... 36: Annual Conference on ..."). */
const PROCEEDINGS_SUBTITLE = /^(?:the\s+)?(?:annual|proceedings|proc\.|international|conference|workshop|symposium|\d|first|second|third)/i;

/** A single acronym-like token ("ICLR", "NeurIPS", "EMNLP-IJCNLP", "CoRL"), once years and publishers are gone, else undefined. */
export function acronymOf(text: string): string | undefined {
  const tokens = clean(text)
    .split(/[\s]+/)
    .filter((token) => token && !PUBLISHERS.has(token.toLowerCase()));
  if (tokens.length !== 1) return undefined;
  const [token] = tokens;
  const capitals = token.replace(/[^A-Z]/g, '').length;
  return /^[A-Za-z][A-Za-z0-9&+\-/]*$/.test(token) && capitals >= 2 && token.length <= 16 && token !== token.toLowerCase() ? token : undefined;
}

function clean(text: string): string {
  return text
    .replace(YEAR, ' ')
    .replace(ORDINAL, ' ')
    .replace(/(?<![\w.])\d+(?![\w.])/g, ' ') // volume numbers: "Advances in Neural Information Processing Systems 35"
    .replace(/\s+/g, ' ')
    .trim();
}

/** A comma segment that is a place or a date ("Vienna", "Austria", "May 7-11"), or any other tail of a DBLP booktitle. */
function isTail(segment: string): boolean {
  return segment === '' || MONTH.test(segment) || /^[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,3}$/u.test(segment) || /^\d/.test(segment);
}

function foldAcronym(acronym: string): string {
  return stripDiacritics(acronym)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The significant words of a cleaned name as stems: no stop words and, unless asked, no publishers. */
function stems(name: string, keepPublishers = false): string[] {
  return stripDiacritics(name)
    .toLowerCase()
    .split(/[\s\-–—/:,;()]+/)
    .map((word) => word.replace(/^[^a-z0-9&]+|[^a-z0-9&]+$/g, ''))
    .filter((word) => word && !STOPWORDS.has(word) && (keepPublishers || !PUBLISHERS.has(word)))
    .map(venueWordStem);
}

function removeEditionWords(text: string): string {
  const stripped = clean(text.replace(EDITION, ' '))
    .replace(/^(?:in:?\s+)?(?:the\s+)?(?:of\s+(?:the\s+)?)?/i, '')
    .replace(/\s+(?:of|on|the)$/i, '')
    .trim();
  // "Proceedings of the IEEE" is a journal: when nothing but a publisher is left, the edition words were its name.
  const rest = stems(stripped).filter((word) => !GENERIC.has(word));
  return rest.length > 0 ? stripped : clean(text);
}

function expandForDisplay(name: string): string {
  return name
    .replace(/\b([A-Za-z]+)\./g, (whole, word: string) => DISPLAY_EXPANSIONS[word.toLowerCase()] ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Parses one written form of a venue name. Pure and total: any string gives a result, with
 * no keys when nothing identifying is left. See ParsedVenueName for the parts.
 */
export function parseVenueName(raw: string): ParsedVenueName {
  const acronyms: string[] = [];
  let text = raw
    .normalize('NFC')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^in:?\s+/i, '');
  // Parentheses hold an acronym ("(ICLR '24)") or an aside ("(Volume 1: Long Papers)"): neither is the name.
  while (/\([^()]*\)/.test(text)) {
    text = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
      const acronym = acronymOf(inner);
      if (acronym) acronyms.push(acronym);
      return ' ';
    });
  }
  const colon = text.split(/\s*:\s+/);
  if (colon.length > 1) {
    const before = acronymOf(colon[0]);
    if (before) {
      acronyms.push(before); // "CHI '19: Proceedings of the 2019 CHI Conference on ..."
      text = colon.slice(1).join(' ');
    } else if (PROCEEDINGS_SUBTITLE.test(clean(colon[1]))) {
      text = colon[0];
    } else {
      text = colon.join(' '); // "Machine Learning: Science and Technology" is a journal of its own
    }
  }
  // Springer's "Computer Vision - ECCV 2020 - 16th European Conference": keep the first part that is not an acronym.
  const dashed = text.split(/\s+[-–—]\s+/);
  if (dashed.length > 1) {
    const parts = dashed.filter((part) => {
      const acronym = acronymOf(part);
      if (acronym) acronyms.push(acronym);
      return !acronym;
    });
    text = parts[0] ?? '';
  }
  // DBLP's "..., NeurIPS 2023, New Orleans, LA, USA, December 10 - 16, 2023": places and dates go, acronyms are kept.
  // A comma followed by "and" is a list inside the name ("Computer Vision, Graphics, and Image Processing").
  if (!/,\s*(?:and|&|or)\s/i.test(text)) {
    const [first, ...rest] = text.split(/\s*,\s*/);
    for (const segment of rest) {
      const acronym = acronymOf(segment);
      if (acronym) acronyms.push(acronym);
      else if (!isTail(clean(segment.replace(EDITION, ' ')))) break;
    }
    text = first;
  }
  // A final dot stays: at the end of DBLP's names it belongs to an abbreviation ("Comput. Graph.").
  let name = removeEditionWords(text).replace(/^[\s.,;:'"-]+|[\s,;:'"-]+$/g, '');

  let words = stems(name);
  // "Proceedings of the IEEE": when only a publisher is left, the publisher is the name.
  if (!words.some((word) => !GENERIC.has(word))) words = stems(name, true);
  const significant = words.filter((word) => !GENERIC.has(word));
  const tokens = name.split(/\s+/).filter((token) => token && !PUBLISHERS.has(token.toLowerCase()) && !GENERIC.has(venueWordStem(token.toLowerCase())));
  const whole = tokens.length === 1 ? acronymOf(tokens[0]) : undefined;
  if (whole) {
    acronyms.unshift(whole); // "ICLR 2024", "IEEE VIS", "ACM SIGGRAPH 2023 Conference Proceedings"
    name = '';
  }

  const keys: string[] = [];
  const abbreviation = acronyms[0];
  for (const acronym of acronyms) keys.push(`acronym:${foldAcronym(acronym)}`);
  const isVenueName = words.some((word) => VENUE_WORDS.has(word));
  if (name && significant.length > 0 && (acronyms.length === 0 || isVenueName)) keys.push(`name:${words.join(' ')}`);
  if (name && significant.length >= 3 && words.some((word) => CONFERENCE_WORDS.has(word))) keys.push(`acronym:${words.map((word) => word[0]).join('')}`);
  return { name, displayName: expandForDisplay(name), abbreviation, keys: [...new Set(keys)] };
}
