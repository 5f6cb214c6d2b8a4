/**
 * A looser fold for comparing name tokens: German transliterations meet their umlauts
 * ("Kuemmerer" ~ "Kümmerer", folded "kummerer"), "ß" meets "ss". Applied to both sides, so the
 * only cost is a rare collision such as "joel" ~ "jol".
 */
export function looseFold(token: string): string {
  return token.replace(/ß/g, 'ss').replace(/(?<![qg])([aou])e/g, '$1');
}
