/**
 * Finds the topics of a vocabulary in free text (titles, abstracts, interest names).
 *
 * Text and terms are cut into word tokens, so every match is on word boundaries: "es"
 * inside "estimation" can never match. Tokens are compared
 * - diacritic-insensitively ("Kümmerer" = "Kummerer") and ignoring apostrophes
 *   ("prisoners' dilemma" = "prisoner's dilemma"); hyphens and other punctuation separate
 *   words ("fine-tuning" = "fine tuning");
 * - case-insensitively and plural-tolerantly ("Diffusion Models" = "diffusion model",
 *   "strategies" = "strategy") for ordinary terms;
 * - case-sensitively for acronyms, i.e. terms written in capitals ("ES", "GAN", "K-FAC"),
 *   with a lower-case plural "s" tolerated ("LLMs" = "LLM"). So "ES" matches "ES-Single"
 *   but not the word "es", and "AI" does not match "ai".
 *
 * Matching is leftmost-longest: at each position the longest term wins and its tokens are
 * consumed, so "bilevel optimization" counts for Bilevel optimization only, not also for
 * Optimization (which the hierarchy supplies as a broader topic anyway).
 */
import { stripDiacritics } from '../../graph/keys';
import type { TopicRecord } from '../../graph/graph-document';

/** One occurrence of a vocabulary term in a text. */
export interface TopicMatch {
  /** Id of the matched topic. */
  topic: string;
  /** The term as normalised for comparison ("c:LLM", "i:diffusion model"): equal for plural and case variants. */
  term: string;
  /** Token offset and length of the occurrence. */
  start: number;
  length: number;
}

interface Token {
  /** Lower-cased and singularised: compared against ordinary terms. */
  folded: string;
  /** Original case, plural "s" of an acronym removed: compared against acronyms. */
  exact: string;
}

interface Pattern {
  topic: string;
  keys: string[];
  caseSensitive: boolean;
  term: string;
}

const ACRONYM_TOKEN = /^(?=.*[A-Z])[A-Z0-9]+s?$/;

/** Cheap English singular, applied to both text and terms so that only consistency matters. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word; // "loss", "status", "analysis"
  if (/(ches|shes|xes|zes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function tokenize(text: string): { raw: string; token: Token }[] {
  return stripDiacritics(text)
    .replace(/['\u2018\u2019`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((raw) => ({
      raw,
      token: {
        folded: singular(raw.toLowerCase()),
        exact: raw.length > 2 && /^[A-Z0-9]+s$/.test(raw) ? raw.slice(0, -1) : raw,
      },
    }));
}

/**
 * Compiles the names and synonyms of `topics` once; `match` is then linear in the text.
 * Throws when one term (after normalisation) belongs to two topics, or a term has no words:
 * an ambiguous vocabulary would tag papers arbitrarily.
 */
export class TopicMatcher {
  private readonly byFirstKey = new Map<string, Pattern[]>();

  constructor(topics: readonly TopicRecord[]) {
    const owner = new Map<string, TopicRecord>();
    for (const topic of topics) {
      for (const text of [topic.name, ...(topic.synonyms ?? [])]) {
        const pattern = TopicMatcher.compile(topic.id, text);
        const previous = owner.get(pattern.term);
        if (previous && previous.id !== topic.id) {
          throw new Error(`Topic term "${text}" of "${topic.name}" is also a term of "${previous.name}"`);
        }
        if (previous) continue; // the same term listed twice for one topic ("LLM", "LLMs")
        owner.set(pattern.term, topic);
        const first = `${pattern.caseSensitive ? 'c' : 'i'}:${pattern.keys[0]}`;
        const list = this.byFirstKey.get(first) ?? [];
        list.push(pattern);
        this.byFirstKey.set(first, list);
      }
    }
    for (const list of this.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  private static compile(topic: string, text: string): Pattern {
    const tokens = tokenize(text);
    if (tokens.length === 0) throw new Error(`Topic term "${text}" has no words`);
    const caseSensitive = tokens.every(({ raw }) => ACRONYM_TOKEN.test(raw));
    const keys = tokens.map(({ token }) => (caseSensitive ? token.exact : token.folded));
    return { topic, keys, caseSensitive, term: `${caseSensitive ? 'c' : 'i'}:${keys.join(' ')}` };
  }

  /** All leftmost-longest occurrences of vocabulary terms in `text`, in text order. */
  match(text: string): TopicMatch[] {
    const tokens = tokenize(text).map(({ token }) => token);
    const matches: TopicMatch[] = [];
    let position = 0;
    while (position < tokens.length) {
      const best = this.longestAt(tokens, position);
      if (best) {
        matches.push({ topic: best.topic, term: best.term, start: position, length: best.keys.length });
        position += best.keys.length;
      } else {
        position += 1;
      }
    }
    return matches;
  }

  /** The topic whose name or synonym is the whole of `text` ("LLMs" → Large language models), if any. */
  matchWhole(text: string): string | undefined {
    const count = tokenize(text).length;
    const matches = this.match(text);
    return matches.length === 1 && matches[0].length === count ? matches[0].topic : undefined;
  }

  private longestAt(tokens: Token[], position: number): Pattern | undefined {
    const token = tokens[position];
    let best: Pattern | undefined;
    for (const candidates of [this.byFirstKey.get(`i:${token.folded}`), this.byFirstKey.get(`c:${token.exact}`)]) {
      for (const pattern of candidates ?? []) {
        if (best && best.keys.length >= pattern.keys.length) break; // sorted longest first
        if (position + pattern.keys.length > tokens.length) continue;
        const fits = pattern.keys.every((key, offset) => {
          const other = tokens[position + offset];
          return key === (pattern.caseSensitive ? other.exact : other.folded);
        });
        if (fits) best = pattern;
      }
    }
    return best;
  }
}
