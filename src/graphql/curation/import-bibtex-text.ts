import type { RequestContext } from '../../context';
import { totalOutcomes } from '../../db/write/write-graph-document';
import { parseBibtex } from '../../importers/bibtex/parse-bibtex';
import { tagTopics } from '../../importers/topics/tag-topics';
import { cachedTopicVocabulary } from '../../importers/topics/topic-vocabulary';
import type { ImportReportPayload } from './curation-payloads.type';

/**
 * The importBibtex mutation's work: the BibTeX parser makes a document, the write module
 * validates, plans and writes it in batches; the report is summed up for the payload. Throws
 * BibtexInputError when the text as a whole cannot be read.
 */
export async function importBibtexText(context: RequestContext, text: string): Promise<ImportReportPayload> {
  const parsed = parseBibtex(text, 'api:bibtex');
  const report = await context.writer.importDocument(tagTopics(parsed.document, cachedTopicVocabulary(context.topicsFile)), { resolveIdentities: true });
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
