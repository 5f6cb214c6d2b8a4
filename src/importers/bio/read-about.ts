import { looksLikeRole } from './looks-like-role';
import type { BioLine } from './read-lines';

/** What the first-person About paragraphs state. */
export interface AboutFacts {
  /** "I am a Research Scientist at Google DeepMind." */
  currentPositions: { role: string; institution: string; line: number }[];
  /** "I obtained my PhD in machine learning from the University of Toronto." */
  education: { degree: string; field?: string; institution: string; line: number }[];
  /** "My current research interests include diffusion models, LLMs, ..." */
  interests: { name: string; line: number }[];
}

const CURRENT_POSITION = /^I(?: am|'m|’m)(?: currently| now)? an? (.+?) (?:at|with) (?:the )?(\p{Lu}.*)$/u;
// Degree words are a general vocabulary; the degree is kept as written ("PhD", "M.Sc.").
const DEGREE =
  "Ph\\.?\\s?D\\.?|D\\.?Phil\\.?|M\\.?Phil\\.?|M\\.?Sc\\.?|B\\.?Sc\\.?|M\\.?Eng\\.?|B\\.?Eng\\.?|M\\.?A\\.?Sc\\.?|MBA|M\\.?S\\.?|B\\.?S\\.?|M\\.?A\\.?|B\\.?A\\.?|doctorate|master'?s|bachelor'?s";
const EDUCATION = new RegExp(
  `\\b(?:obtained|received|completed|earned|got|did|hold|finished|defended)\\s+(?:my|a|an|the)\\s+(${DEGREE})(?:\\s+degree)?(?:\\s+in\\s+(.+?))?\\s+(?:from|at)\\s+(?:the\\s+)?(.+)$`,
);
// Where the institution's name stops: a clause or a supervisor after it.
const INSTITUTION_END = /,|;|\s+(?:under|where|with|advised|supervised|in\s+(?:19|20)\d\d)\b/;
const INTERESTS = /\b(?:interests?\s+(?:include|includes|are|lie in|span|cover)|interested in|research focuses on)\s*:?\s+(.+)$/i;

/**
 * Reads first-person sentences of the prose lines: the current position, degrees and research
 * interests. Other sentences (hobbies, "As a Canadian, I enjoy ...") say nothing here.
 */
export function readAbout(proseLines: BioLine[]): AboutFacts {
  const facts: AboutFacts = { currentPositions: [], education: [], interests: [] };
  for (const { text, line } of proseLines) {
    for (const sentence of splitSentences(text)) {
      const current = CURRENT_POSITION.exec(sentence);
      if (current && looksLikeRole(current[1])) {
        facts.currentPositions.push({ role: current[1], institution: current[2].split(INSTITUTION_END)[0], line });
      }
      const degree = EDUCATION.exec(sentence);
      if (degree) {
        const institution = degree[3].split(INSTITUTION_END)[0];
        facts.education.push({ degree: degree[1], ...(degree[2] ? { field: degree[2] } : {}), institution, line });
      }
      const interests = INTERESTS.exec(sentence);
      if (interests) facts.interests.push(...splitList(interests[1]).map((name) => ({ name, line })));
    }
  }
  return facts;
}

/** Sentences without their closing punctuation; an initial ("J.P. Morgan") ends no sentence. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<!(?:^|[\s.])\p{Lu}\.)(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.replace(/[.!?]+$/, '').trim())
    .filter((sentence) => sentence !== '');
}

/** "a, b, c, and d" / "a and b" → items; "and" splits only the last item (a list's own "and"). */
function splitList(text: string): string[] {
  const items = text.split(/\s*[,;]\s*/).filter((item) => item !== '');
  const last = (items.pop() ?? '').replace(/^(?:and|or)\s+/, '');
  return [...items, ...last.split(/\s+(?:and|or|as well as)\s+/)].map((item) => item.replace(/\s+etc$/, '').trim()).filter((item) => item !== '' && item !== 'etc');
}
