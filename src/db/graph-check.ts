/**
 * graph:check: the collaboration projections recomputed from the authorship edges, person by
 * person, and compared with what the write paths stored. Read-only.
 */
import { coauthorDifferences, CoauthorDifferenceRow, publishesOnDifferences, PublishesOnDifferenceRow } from './cypher/graph-check.cypher';
import type { Executor } from './executor';
import { toPlain } from './to-plain';
import { personIdsAfter } from './write/projections.cypher';

/** People checked per read. */
const CHECK_BATCH = 500;

export interface GraphCheckReport {
  /** True when both projections match the authorship edges exactly. */
  clean: boolean;
  people: number;
  differences: {
    COAUTHOR: CoauthorDifferenceRow[];
    PUBLISHES_ON: PublishesOnDifferenceRow[];
  };
}

/** Every difference between the stored projections and the ones the authorship edges give. */
export async function checkProjections(executor: Executor): Promise<GraphCheckReport> {
  const report: GraphCheckReport = { clean: true, people: 0, differences: { COAUTHOR: [], PUBLISHES_ON: [] } };
  let after = '';
  for (;;) {
    const ids = (await executor.read<{ id: string }>(personIdsAfter(after, CHECK_BATCH))).map((row) => row.id);
    if (ids.length === 0) break;
    report.people += ids.length;
    report.differences.COAUTHOR.push(...toPlain<CoauthorDifferenceRow[]>(await executor.read(coauthorDifferences(ids))));
    report.differences.PUBLISHES_ON.push(...toPlain<PublishesOnDifferenceRow[]>(await executor.read(publishesOnDifferences(ids))));
    after = ids[ids.length - 1];
  }
  report.clean = report.differences.COAUTHOR.length === 0 && report.differences.PUBLISHES_ON.length === 0;
  return report;
}
