import { topicKey } from '../../graph/keys';
import { cleanKeyword } from './clean-keyword';

export interface KeywordTopics {
  /** One per topic id, in order of first appearance. */
  topics: Array<{ id: string; name: string }>;
  rejected: Array<{ keyword: string; reason: string }>;
}

/** Source casing beats derived casing; then the most frequent; then the first in code-unit order, so input order never decides. */
function preferred(candidates: Map<string, { count: number; sourceCasing: boolean }>): string {
  return [...candidates].sort(([a, x], [b, y]) => Number(y.sourceCasing) - Number(x.sourceCasing) || y.count - x.count || (a < b ? -1 : a > b ? 1 : 0))[0][0];
}

/**
 * Topics for a list of keywords (already split, see splitKeywords): each is cleaned with
 * cleanKeyword; the ones that give the same id, topicKey(key), are one topic ("Visual
 * Analytics", "visual analytics" and "Visual analytics" are topic:visual-analytics). Its name
 * is chosen from the display forms independently of input order: a form in the source's own
 * casing over a derived one, then the most frequent, then the first in code-unit order.
 * Rejected keywords are listed with their reason; a keyword whose id has no letters or
 * digits is rejected too.
 */
export function keywordTopics(keywords: string[]): KeywordTopics {
  const byId = new Map<string, Map<string, { count: number; sourceCasing: boolean }>>();
  const rejected: KeywordTopics['rejected'] = [];
  for (const keyword of keywords) {
    const cleaned = cleanKeyword(keyword);
    if ('rejected' in cleaned) {
      rejected.push({ keyword, reason: cleaned.rejected });
      continue;
    }
    const id = topicKey(cleaned.key);
    if (id === 'topic:') {
      rejected.push({ keyword, reason: 'no letters or digits' });
      continue;
    }
    const candidates = byId.get(id) ?? new Map<string, { count: number; sourceCasing: boolean }>();
    const candidate = candidates.get(cleaned.display) ?? { count: 0, sourceCasing: false };
    candidate.count += 1;
    candidate.sourceCasing ||= cleaned.display === keyword.trim() || keyword.includes(cleaned.display);
    candidates.set(cleaned.display, candidate);
    byId.set(id, candidates);
  }
  return { topics: [...byId].map(([id, candidates]) => ({ id, name: preferred(candidates) })), rejected };
}
