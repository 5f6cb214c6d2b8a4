/**
 * Map projections of each node label, in the shapes of src/model (what the resolvers return). The variable name is
 * always a code constant: these are never fed user input.
 */

export const personMap = (v: string) => `${v} {.id, .name, aliases: coalesce(${v}.aliases, []), orcid: ${v}.orcid}`;
export const paperMap = (v: string) => `${v} {.id, .title, abstract: ${v}.abstract, year: ${v}.year, doi: ${v}.doi, authorCount: ${v}.authorCount}`;
export const namedMap = (v: string) => `${v} {.id, .name}`;
export const topicMap = (v: string) => `${v} {.id, .name, synonyms: coalesce(${v}.synonyms, [])}`;

/** A talk with its place and speaker, for a Talk bound to `t`. */
export const talkMap = (t: string) =>
  `{id: ${t}.id, title: ${t}.title, date: ${t}.date,
    institution: head([(${t})-[:AT]->(i:Institution) | ${namedMap('i')}]),
    speaker: head([(s:Person)-[:GAVE]->(${t}) | ${personMap('s')}])}`;

/** A hosting, for `(host)-[h:HOSTED]->(intern)`. */
export const hostingMap = (host: string, h: string, intern: string) =>
  `{host: ${personMap(host)}, intern: ${personMap(intern)}, role: ${h}.role, start: ${h}.start, end: ${h}.end,
    institution: head(COLLECT { MATCH (i:Institution {id: ${h}.institution}) RETURN ${namedMap('i')} })}`;

/**
 * Order of papers everywhere but search: newest first, then by title; papers without a year
 * last, by id. The list of all papers (papersPage without filters) reads this order from the
 * indexes (Paper.year, then the id constraint's index) instead of sorting every paper, and
 * this expression gives the same order wherever a list has to be sorted.
 */
export const PAPER_ORDER = (v: string) => `${v}.year IS NULL, ${v}.year DESC, CASE WHEN ${v}.year IS NULL THEN null ELSE ${v}.title END, ${v}.id`;
