/**
 * The benchmark's data sets as canonical documents, imported through the real importer:
 * the bio (with the topic vocabulary, as start-up seeding does), CoRA and synthetic graphs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { emptyGraphDocument, GraphDocument } from '../src/graph/graph-document';
import { convertCora } from '../src/importers/cora/convert-cora';
import { parseImportFile } from '../src/importers/parse-import-file';
import { loadTopicVocabulary } from '../src/importers/topics/topic-vocabulary';
import { generateSyntheticGraph } from './generate-synthetic';

/** `bio`, `cora`, or a synthetic size: `10k`, `100k`, `1m` (or any paper count: `300`, `2500`). */
export type DatasetName = string;

export function parseSize(name: DatasetName): number | undefined {
  const match = /^(\d+)(k|m)?$/i.exec(name);
  if (!match) return undefined;
  const unit = match[2]?.toLowerCase();
  return Number(match[1]) * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1);
}

/** The CoRA folder: ../shared/datasets/cora next to the repository, or BENCH_CORA_DIR. */
export function coraDir(): string {
  return process.env.BENCH_CORA_DIR ?? path.resolve(loadConfig().rootDir, '..', 'shared', 'datasets', 'cora');
}

/** The documents of a data set, in import order. */
export function loadDataset(name: DatasetName): GraphDocument[] {
  const config = loadConfig({ ...process.env, SEED_ON_START: 'false' });
  if (name === 'bio') {
    const vocabulary = loadTopicVocabulary(config.seed.topicsFile);
    const topics = { ...emptyGraphDocument(`topics:${vocabulary.source}`), topics: vocabulary.topics };
    return [topics, parseImportFile(config.seed.bioFile, 'bio', vocabulary).document];
  }
  if (name === 'cora') {
    if (!fs.existsSync(coraDir())) throw new Error(`CoRA not found at ${coraDir()} (set BENCH_CORA_DIR)`);
    return [convertCora(coraDir())];
  }
  const papers = parseSize(name);
  if (papers === undefined) throw new Error(`unknown data set "${name}": expected bio, cora or a size such as 10k`);
  return [generateSyntheticGraph({ papers })];
}
