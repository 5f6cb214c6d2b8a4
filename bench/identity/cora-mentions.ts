/**
 * CoRA as identity mentions: one mention per CoRA author id, with the co-authors and the topic
 * classes ("Top/Sub") of all its papers. CoRA has no venues, years or identifiers.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MentionContext } from '../../src/graph/identity/identity-types';

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
    .map((id) => ({ name: names[id]!, ids: {}, coauthors: [...(co.get(id) ?? [])].sort(), venues: [], topics: [...(topics.get(id) ?? [])].sort(), years: [] }));
}
