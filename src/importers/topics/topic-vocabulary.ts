/**
 * Loads the topic vocabulary (seed/topics.json by default): a JSON array of
 * `{"name": string, "synonyms"?: string[], "broader"?: string[]}`, where `broader` names
 * other topics of the file and the broader/narrower links form a DAG.
 */
import fs from 'node:fs';
import path from 'node:path';
import { topicKey } from '../../graph/keys';
import type { TopicRecord } from '../../graph/graph-document';
import { TopicMatcher } from './topic-matcher';

export interface TopicVocabulary {
  /** The file the vocabulary was read from. */
  source: string;
  /** In file order; `id` is topicKey(name), `broader` holds ids of topics of this list. */
  topics: TopicRecord[];
}

const ENTRY_KEYS = new Set(['name', 'synonyms', 'broader']);

/** The repository root, found from this file so the default works from src/ (ts-jest) and dist/src/. */
function defaultPath(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve('seed/topics.json');
    dir = parent;
  }
  return path.join(dir, 'seed', 'topics.json');
}

function stringList(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    throw new Error(`${what} must be an array of non-empty strings`);
  }
  return value.map((item: string) => item.trim());
}

/** Throws with the cycle spelled out ("A → B → A") if the broader links are not a DAG. */
function assertAcyclic(topics: TopicRecord[], file: string): void {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: TopicRecord[] = [];
  const visit = (topic: TopicRecord): void => {
    if (state.get(topic.id) === 'done') return;
    if (state.get(topic.id) === 'visiting') {
      const cycle = [...stack.slice(stack.indexOf(topic)), topic].map((item) => item.name).join(' → ');
      throw new Error(`${file}: the broader topics form a cycle: ${cycle}`);
    }
    state.set(topic.id, 'visiting');
    stack.push(topic);
    for (const id of topic.broader ?? []) visit(byId.get(id)!);
    stack.pop();
    state.set(topic.id, 'done');
  };
  topics.forEach(visit);
}

/**
 * Reads and validates a topic vocabulary. Throws an Error naming the file and the topic when
 * the JSON is malformed, an entry has a missing name or unknown field, two entries share a
 * name (by topicKey), a broader name is not a topic of the file, the broader links have a
 * cycle, or one synonym belongs to two topics. Synonyms are trimmed and de-duplicated.
 */
export function loadTopicVocabulary(file: string = defaultPath()): TopicVocabulary {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read topic vocabulary ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: a topic vocabulary is a JSON array of topics`);

  const entries = data.map((entry: unknown, index) => {
    const where = `${file}: topic #${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new Error(`${where} is not an object`);
    const record = entry as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !ENTRY_KEYS.has(key));
    if (unknown.length > 0) throw new Error(`${where} has unknown field(s): ${unknown.join(', ')}`);
    if (typeof record.name !== 'string' || record.name.trim() === '') throw new Error(`${where} has no name`);
    const name = record.name.trim();
    return {
      name,
      synonyms: [...new Set(stringList(record.synonyms, `${file}: synonyms of "${name}"`))],
      broader: stringList(record.broader, `${file}: broader of "${name}"`),
    };
  });

  const idByName = new Map<string, string>();
  const nameById = new Map<string, string>();
  for (const entry of entries) {
    const id = topicKey(entry.name);
    if (id === 'topic:') throw new Error(`${file}: topic name "${entry.name}" has no letters or digits`);
    const clash = nameById.get(id);
    if (clash !== undefined) throw new Error(`${file}: topics "${clash}" and "${entry.name}" have the same key ${id}`);
    idByName.set(entry.name, id);
    nameById.set(id, entry.name);
  }
  // Broader names are resolved by key, so "machine learning" finds "Machine learning".
  const knownIds = new Set(idByName.values());
  const topics: TopicRecord[] = entries.map((entry) => ({
    id: idByName.get(entry.name)!,
    name: entry.name,
    synonyms: entry.synonyms,
    broader: [
      ...new Set(
        entry.broader.map((name) => {
          const id = topicKey(name);
          if (!knownIds.has(id)) throw new Error(`${file}: unknown broader topic "${name}" of "${entry.name}"`);
          return id;
        }),
      ),
    ],
  }));

  assertAcyclic(topics, file);
  try {
    new TopicMatcher(topics); // compiled only to reject a synonym shared by two topics
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  return { source: file, topics };
}

const vocabularies = new Map<string, TopicVocabulary>();

/** loadTopicVocabulary, read from disk once per process and file (the bundled one when `file` is absent). */
export function cachedTopicVocabulary(file?: string): TopicVocabulary {
  const key = file ?? '';
  let vocabulary = vocabularies.get(key);
  if (!vocabulary) vocabularies.set(key, (vocabulary = file ? loadTopicVocabulary(file) : loadTopicVocabulary()));
  return vocabulary;
}
