/**
 * Converts the CoRA research-paper data set (McCallum's Cora in the JSON layout of the
 * APEX-WSU/CoRA repository, see ../shared/datasets/README.md) into a canonical GraphDocument.
 *
 * CoRA is meant for scale tests and benchmarks: it has no titles, abstracts, years or venues,
 * and its author names are raw strings of varying shape ("Forbus, K.", "J. Kay").
 */
import fs from 'node:fs';
import path from 'node:path';
import { topicKey } from '../../graph/keys';
import { emptyGraphDocument, type GraphDocument, type PaperRecord, type PaperTopicRecord, type PersonRecord, type TopicRecord } from '../../graph/graph-document';

export interface ConvertCoraOptions {
  /** Keep only the first N papers in ascending numeric id order, and only the citations among them. */
  limitPapers?: number;
  /**
   * Also link each paper to its 3 highest tf-idf terms (paper_terms.json + term_dictionary.json)
   * as 'keyword' topics, scored tf-idf / the paper's highest tf-idf. Off by default: reading
   * them is cheap, but the full set turns ~9,300 single words ("non", "three", "using") into
   * Topic nodes, which drowns the 81 real classes.
   */
  keywordTerms?: boolean;
}

type Json = unknown;

/**
 * `nanAsNull`: term_dictionary.json was written by Python and holds one bare `NaN` (a term,
 * probably "nan", that pandas read as a number), which is not JSON; it is read as null and skipped.
 */
function readJson(dir: string, file: string, nanAsNull = false): Json {
  const full = path.join(dir, file);
  try {
    const text = fs.readFileSync(full, 'utf8');
    return JSON.parse(nanAsNull ? text.replace(/:\s*NaN(?=\s*[,}])/g, ': null') : text);
  } catch (error) {
    throw new Error(`Cannot read CoRA file ${full}: ${(error as Error).message}`);
  }
}

function asObject(value: Json, file: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`CoRA ${file}: expected a JSON object`);
  return value as Record<string, Json>;
}

function asIdList(value: Json, file: string, key: string): string[] {
  if (!Array.isArray(value)) throw new Error(`CoRA ${file}: "${key}" is not an array`);
  return value.map((item) => {
    if (typeof item !== 'string' && typeof item !== 'number') throw new Error(`CoRA ${file}: "${key}" holds a non-id ${JSON.stringify(item)}`);
    return String(item);
  });
}

const NAME_SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/**
 * "Forbus, K." → "K. Forbus", so CoRA names read like those of other importers. Names with
 * several commas ("F. Noel, L. Hornof, C. Consel": several people under one id in the source)
 * or a suffix after the comma are left as they are.
 */
function displayName(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  const parts = name.split(',').map((part) => part.trim());
  if (parts.length === 2 && parts[0] !== '' && parts[1] !== '' && !NAME_SUFFIX.test(parts[1])) return `${parts[1]} ${parts[0]}`;
  return name;
}

/** "Data_Structures__Algorithms_and_Theory" → "Data Structures, Algorithms and Theory". */
function className(segment: string): string {
  return segment.replace(/__/g, ', ').replace(/_/g, ' ').trim();
}

