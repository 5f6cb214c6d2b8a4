/**
 * Links the papers and interests of a document to the topics of a vocabulary.
 */
import { topicKey } from '../../graph/keys';
import type { GraphDocument, PaperRecord, PaperTopicRecord, TopicRecord } from '../../graph/graph-document';
import { TopicMatcher } from './topic-matcher';
import type { TopicVocabulary } from './topic-vocabulary';

/** A title names what a paper is about; an abstract also mentions what it uses or compares with. */
const TITLE_WEIGHT = 3;
const ABSTRACT_WEIGHT = 1;
/** Evidence at which a topic scores 0.5: one title match. */
const HALF_SCORE_EVIDENCE = 3;

/**
 * Evidence of each topic in a paper: TITLE_WEIGHT per distinct term matched in the title plus
 * ABSTRACT_WEIGHT per distinct term matched in the abstract. Distinct terms, not occurrences:
 * repeating one phrase (a method's name used throughout) is style, while different synonyms
 * of a topic ("diffusion models", "Stable Diffusion") are independent evidence.
 */
function evidence(matcher: TopicMatcher, paper: PaperRecord): Map<string, number> {
  const result = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    const terms = new Map<string, string>();
    for (const match of matcher.match(text ?? '')) terms.set(match.term, match.topic);
    for (const topic of terms.values()) result.set(topic, (result.get(topic) ?? 0) + weight);
  };
  add(paper.title, TITLE_WEIGHT);
  add(paper.abstract, ABSTRACT_WEIGHT);
  return result;
}

/** Saturating map of evidence onto (0, 1): comparable across papers, 3 decimals for stable output. */
function score(raw: number): number {
  return Math.round((raw / (raw + HALF_SCORE_EVIDENCE)) * 1000) / 1000;
}

/** Keeps the first link per (topic, source), with the highest score among duplicates. */
function dedupeLinks(links: PaperTopicRecord[]): PaperTopicRecord[] {
  const byKey = new Map<string, PaperTopicRecord>();
  for (const link of links) {
    const key = `${link.source}\u0000${link.topic}`;
    const previous = byKey.get(key);
    if (!previous) byKey.set(key, { ...link });
    else previous.score = Math.max(previous.score, link.score);
  }
  return [...byKey.values()];
}

/**
 * Returns a new document (the input is not modified) in which:
 * - every paper has a PaperTopicRecord `{topic, score, source: 'vocabulary'}` for each
 *   vocabulary topic whose name or synonym occurs in its title or abstract (see TopicMatcher
 *   for the matching rules), highest score first; score = e / (e + 3) with e = 3 per distinct
 *   title term + 1 per distinct abstract term, so one title match scores 0.5 and one abstract
 *   match 0.25. Previous 'vocabulary' links are replaced (re-tagging is idempotent); links of
 *   other sources ('keyword', ...) are kept;
 * - a document topic whose id is a vocabulary id or the key of a vocabulary term (topic:llms),
 *   or whose whole name or synonym is a vocabulary term ("LLMs"), is replaced by that
 *   vocabulary topic, and every reference to it (interests, paper links, broader) is
 *   re-pointed, so the "LLMs" interest becomes the "Large language models" topic. Interests
 *   naming an id without a TopicRecord are mapped by key the same way. Name matching is not
 *   applied to topics of another taxonomy (with broader links, named as broader, or linked
 *   from a paper by a source other than 'keyword'): their names are only unique within their
 *   parent. Unmatched document topics are kept unchanged;
 * - `topics` holds the kept document topics, then the vocabulary topics that are referenced
 *   plus all their broader ancestors, in vocabulary order.
 */
export function tagTopics(document: GraphDocument, vocabulary: TopicVocabulary): GraphDocument {
  const matcher = new TopicMatcher(vocabulary.topics);
  const vocabularyById = new Map(vocabulary.topics.map((topic) => [topic.id, topic]));

  // topicKey of every name and synonym, for references by id ("topic:llms"); a key two topics share is unusable.
  const byKey = new Map<string, string | null>();
  for (const topic of vocabulary.topics) {
    for (const term of [topic.name, ...(topic.synonyms ?? [])]) {
      const key = topicKey(term);
      const previous = byKey.get(key);
      byKey.set(key, previous === undefined || previous === topic.id ? topic.id : null);
    }
  }
  const byId = (id: string): string | undefined => (vocabularyById.has(id) ? id : (byKey.get(id) ?? undefined));

  const documentTopics = new Map(document.topics.map((topic) => [topic.id, topic]));
  // Topics of another taxonomy (CoRA's "Programming/Logic") keep their place: matching them by
  // name would fold distinct classes ("Programming/Logic", "Theory/Logic") into one.
  const taxonomy = new Set<string>();
  for (const topic of document.topics) {
    if (topic.broader?.length) taxonomy.add(topic.id);
    topic.broader?.forEach((id) => taxonomy.add(id));
  }
  for (const paper of document.papers) {
    for (const link of paper.topics ?? []) if (link.source !== 'keyword' && link.source !== 'vocabulary') taxonomy.add(link.topic);
  }
  const replaced = new Map<string, string>();
  for (const topic of document.topics) {
    const byName = () => (taxonomy.has(topic.id) ? undefined : [topic.name, ...(topic.synonyms ?? [])].map((term) => matcher.matchWhole(term)).find((id) => id !== undefined));
    const target = byId(topic.id) ?? byName();
    if (target !== undefined) replaced.set(topic.id, target);
  }
  const resolve = (id: string): string => replaced.get(id) ?? (documentTopics.has(id) ? id : (byId(id) ?? id));

  // Work on a deep copy so the caller's document is never touched.
  const result = structuredClone(document);
  const order = new Map(vocabulary.topics.map((topic, index) => [topic.id, index]));
  for (const paper of result.papers) {
    const others = (paper.topics ?? []).filter((link) => link.source !== 'vocabulary').map((link) => ({ ...link, topic: resolve(link.topic) }));
    const found = [...evidence(matcher, paper)]
      .map(([topic, raw]): PaperTopicRecord => ({ topic, score: score(raw), source: 'vocabulary' }))
      .sort((a, b) => b.score - a.score || order.get(a.topic)! - order.get(b.topic)!);
    const topics = dedupeLinks([...others, ...found]);
    if (topics.length > 0) paper.topics = topics;
    else delete paper.topics;
  }

  const seenInterests = new Set<string>();
  result.interests = result.interests.filter((interest) => {
    interest.topic = resolve(interest.topic);
    const key = `${interest.person}\u0000${interest.topic}`;
    if (seenInterests.has(key)) return false; // "LLMs" and "large language models" both listed
    seenInterests.add(key);
    return true;
  });

  const kept = result.topics.filter((topic) => !replaced.has(topic.id));
  for (const topic of kept) if (topic.broader) topic.broader = [...new Set(topic.broader.map(resolve))];

  const used = new Set<string>();
  const use = (id: string): void => {
    const topic = vocabularyById.get(id);
    if (!topic || used.has(id)) return;
    used.add(id);
    (topic.broader ?? []).forEach(use);
  };
  replaced.forEach(use);
  result.papers.forEach((paper) => paper.topics?.forEach((link) => use(link.topic)));
  result.interests.forEach((interest) => use(interest.topic));
  kept.forEach((topic) => topic.broader?.forEach(use));
  const added = vocabulary.topics
    .filter((topic) => used.has(topic.id))
    .map((topic): TopicRecord => ({ ...topic, synonyms: [...(topic.synonyms ?? [])], broader: [...(topic.broader ?? [])] }));

  result.topics = [...kept, ...added];
  return result;
}
