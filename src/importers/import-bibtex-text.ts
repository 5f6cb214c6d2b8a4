import type { Executor } from '../db/executor';
import { parseBibtex } from './bibtex/parse-bibtex';
import { tagTopics } from './topics/tag-topics';
import type { TopicVocabulary } from './topics/topic-vocabulary';
import { totalOutcomes, writeGraphDocument } from './write-graph-document';

/** BibTeX text through the whole import pipeline, summarised for the importBibtex mutation. */
export async function importBibtexText(executor: Executor, text: string, vocabulary: TopicVocabulary) {
  const parsed = parseBibtex(text, 'api:bibtex');
  const report = await writeGraphDocument(executor, tagTopics(parsed.document, vocabulary));
  const nodes = totalOutcomes(report.nodes);
  return {
    papersParsed: report.parsed.papers + parsed.rejects.filter((reject) => reject.record.startsWith('@')).length,
    nodesCreated: nodes.created,
    nodesUpdated: nodes.updated,
    nodesUnchanged: nodes.unchanged,
    relationshipsCreated: totalOutcomes(report.relationships).created,
    rejected: [...parsed.rejects, ...report.rejected],
  };
}