/**
 * Reads `dir`/paper_authors.json, author_names.json, paper_references.json and
 * classification_papers.json (plus paper_terms.json and term_dictionary.json with
 * `keywordTerms`) and returns a document with source `cora:<dir>`:
 * - papers: one per key of paper_authors.json (papers that appear only in the references or
 *   the classification have no authors and are left out), in ascending numeric id order;
 *   id `cora:<paper id>`, title `CoRA paper <paper id>` (CoRA has no titles), authors in
 *   source order (equalContribution false, rawName the source string); `cites` the cited
 *   papers that are in the document, in file order, without duplicates. Self-citations
 *   (1,911 in the full set) are kept: they are in the source, and dropping them silently
 *   would make citation counts disagree with it. `topics` the paper's most specific class(es),
 *   source 'classification', score 1. Empty `cites` / `topics` are omitted;
 * - people: one per author id of the kept papers, in order of first appearance; id
 *   `cora-author:<author id>`, name from author_names.json ("Last, First" turned round),
 *   the source spelling in `aliases` when it differs. Author ids are never merged, even when
 *   names look alike ("S. Russell" / "Russell, S."): the names are too sparse (initials,
 *   surname only) to tell people apart, and CoRA's ids are the only identity it asserts;
 * - topics: every level of the class paths used, sorted by path. The id is topicKey of the
 *   full path prefix ("Artificial_Intelligence/Machine_Learning" →
 *   topic:artificial-intelligence-machine-learning), so leaves with the same name under
 *   different parents ("Logic") stay distinct; name is the humanised last segment;
 *   `broader` is the parent's id.
 * Throws an Error naming the file when a file is missing or malformed, and for a bad limit.
 */
