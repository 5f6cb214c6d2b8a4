/**
 * graph:check: the collaboration projections recomputed from the authorship and topic edges,
 * person by person and topic by topic, and compared with what the write paths stored. Read-only.
 */
import {
  coauthorDifferences,
  CoauthorDifferenceRow,
  coOccurrenceDifferences,
  CoOccurrenceDifferenceRow,
  publishesOnDifferences,
  PublishesOnDifferenceRow,
} from './cypher/graph-check.cypher';
import type { Executor } from './executor';
import { forEachIdPage } from './for-each-id-page';
import { toPlain } from './to-plain';
import { personIdsAfter, topicIdsAfter } from './write/projections.cypher';

/** People or topics checked per read. */
const CHECK_BATCH = 500;

export interface GraphCheckReport {
  /** True when every projection matches the authorship and topic edges exactly. */
  clean: boolean;
  people: number;
  topics: number;
  differences: {
    COAUTHOR: CoauthorDifferenceRow[];
    PUBLISHES_ON: PublishesOnDifferenceRow[];
    CO_OCCURS: CoOccurrenceDifferenceRow[];
  };
}

/** Every difference between the stored projections and the ones the authorship and topic edges give. */
export async function checkProjections(executor: Executor): Promise<GraphCheckReport> {
  const report: GraphCheckReport = { clean: true, people: 0, topics: 0, differences: { COAUTHOR: [], PUBLISHES_ON: [], CO_OCCURS: [] } };
  report.people = await forEachIdPage(executor, personIdsAfter, CHECK_BATCH, async (ids) => {
    report.differences.COAUTHOR.push(...toPlain<CoauthorDifferenceRow[]>(await executor.read(coauthorDifferences(ids))));
    report.differences.PUBLISHES_ON.push(...toPlain<PublishesOnDifferenceRow[]>(await executor.read(publishesOnDifferences(ids))));
  });
  report.topics = await forEachIdPage(executor, topicIdsAfter, CHECK_BATCH, async (ids) => {
    report.differences.CO_OCCURS.push(...toPlain<CoOccurrenceDifferenceRow[]>(await executor.read(coOccurrenceDifferences(ids))));
  });
  report.clean = Object.values(report.differences).every((rows) => rows.length === 0);
  return report;
}
