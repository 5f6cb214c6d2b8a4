// Job-title words (a general vocabulary): tells a role line ("Research Scientist Intern") from
// an institution line ("Google Brain") when the layout alone cannot.
const ROLE_WORDS =
  /\b(?:scientist|researcher|intern|engineer|student|professor|postdoc|post-doc|postdoctoral|fellow|lecturer|assistant|associate|director|manager|developer|analyst|consultant|lead|head|member|visitor|visiting|candidate|instructor|founder|co-founder|chair|advisor|cto|ceo)s?\b/i;

/** True when the text reads as a job title. */
export function looksLikeRole(text: string): boolean {
  return ROLE_WORDS.test(text);
}