export function convertCora(dir: string, options: ConvertCoraOptions = {}): GraphDocument {
  const { limitPapers, keywordTerms = false } = options;
  if (limitPapers !== undefined && !(Number.isInteger(limitPapers) && limitPapers >= 0)) {
    throw new Error(`limitPapers must be a non-negative integer, got ${limitPapers}`);
  }
  const document = emptyGraphDocument(`cora:${dir}`);

  const paperAuthors = asObject(readJson(dir, 'paper_authors.json'), 'paper_authors.json');
  const authorNames = asObject(readJson(dir, 'author_names.json'), 'author_names.json');
  const references = readJson(dir, 'paper_references.json');
  const classification = asObject(readJson(dir, 'classification_papers.json'), 'classification_papers.json');
  if (!Array.isArray(references)) throw new Error('CoRA paper_references.json: expected a JSON array of [citing, cited] pairs');

  let paperIds = Object.keys(paperAuthors).sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (limitPapers !== undefined) paperIds = paperIds.slice(0, limitPapers);
  const kept = new Set(paperIds);

  const cites = new Map<string, Set<string>>();
  for (const pair of references as Json[]) {
    if (!Array.isArray(pair) || pair.length !== 2) throw new Error(`CoRA paper_references.json: bad pair ${JSON.stringify(pair)}`);
    const [citing, cited] = asIdList(pair, 'paper_references.json', 'pair');
    if (!kept.has(citing) || !kept.has(cited)) continue;
    const list = cites.get(citing) ?? new Set<string>();
    list.add(cited);
    cites.set(citing, list);
  }

  // The class lists name a paper under its leaf and under every ancestor of it; link the leaves only.
  const classesOf = new Map<string, string[]>();
  for (const [classPath, ids] of Object.entries(classification)) {
    for (const id of asIdList(ids, 'classification_papers.json', classPath)) {
      if (!kept.has(id)) continue;
      const list = classesOf.get(id) ?? [];
      list.push(classPath);
      classesOf.set(id, list);
    }
  }
  const leavesOf = (paths: string[]): string[] => paths.filter((candidate) => !paths.some((other) => other.startsWith(`${candidate}/`))).sort();

  const keywordsOf = keywordTerms ? readKeywordTerms(dir, kept) : new Map<string, { term: string; score: number }[]>();

  const people = new Map<string, PersonRecord>();
  const topics = new Map<string, TopicRecord>();
  const pathOfTopic = new Map<string, string>();
  const idOfPath = new Map<string, string>();
  const addClass = (classPath: string): string => {
    const known = idOfPath.get(classPath);
    if (known !== undefined) return known;
    const id = topicKey(classPath);
    idOfPath.set(classPath, id);
    const previous = pathOfTopic.get(id);
    if (previous !== undefined && previous !== classPath) throw new Error(`CoRA classes "${previous}" and "${classPath}" have the same key ${id}`);
    if (previous === undefined) {
      pathOfTopic.set(id, classPath);
      const segments = classPath.split('/');
      const topic: TopicRecord = { id, name: className(segments[segments.length - 1]) };
      if (segments.length > 1) topic.broader = [addClass(segments.slice(0, -1).join('/'))];
      topics.set(id, topic);
    }
    return id;
  };

  for (const paperId of paperIds) {
    const authorIds = asIdList(paperAuthors[paperId], 'paper_authors.json', paperId);
    const paper: PaperRecord = {
      id: `cora:${paperId}`,
      title: `CoRA paper ${paperId}`,
      authors: authorIds.map((authorId, index) => {
        const raw = authorNames[authorId];
        if (typeof raw !== 'string') throw new Error(`CoRA author_names.json: no name for author ${authorId} of paper ${paperId}`);
        const person = `cora-author:${authorId}`;
        if (!people.has(person)) {
          // A single letter ("S", "Z") is no name: the id stands in, and the letter stays the authorship's raw name.
          const shown = displayName(raw);
          const name = shown.length >= 2 ? shown : `CoRA author ${authorId}`;
          const record: PersonRecord = { id: person, name };
          if (shown.length >= 2 && raw.trim() !== name) record.aliases = [raw.trim()];
          people.set(person, record);
        }
        return { person, position: index + 1, equalContribution: false, rawName: raw };
      }),
    };
    const links: PaperTopicRecord[] = leavesOf(classesOf.get(paperId) ?? []).map((leaf) => ({
      topic: addClass(leaf),
      score: 1,
      source: 'classification',
    }));
    for (const { term, score } of keywordsOf.get(paperId) ?? []) {
      const id = topicKey(term);
      if (!topics.has(id)) topics.set(id, { id, name: term });
      if (!links.some((link) => link.topic === id)) links.push({ topic: id, score, source: 'keyword' });
    }
    if (links.length > 0) paper.topics = links;
    const cited = cites.get(paperId);
    if (cited) paper.cites = [...cited].map((id) => `cora:${id}`);
    document.papers.push(paper);
  }

  document.people = [...people.values()];
  // Classes sorted by path (a parent sorts before its children), then keyword terms by name.
  const isClass = (topic: TopicRecord) => pathOfTopic.has(topic.id);
  document.topics = [
    ...[...topics.values()].filter(isClass).sort((a, b) => compare(pathOfTopic.get(a.id)!, pathOfTopic.get(b.id)!)),
    ...[...topics.values()].filter((topic) => !isClass(topic)).sort((a, b) => compare(a.id, b.id)),
  ];
  return document;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The 3 highest tf-idf terms of each kept paper (ties by term), scored relative to the paper's highest. */
function readKeywordTerms(dir: string, kept: Set<string>): Map<string, { term: string; score: number }[]> {
  const paperTerms = asObject(readJson(dir, 'paper_terms.json'), 'paper_terms.json');
  const dictionary = asObject(readJson(dir, 'term_dictionary.json', true), 'term_dictionary.json');
  const result = new Map<string, { term: string; score: number }[]>();
  for (const paperId of kept) {
    const weights = paperTerms[paperId];
    if (weights === undefined) continue;
    const entries = Object.entries(asObject(weights, 'paper_terms.json')).flatMap(([termId, weight]) => {
      const term = dictionary[termId];
      if (typeof term !== 'string' || typeof weight !== 'number' || !(weight > 0)) return [];
      return topicKey(term) === 'topic:' ? [] : [{ term, weight }];
    });
    entries.sort((a, b) => b.weight - a.weight || compare(a.term, b.term));
    const top = entries.slice(0, 3);
    if (top.length === 0) continue;
    result.set(
      paperId,
      top.map(({ term, weight }) => ({ term, score: Math.max(0.001, Math.round((weight / top[0].weight) * 1000) / 1000) })),
    );
  }
  return result;
}
