/**
 * English diminutives that authors publish under beside their full given name ("Jim Kurose" and
 * "James F. Kurose", "Jon Lorraine" and "Jonathan Lorraine"). Only pairs common enough among
 * authors to be worth the risk: a nickname match is weighed like an initial (see scorePrepared),
 * so it never merges without a shared co-author or other agreeing context.
 */
const DIMINUTIVES: Record<string, string[]> = {
  abby: ['abigail'],
  al: ['alan', 'albert', 'alexander', 'alfred'],
  alex: ['alexander', 'alexandra', 'alexis'],
  andy: ['andrew'],
  ben: ['benjamin'],
  beth: ['elizabeth'],
  bill: ['william'],
  bob: ['robert'],
  cathy: ['catherine', 'cathleen'],
  charlie: ['charles'],
  chris: ['christopher', 'christian', 'christine', 'christina'],
  chuck: ['charles'],
  dan: ['daniel'],
  danny: ['daniel'],
  dave: ['david'],
  dick: ['richard'],
  don: ['donald'],
  doug: ['douglas'],
  ed: ['edward', 'edwin', 'edmund'],
  fred: ['frederick', 'frederic', 'alfred'],
  greg: ['gregory'],
  jeff: ['jeffrey', 'jeffery'],
  jen: ['jennifer'],
  jenny: ['jennifer'],
  jerry: ['gerald', 'jerome'],
  jim: ['james'],
  jimmy: ['james'],
  joe: ['joseph'],
  jon: ['jonathan'],
  josh: ['joshua'],
  kate: ['katherine', 'catherine', 'kathleen'],
  ken: ['kenneth'],
  larry: ['lawrence', 'laurence'],
  liz: ['elizabeth'],
  matt: ['matthew', 'matthias'],
  mike: ['michael'],
  nick: ['nicholas', 'nikolaos'],
  pat: ['patrick', 'patricia'],
  pete: ['peter'],
  phil: ['philip', 'phillip'],
  rich: ['richard'],
  rick: ['richard', 'frederick'],
  rob: ['robert'],
  ron: ['ronald'],
  sam: ['samuel', 'samantha'],
  steve: ['steven', 'stephen'],
  sue: ['susan'],
  ted: ['edward', 'theodore'],
  tim: ['timothy'],
  tom: ['thomas'],
  tony: ['anthony', 'antonio'],
  vince: ['vincent'],
  will: ['william'],
};

const FULL_FORMS = new Map(Object.entries(DIMINUTIVES));

/**
 * True when one of two folded given names is a known diminutive of the other ("jim", "james").
 * Symmetric; false for equal names (that is not a nickname match) and for unknown pairs.
 */
export function isNicknamePair(a: string, b: string): boolean {
  return a !== b && (fullFormsOf(a).includes(b) || fullFormsOf(b).includes(a));
}

/** The full forms a folded given name may be a diminutive of ("tony" → anthony, antonio); empty when it is none. */
export function fullFormsOf(given: string): readonly string[] {
  return FULL_FORMS.get(given) ?? [];
}
