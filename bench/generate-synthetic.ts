/**
 * A deterministic generator of realistic scholarly graphs, as a canonical GraphDocument
 * (so it goes through the real importer). Realistic here means the shapes that make graph
 * queries cheap or expensive in practice:
 * - power-law papers per author (preferential attachment: an author is picked with a
 *   probability proportional to their papers so far) and authors per paper (Pareto);
 * - repeated collaborations: co-authors are mostly drawn from an author's earlier co-authors;
 * - venues and topics with Zipf popularity; a 3-level topic hierarchy (10 × 8 × 6);
 * - years growing over time, papers generated in chronological order;
 * - citations to older papers, preferential to the already-cited ones.
 * The same `papers` and `seed` always give the same document.
 */
import { slugify, topicKey } from '../src/graph/keys';
import { emptyGraphDocument, GraphDocument, PaperRecord, PersonRecord, TopicRecord } from '../src/graph/graph-document';
import { Prng } from './synthetic/prng';
import { FIRST_NAMES, LAST_NAMES, LEAF_WORDS, QUALIFIERS, ROOT_TOPICS, TITLE_WORDS, VENUE_KINDS } from './synthetic/vocabulary';

export interface SyntheticOptions {
  papers: number;
  seed?: number;
}

/** The default seed: every benchmark and the cost guard use it unless told otherwise. */
export const DEFAULT_SEED = 20240611;

const FIRST_YEAR = 1985;
const LAST_YEAR = 2024;
/**
 * Who a first author is: a newcomer, anyone already publishing (uniform), or someone
 * prolific (preferential). Mixing uniform with preferential keeps the tail a power law
 * without one author writing a few percent of all papers, as pure preferential would.
 */
const FIRST_NEW = 0.35;
const FIRST_UNIFORM = 0.35;
/** For every further author: a previous co-author of someone already on the paper... */
const REPEAT_COLLABORATOR = 0.5;
/** ...else someone prolific, else anyone, else a newcomer. */
const PROLIFIC_AUTHOR = 0.1;
const ANY_AUTHOR = 0.15;

/** The topic hierarchy: roots, their qualified children, and leaves under those. */
function topicHierarchy(): { topics: TopicRecord[]; leaves: string[] } {
  const topics: TopicRecord[] = [];
  const leaves: string[] = [];
  for (const root of ROOT_TOPICS) {
    const rootId = topicKey(root);
    topics.push({ id: rootId, name: root });
    for (const qualifier of QUALIFIERS) {
      const middle = `${root} ${qualifier}`;
      const middleId = topicKey(middle);
      topics.push({ id: middleId, name: middle, broader: [rootId] });
      for (const word of LEAF_WORDS) {
        const leaf = `${middle} ${word}`;
        const leafId = topicKey(leaf);
        topics.push({ id: leafId, name: leaf, synonyms: [`${root} ${word}`], broader: [middleId] });
        leaves.push(leafId);
      }
    }
  }
  return { topics, leaves };
}

