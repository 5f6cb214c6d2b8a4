/**
 * Match keys for venues: two names of one venue series share a key, whatever edition,
 * abbreviation or proceedings form a source wrote ("ICLR 2024", "The Twelfth International
 * Conference on Learning Representations", DBLP's "IEEE Trans. Vis. Comput. Graph.").
 */
import { preprintServerOf } from './is-preprint-server';
import { KNOWN_VENUES, type KnownVenue } from './known-venues';
import { acronymOf, parseVenueName } from './parse-venue-name';

export interface VenueMatch {
  /** The series' preferred key, one of `keys`: "series:<id>" for a known venue, else the first of `keys`; "" when the name identifies nothing. */
  series: string;
  /**
   * Look-up keys, most specific first: "series:<id>" (known venues and preprint servers),
   * "acronym:<folded acronym>" (stated, or the initials of a conference's significant words)
   * and "name:<word stems>" (the name without editions, publishers and stop words, each word
   * as its ISO 4 abbreviation). Two venues are the same series when they share a key.
   */
  keys: string[];
  /** The acronym: the one passed, else one the name states, else the known venue's. */
  abbreviation?: string;
  /** The name to show: the known series' full name, else the cleaned name with unambiguous abbreviations spelled out, else the acronym. */
  displayName: string;
}

const PREPRINT_NAMES: Record<string, string> = {
  arxiv: 'arXiv',
  biorxiv: 'bioRxiv',
  medrxiv: 'medRxiv',
  chemrxiv: 'ChemRxiv',
  psyarxiv: 'PsyArXiv',
  techrxiv: 'TechRxiv',
  ssrn: 'SSRN',
};

/** Each key of every known venue's names → the venue. Two venues claiming one key is a bug in the table. */
const KNOWN_BY_KEY = (() => {
  const byKey = new Map<string, KnownVenue>();
  for (const venue of KNOWN_VENUES) {
    for (const form of [venue.name, venue.abbreviation, ...venue.aliases]) {
      for (const key of keysOf(form)) {
        const other = byKey.get(key);
        if (other && other !== venue) throw new Error(`known venues ${other.id} and ${venue.id} share the key ${key}`);
        byKey.set(key, venue);
      }
    }
  }
  return byKey;
})();

function keysOf(form: string): string[] {
  const acronym = acronymOf(form);
  return acronym ? [`acronym:${acronym.toLowerCase().replace(/[^a-z0-9]/g, '')}`] : parseVenueName(form).keys;
}

/**
 * Match keys and display name of a venue written as `name`, with the `abbreviation` a source
 * states separately (OpenAlex, CSL-JSON's container-title-short; an acronym or an ISO 4 form).
 *
 * Preprint servers are venues of their own here: "arXiv preprint arXiv:2309.17400", "arXiv"
 * and DBLP's "CoRR" all give series "series:arxiv" (keys ["series:arxiv"], displayName
 * "arXiv"), so that preprints meet each other; whether a paper is linked to it at all is the
 * caller's choice (see isPreprintServer). Different venues do not share keys, except that an
 * acronym is only as unique as it is in the field: two unrelated venues a source abbreviates
 * alike ("(PRL)") meet on "acronym:prl".
 */
export function venueMatchKeys(name: string, abbreviation?: string): VenueMatch {
  const server = preprintServerOf(name) ?? (abbreviation ? preprintServerOf(abbreviation) : undefined);
  if (server) {
    const displayName = PREPRINT_NAMES[server] ?? name.trim();
    return { series: `series:${server}`, keys: [`series:${server}`], abbreviation: server === 'arxiv' ? 'arXiv' : undefined, displayName };
  }
  const parsed = parseVenueName(name);
  const stated = abbreviation?.trim() ? abbreviation.trim() : undefined;
  const own = [...(stated ? keysOf(stated) : []), ...parsed.keys];
  const known = own.map((key) => KNOWN_BY_KEY.get(key)).find((venue) => venue !== undefined);
  if (known) {
    const keys = [`series:${known.id}`, ...own, ...keysOf(known.abbreviation)];
    return {
      series: `series:${known.id}`,
      keys: [...new Set(keys)],
      abbreviation: (stated && acronymOf(stated)) ?? parsed.abbreviation ?? known.abbreviation,
      displayName: known.name,
    };
  }
  const keys = [...new Set(own)];
  const acronym = (stated && acronymOf(stated)) ?? parsed.abbreviation;
  const displayName = parsed.displayName || acronym || name.trim();
  return { series: keys[0] ?? '', keys, abbreviation: acronym, displayName };
}
