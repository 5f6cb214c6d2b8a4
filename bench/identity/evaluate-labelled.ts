/**
 * Pairwise evaluation of resolveMentions over a labelled set: every pair of mentions is a
 * true/false positive/negative by whether it shares a person and whether it shares a gold label.
 */
import fs from 'node:fs';
import { coraTopicAncestors } from './cora-mentions';
import type { ExternalIds, MentionContext, PersonProfile } from '../../src/graph/identity/identity-types';
import { resolveMentions } from '../../src/graph/identity/resolve-mentions';

export interface LabelledMention {
  mention: MentionContext & { source: string; coraId?: string };
  cluster: string;
}

export interface PairwiseReport {
  mentions: number;
  goldClusters: number;
  predictedPeople: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  /** Pairs merged but labelled apart. */
  wrongMerges: { a: string; b: string; goldA: string; goldB: string }[];
  /** Pairs labelled together but left apart (first 40). */
  missedPairs: { a: string; b: string; gold: string }[];
  missedPairCount: number;
}

/**
 * Reads the labelled set, giving CoRA mentions the broader classes of their topics (what the
 * importer's BROADER links give the write path).
 */
export function readLabelledSet(file: string): LabelledMention[] {
  const set: LabelledMention[] = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const { mention } of set) if (mention.source === 'cora') mention.topicAncestors = coraTopicAncestors(mention.topics);
  return set;
}

/** The order sources are imported in for the incremental run. */
export const SOURCE_ORDER = ['bio', 'bibtex', 'dblp', 'openalex', 'csl', 'ris', 'cora'];

const label = (m: LabelledMention): string => `${m.mention.name} [${m.mention.source}${m.mention.coraId ? ` ${m.mention.coraId}` : ''}]`;

/** Scores a predicted person per mention against the gold labels. */
export function pairwise(set: LabelledMention[], predicted: string[]): PairwiseReport {
  let truePairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  const wrongMerges: PairwiseReport['wrongMerges'] = [];
  const missedPairs: PairwiseReport['missedPairs'] = [];
  let missedPairCount = 0;
  for (let i = 0; i < set.length; i++) {
    for (let j = i + 1; j < set.length; j++) {
      const gold = set[i]!.cluster === set[j]!.cluster;
      const same = predicted[i] === predicted[j];
      if (gold) truePairs++;
      if (same) predictedPairs++;
      if (gold && same) correctPairs++;
      if (same && !gold) wrongMerges.push({ a: label(set[i]!), b: label(set[j]!), goldA: set[i]!.cluster, goldB: set[j]!.cluster });
      if (gold && !same && missedPairCount++ < 40) missedPairs.push({ a: label(set[i]!), b: label(set[j]!), gold: set[i]!.cluster });
    }
  }
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    mentions: set.length,
    goldClusters: new Set(set.map((m) => m.cluster)).size,
    predictedPeople: new Set(predicted).size,
    truePairs,
    predictedPairs,
    correctPairs,
    precision: round(predictedPairs ? correctPairs / predictedPairs : 1),
    recall: round(truePairs ? correctPairs / truePairs : 1),
    wrongMerges,
    missedPairs,
    missedPairCount,
  };
}

/** All mentions in one batch against an empty graph: the person of each mention. */
export function resolveAllAtOnce(mentions: MentionContext[]): string[] {
  return resolveMentions(mentions, []).assignments.map((a) => a.personId ?? `new:${a.newCluster}`);
}

/** Grows a profile with a mention; an identifier already set is kept (a conflict would not have merged). */
function absorb(profile: PersonProfile, mention: MentionContext): void {
  if (!profile.names.includes(mention.name)) profile.names.push(mention.name);
  for (const [kind, value] of Object.entries(mention.ids) as [keyof ExternalIds, string | undefined][]) if (value && !profile.ids[kind]) profile.ids[kind] = value;
  const add = <T>(list: T[], items: T[]): void => {
    for (const item of items) if (!list.includes(item)) list.push(item);
  };
  add(profile.coauthors, mention.coauthors);
  add(profile.venues, mention.venues);
  add(profile.topics, mention.topics);
  add((profile.topicAncestors ??= []), mention.topicAncestors ?? []);
  add(profile.years, mention.years);
}

/** Imports source by source (SOURCE_ORDER, then any other): each batch resolves against the people made so far. */
export function resolveSourceBySource(mentions: (MentionContext & { source: string })[]): string[] {
  const people = new Map<string, PersonProfile>();
  const predicted: string[] = new Array(mentions.length);
  const sources = [...new Set(mentions.map((m) => m.source))].sort((a, b) => (SOURCE_ORDER.indexOf(a) + 1 || 99) - (SOURCE_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
  for (const source of sources) {
    const indices = mentions.map((m, i) => (m.source === source ? i : -1)).filter((i) => i >= 0);
    const batch = indices.map((i) => mentions[i]!);
    const result = resolveMentions(batch, [...people.values()]);
    const fresh = new Map<number, string>();
    result.assignments.forEach((assignment, k) => {
      let id = assignment.personId;
      if (id === undefined) {
        id = fresh.get(assignment.newCluster!) ?? `person${people.size + fresh.size}`;
        if (!fresh.has(assignment.newCluster!)) fresh.set(assignment.newCluster!, id);
      }
      predicted[indices[k]!] = id;
    });
    result.assignments.forEach((assignment, k) => {
      const id = predicted[indices[k]!]!;
      const profile = people.get(id) ?? { id, names: [], ids: {}, coauthors: [], venues: [], topics: [], years: [] };
      people.set(id, profile);
      absorb(profile, batch[k]!);
    });
  }
  return predicted;
}
