/**
 * Measures person identity resolution: pairwise precision/recall on the labelled set
 * (tests/fixtures/identity/labelled-mentions.json), source by source and all at once, and a
 * scale run over all of CoRA (16,114 author ids, each one mention). Prints JSON.
 *
 *   npx tsc -p tsconfig.build.json && node dist/bench/identity-eval.js
 *
 * BENCH_CORA_DIR overrides the CoRA folder (default ../shared/datasets/cora).
 */
import fs from 'node:fs';
import path from 'node:path';
import { foldName } from '../src/graph/keys';
import type { MentionContext } from '../src/graph/identity/identity-types';
import { resolveMentions } from '../src/graph/identity/resolve-mentions';
import { pairwise, readLabelledSet, resolveAllAtOnce, resolveSourceBySource, type LabelledMention } from './identity/evaluate-labelled';
import { coraMentions } from './identity/cora-mentions';

function time<T>(run: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = run();
  return { result, ms: Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10 };
}

function main(): void {
  const root = process.cwd();
  const set: LabelledMention[] = readLabelledSet(path.join(root, 'tests/fixtures/identity/labelled-mentions.json'));
  const mentions = set.map((m) => m.mention);
  const allAtOnce = time(() => resolveAllAtOnce(mentions));
  const bySource = time(() => resolveSourceBySource(mentions));
  const report: Record<string, unknown> = {
    labelled: {
      allAtOnce: { ...pairwise(set, allAtOnce.result), ms: allAtOnce.ms },
      sourceBySource: { ...pairwise(set, bySource.result), ms: bySource.ms },
    },
  };

  const coraDir = process.env.BENCH_CORA_DIR ?? path.resolve(root, '..', 'shared', 'datasets', 'cora');
  if (fs.existsSync(coraDir)) {
    const built = time(() => coraMentions(coraDir));
    const cora: MentionContext[] = built.result;
    const run = time(() => resolveMentions(cora, []));
    const people = new Set(run.result.assignments.map((a) => a.newCluster)).size;
    // Incremental: 10,000 mentions against the people made from the other 6,114.
    const first = cora.slice(10_000);
    const rest = cora.slice(0, 10_000);
    const seeded = resolveMentions(first, []);
    const profiles = new Map<number, { id: string; names: string[]; ids: object; coauthors: string[]; venues: string[]; topics: string[]; years: number[] }>();
    seeded.assignments.forEach((a, i) => {
      const p = profiles.get(a.newCluster!) ?? { id: `p${a.newCluster}`, names: [], ids: {}, coauthors: [], venues: [], topics: [], years: [] };
      p.names.push(first[i]!.name);
      p.coauthors.push(...first[i]!.coauthors);
      p.topics.push(...first[i]!.topics);
      profiles.set(a.newCluster!, p);
    });
    const incremental = time(() => resolveMentions(rest, [...profiles.values()]));
    report.cora = {
      mentions: cora.length,
      before: { distinctAuthorIds: cora.length, distinctFoldedNames: new Set(cora.map((m) => foldName(m.name))).size },
      after: { people, merges: run.result.merges.length, possibleDuplicates: run.result.possibleDuplicates.length },
      buildMentionsMs: built.ms,
      resolveMs: run.ms,
      msPer1000Mentions: Math.round((run.ms / cora.length) * 1000 * 10) / 10,
      incremental: {
        existingPeople: profiles.size,
        mentions: rest.length,
        joinedExisting: incremental.result.assignments.filter((a) => a.personId !== undefined).length,
        ms: incremental.ms,
        msPer1000Mentions: Math.round((incremental.ms / rest.length) * 1000 * 10) / 10,
      },
      sampleMerges: run.result.merges.slice(0, 5),
      samplePossible: run.result.possibleDuplicates.slice(0, 3),
    };
  } else report.cora = `CoRA not found at ${coraDir}`;
  console.log(JSON.stringify(report, null, 2));
}

main();
