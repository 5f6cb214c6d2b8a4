/**
 * CoRA as identity mentions: one mention per CoRA author id, with the co-authors and the topic
 * classes ("Top/Sub") of all its papers. CoRA has no venues, years or identifiers.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MentionContext } from '../../src/graph/identity/identity-types';

/** The broader classes of CoRA topic paths ("cora:Top/Sub" → "cora:Top"), as the CoRA importer links them with BROADER. */
export function coraTopicAncestors(topics: string[]): string[] {
  const ancestors = new Set<string>();
  for (const topic of topics) {
    const parts = topic.split('/');
    for (let n = parts.length - 1; n >= 1; n--) ancestors.add(parts.slice(0, n).join('/'));
  }
  return [...ancestors].filter((t) => !topics.includes(t)).sort();
}

export function coraMentions(dir: string): MentionContext[] {
  const read = (file: string): any => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const names: Record<string, string> = read('author_names.json');
  const paperAuthors: Record<string, string[]> = read('paper_authors.json');
  const classes: Record<string, (string | number)[]> = read('classification_papers.json');
  const topicOf = new Map<string, string>();
  for (const [cls, papers] of Object.entries(classes)) for (const p of papers) topicOf.set(String(p), `cora:${cls.split('/').slice(0, 2).join('/')}`);
  const co = new Map<string, Set<string>>();
  const topics = new Map<string, Set<string>>();
  for (const [paper, authors] of Object.entries(paperAuthors)) {
    for (const a of authors) {
      const set = co.get(a) ?? new Set<string>();
      for (const b of authors) if (b !== a && names[b]) set.add(names[b]);
      co.set(a, set);
      const topic = topicOf.get(paper);
      if (topic) topics.set(a, (topics.get(a) ?? new Set<string>()).add(topic));
    }
  }
  return Object.keys(names)
    .sort()
    .map((id) => {
      const own = [...(topics.get(id) ?? [])].sort();
      return { name: names[id]!, ids: {}, coauthors: [...(co.get(id) ?? [])].sort(), venues: [], topics: own, topicAncestors: coraTopicAncestors(own), years: [] };
    });
}
