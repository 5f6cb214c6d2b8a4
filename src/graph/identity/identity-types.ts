/**
 * The shapes the identity step works on: what one source says about an author (a mention), what
 * the graph already knows about a person (a profile), and the decisions taken between them.
 */

/** External identifiers, in the short forms of src/graph/graph-document.ts (PersonRecord). */
export interface ExternalIds {
  orcid?: string;
  /** DBLP person id ("k/DanielAKeim"). */
  dblpPid?: string;
  /** DBLP name with its homonym number ("Wei Chen 0001"). */
  dblpName?: string;
  /** OpenAlex author id ("A5023888391"). */
  openalexId?: string;
}

/** One author as one source names them, with the context of the paper(s) it comes from. */
export interface MentionContext {
  /** The raw name as the source spelled it. */
  name: string;
  ids: ExternalIds;
  /** Raw names of the other authors of the mention's paper(s). */
  coauthors: string[];
  /** Venue keys (src/graph/keys.ts: venueKey). */
  venues: string[];
  /** Topic ids. */
  topics: string[];
  /** The broader topics of `topics` (their ancestors), so that "Machine Learning" and its parent "Artificial Intelligence" are not read as disagreeing. */
  topicAncestors?: string[];
  years: number[];
}

/** What the graph knows about an existing person. */
export interface PersonProfile {
  id: string;
  /** Every name form seen for the person (aliases included). */
  names: string[];
  ids: ExternalIds;
  /** Names of co-authors, all forms. */
  coauthors: string[];
  venues: string[];
  topics: string[];
  /** The broader topics of `topics`, as on MentionContext. */
  topicAncestors?: string[];
  years: number[];
}

/** The verdict on one mention against one candidate person. */
export interface MatchDecision {
  decision: 'same' | 'possible' | 'different';
  /** 0..1; 1 for an identifier match, 0 for an identifier conflict. */
  score: number;
  /** Human-readable reasons, e.g. "ORCID 0000-0002-... matches", "2 shared co-authors: Thomas Ertl, Hans Hagen". */
  evidence: string[];
}
