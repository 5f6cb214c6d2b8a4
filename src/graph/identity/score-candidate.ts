/**
 * One mention against one candidate person: the decision resolveMentions takes for every pair
 * that blocking brings together.
 */
import type { MatchDecision, MentionContext, PersonProfile } from './identity-types';
import { prepareSide, scorePrepared } from './score-prepared';

/**
 * Decides whether a mention denotes a candidate person.
 *
 * Contract (deterministic, pure):
 * - identifiers first: any identifier kind (ORCID, DBLP pid, DBLP numbered name, OpenAlex id) present on
 *   both sides with different values → 'different', score 0; otherwise one equal identifier → 'same', score 1;
 * - else names: a name conflict or different family → 'different';
 * - else a score in 0..1: name weight (exact full name 0.45, compatible full 0.4, initial vs full 0.3,
 *   initials only 0.25-0.3, a nickname ("Jim" ~ "James") 0.3, +0.05 when two given names agree, swapped order 0.15,
 *   bare surname 0.05) plus
 *   context (1/2/3+ shared co-authors, compared by compatible names: +0.3/+0.4/+0.45; a shared venue +0.1;
 *   a shared topic +0.1; years within 3 of the candidate's range +0.05) minus disagreement (co-authors
 *   on both sides, none shared −0.1; topics disjoint, not even through a broader topic, −0.15 unless 2+ co-authors are
 *   shared; venues disjoint −0.05; years more than 7 apart −0.1);
 * - 'same' needs score ≥ 0.7 AND at least one shared co-author AND a given name on both sides (AND two
 *   shared co-authors for a given/family swap); 'possible' is score ≥ 0.4 otherwise; the rest 'different'.
 *   So an exact full name with one shared co-author merges (0.75), an exact full name with no context on one
 *   side is only 'possible' (0.45), and a same-name mention whose co-authors and topics disagree is 'different'.
 */
export function scoreCandidate(mention: MentionContext, candidate: PersonProfile): MatchDecision {
  return scorePrepared(prepareSide({ ...mention, names: [mention.name] }), prepareSide(candidate));
}
