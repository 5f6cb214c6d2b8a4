import type { Config } from '../config';
import { countPeople } from '../db/write/write.cypher';
import type { Executor } from '../db/executor';
import { applyMigrations } from '../db/migrations';
import { emptyGraphDocument } from '../graph/graph-document';
import { parseImportFile } from '../importers/parse-import-file';
import { loadTopicVocabulary } from '../importers/topics/topic-vocabulary';
import { writeGraphDocument } from '../db/write/write-graph-document';

/**
 * Brings the database to the shape the API needs: constraints and indexes, the topic
 * vocabulary, and (SEED_ON_START, on a graph with no Person yet) the bio.
 */
export async function prepareDatabase(executor: Executor, config: Config, log: (line: string) => void): Promise<void> {
  await applyMigrations(executor, log);
  if (!config.seed.onStart) return;
  const [{ count }] = await executor.read<{ count: unknown }>(countPeople());
  if (Number(count) > 0) return;
  const vocabulary = loadTopicVocabulary(config.seed.topicsFile);
  const topics = { ...emptyGraphDocument(`topics:${vocabulary.source}`), topics: vocabulary.topics };
  await writeGraphDocument(executor, topics);
  const started = Date.now();
  const parsed = parseImportFile(config.seed.bioFile, 'bio', vocabulary);
  const report = await writeGraphDocument(executor, parsed.document, { resolveIdentities: true });
  const nodes = Object.values(report.nodes).reduce((sum, counts) => sum + counts.created, 0);
  const relationships = Object.values(report.relationships).reduce((sum, counts) => sum + counts.created, 0);
  log(
    `Imported ${config.seed.bioFile} into the empty graph in ${((Date.now() - started) / 1000).toFixed(1)} s: ${nodes} nodes, ${relationships} relationships, ${report.rejected.length} rejected`,
  );
}