/** Builds the synthetic document: `papers` papers and the people, venues, topics they need. */
export function generateSyntheticGraph({ papers: paperCount, seed = DEFAULT_SEED }: SyntheticOptions): GraphDocument {
  if (!Number.isInteger(paperCount) || paperCount < 1) throw new RangeError(`papers must be a positive integer, got ${paperCount}`);
  const random = new Prng(seed);
  const document = emptyGraphDocument(`synthetic:${paperCount}@${seed}`);
  const { topics, leaves } = topicHierarchy();
  document.topics = topics;
  // Leaves in a seeded order, so that Zipf popularity does not follow the alphabet.
  const leafOrder = [...leaves];
  for (let i = leafOrder.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [leafOrder[i], leafOrder[j]] = [leafOrder[j], leafOrder[i]];
  }

  const venueCount = Math.max(20, Math.round(paperCount / 250));
  for (let v = 0; v < venueCount; v += 1) {
    const name = `${VENUE_KINDS[v % VENUE_KINDS.length]} ${ROOT_TOPICS[v % ROOT_TOPICS.length]} ${Math.floor(v / ROOT_TOPICS.length) + 1}`;
    document.venues.push({ id: `venue:${slugify(name)}`, name });
  }

  const people: PersonRecord[] = [];
  /** A person's favourite leaf topic: their papers mostly carry it. */
  const homeTopic: number[] = [];
  /** One entry per authorship: picking uniformly from it is picking proportionally to papers. */
  const authorshipPool: number[] = [];
  /** Co-authors per person, one entry per shared paper: repeat collaborations are preferential too. */
  const coauthorsOf: number[][] = [];
  const newPerson = (): number => {
    const index = people.length;
    const name = `${random.pick(FIRST_NAMES)} ${String.fromCharCode(65 + random.int(26))}. ${random.pick(LAST_NAMES)}`;
    people.push({ id: `person:${slugify(name)}-${index}`, name });
    homeTopic.push(random.zipfIndex(leafOrder.length, 1.0));
    coauthorsOf.push([]);
    return index;
  };

  /** One entry per citation received (+1 per paper): drawing from it prefers the popular. */
  const citationPool: number[] = [];
  for (let p = 0; p < paperCount; p += 1) {
    // Later years hold more papers (the field grows).
    const year = FIRST_YEAR + Math.floor((LAST_YEAR - FIRST_YEAR + 1) * Math.sqrt(p / paperCount));
    const authorTarget = random.powerLaw(1, 40, 2.4) + (random.chance(0.5) ? 1 : 0);
    const authors: number[] = [];
    const take = (person: number) => {
      if (!authors.includes(person)) authors.push(person);
    };
    const first = random.next();
    if (authorshipPool.length === 0 || first < FIRST_NEW) take(newPerson());
    else if (first < FIRST_NEW + FIRST_UNIFORM) take(random.int(people.length));
    else take(random.pick(authorshipPool));
    for (let attempts = 0; authors.length < authorTarget && attempts < authorTarget * 3; attempts += 1) {
      const roll = random.next();
      const known = coauthorsOf[random.pick(authors)];
      if (roll < REPEAT_COLLABORATOR && known.length > 0) take(random.pick(known));
      else if (roll < REPEAT_COLLABORATOR + PROLIFIC_AUTHOR && authorshipPool.length > 0) take(random.pick(authorshipPool));
      else if (roll < REPEAT_COLLABORATOR + PROLIFIC_AUTHOR + ANY_AUTHOR) take(random.int(people.length));
      else take(newPerson());
    }
    for (const a of authors) {
      authorshipPool.push(a);
      for (const b of authors) if (a !== b) coauthorsOf[a].push(b);
    }

    const home = leafOrder[homeTopic[authors[0]]];
    const paperTopics = [{ topic: home, score: round(0.6 + 0.4 * random.next()), source: 'classification' }];
    if (random.chance(0.6)) {
      const other = leafOrder[random.zipfIndex(leafOrder.length, 1.0)];
      if (other !== home) paperTopics.push({ topic: other, score: round(0.2 + 0.6 * random.next()), source: 'keyword' });
    }

    const words = Array.from({ length: 4 + random.int(5) }, () => TITLE_WORDS[random.zipfIndex(TITLE_WORDS.length, 0.9)]);
    const leafName = LEAF_WORDS.find((word) => home.endsWith(word.toLowerCase())) ?? 'Networks';
    const title = `${capitalise(words.slice(0, -1).join(' '))} for ${words[words.length - 1]} ${leafName.toLowerCase()} (${p})`;
    const abstract = `We study ${Array.from({ length: 8 }, () => TITLE_WORDS[random.zipfIndex(TITLE_WORDS.length, 0.7)]).join(' ')}.`;

    const cites = new Set<string>();
    if (p > 0) {
      const citeCount = Math.min(p, random.powerLaw(1, 60, 2.3) + 1);
      for (let c = 0; c < citeCount; c += 1) {
        const target = random.chance(0.7) ? random.pick(citationPool) : random.int(p);
        cites.add(paperId(target));
        citationPool.push(target);
      }
    }
    citationPool.push(p);

    const paper: PaperRecord = {
      id: paperId(p),
      title,
      abstract,
      year,
      venue: document.venues[random.zipfIndex(venueCount, 1.1)].id,
      authors: authors.map((person, index) => ({ person: people[person].id, position: index + 1, equalContribution: false, rawName: people[person].name })),
      topics: paperTopics,
    };
    if (cites.size > 0) paper.cites = [...cites];
    document.papers.push(paper);
  }
  document.people = people;
  return document;
}

/** Paper ids look like the model's title slugs, with a number so they stay unique. */
function paperId(index: number): string {
  return `paper:synthetic-${index}`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rows the importer writes for `document`: nodes plus relationships (what rows/s divides by). */
export function countRows(document: GraphDocument): number {
  const papers = document.papers;
  const relationships = papers.reduce((sum, paper) => sum + paper.authors.length + (paper.venue ? 1 : 0) + (paper.topics?.length ?? 0) + (paper.cites?.length ?? 0), 0);
  const broader = document.topics.reduce((sum, topic) => sum + (topic.broader?.length ?? 0), 0);
  const nodes = document.people.length + document.institutions.length + document.venues.length + document.topics.length + papers.length + document.talks.length;
  const other = document.positions.length + document.hostings.length + document.education.length + document.interests.length + document.talks.length * 2;
  return nodes + relationships + broader + other;
}
