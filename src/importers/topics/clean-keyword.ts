/**
 * Turns one author keyword, as BibTeX, IEEE and ACM exports write it, into a topic name.
 */
import { repairMojibake } from './repair-mojibake';

export type CleanedKeyword = { key: string; display: string } | { rejected: string };

export const MAX_KEYWORD_LENGTH = 80;

/** Acronyms kept in capitals when a keyword comes all lower or all upper case ("llm" → "LLM", "GPU COMPUTING" → "GPU computing"). */
const ACRONYMS = new Map(
  [
    'AI',
    'AR',
    'VR',
    'XR',
    'ML',
    'NLP',
    'LLM',
    'LLMs',
    'GPU',
    'GPUs',
    'CPU',
    'GAN',
    'GANs',
    'CNN',
    'CNNs',
    'RNN',
    'GNN',
    'GNNs',
    'DNN',
    'VAE',
    'RL',
    'HCI',
    'UI',
    'UX',
    'GUI',
    'API',
    'SQL',
    'XML',
    'JSON',
    'HTML',
    'GIS',
    'PCA',
    'SVM',
    'MDS',
    'BERT',
    'GPT',
    'ASP',
    'IoT',
    'LiDAR',
    'fMRI',
    'MRI',
    'EEG',
    'DNA',
    'RNA',
    'COVID-19',
    '2D',
    '3D',
    '4D',
  ].map((acronym) => [acronym.toLowerCase(), acronym]),
);
/** An ACM CCS 1998 code: "H.5.2", "I.3.7", "D.2.8", optionally with its bracketed area. */
const CCS_CODE = /^[A-K]\.(?:\d+|m)(?:\.(?:\d+|m))?(?:\.[a-z]|\.\d+)?(?:\s*\[[^\]]*\])?\s*:?\s*/;
const BOILERPLATE =
  /^(?:index terms|keywords|key words|author keywords|additional key words and phrases|general terms|ccs concepts|acm ccs|acm computing classification(?: system)?)(?:\s*[-–—:]+\s*|\s*$)/i;
const QUOTES: Array<[string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['<', '>'],
];

function stripWrapping(text: string): string {
  let result = text.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const [open, close] of QUOTES) {
      if (result.length >= 2 && result.startsWith(open) && result.endsWith(close) && !result.slice(1, -1).includes(close === open ? '\u0000' : close)) {
        result = result.slice(1, -1).trim();
        changed = true;
      }
    }
    const trimmed = result.replace(/^[•·*\-–—>\s]+/, '').replace(/[\s.,;:!?…•·]+$/, '');
    if (trimmed !== result) {
      result = trimmed;
      changed = true;
    }
  }
  return result;
}

/** "visual analytics" → "Visual analytics", "GPU COMPUTING" → "GPU computing", "llms" → "LLMs". */
function sentenceCase(text: string): string {
  const words = text
    .toLowerCase()
    .split(' ')
    .map((word) => ACRONYMS.get(word) ?? word);
  const [first, ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/**
 * Cleans an author keyword or says why it is not one. Steps, in order:
 * - mis-encoded text (UTF-8 read as Windows-1252: "visualizaciÃ³n") is repaired, or rejected
 *   when the repair does not decode;
 * - boilerplate goes ("Index Terms—", "Keywords:", "Author Keywords", "CCS Concepts:");
 * - ACM CCS codes go with their area: "I.3.7 [Computer Graphics]: Three-Dimensional Graphics
 *   and Realism" → "Three-Dimensional Graphics and Realism"; "H.5.2 [...]: User
 *   Interfaces—Graphical user interfaces (GUI)" and the CCS 2012 path "•Human-centered
 *   computing → Visualization" keep their most specific term; a bare code is rejected;
 * - surrounding quotes and brackets, leading bullets and trailing punctuation go;
 * - empty, over-long (> 80 characters) and number-only keywords are rejected.
 * `key` is the case-folded keyword (NFC, single spaces). `display` keeps the source's
 * casing unless it is all lower or all upper case, which become sentence case with known
 * acronyms in capitals ("visual analytics" → "Visual analytics", "GPU" stays "GPU").
 */
export function cleanKeyword(raw: string): CleanedKeyword {
  const repaired = repairMojibake(raw.normalize('NFC'));
  if (repaired === undefined) return { rejected: 'mis-encoded characters that do not decode as UTF-8' };
  let text = repaired.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== text;) {
    before = text;
    text = stripWrapping(text.replace(BOILERPLATE, ''));
  }
  const code = CCS_CODE.exec(text);
  if (code && /^[A-K]\./.test(text)) {
    text = text.slice(code[0].length);
    if (!text) return { rejected: 'an ACM classification code without a term' };
  }
  // The most specific term of a classification path: "User Interfaces—Graphical user interfaces", "computing → Visualization".
  // Em dashes separate terms only after a code: elsewhere they may be part of a keyword.
  const path = text.split(code ? /\s*(?:→|->|—)\s*/ : /\s*(?:→|->)\s*/).filter(Boolean);
  if (path.length > 1) text = path[path.length - 1];
  text = stripWrapping(text);
  if (!text) return { rejected: 'empty' };
  if (text.length > MAX_KEYWORD_LENGTH) return { rejected: `longer than ${MAX_KEYWORD_LENGTH} characters` };
  if (!/\p{L}/u.test(text)) return { rejected: 'no letters' };
  const key = text.toLowerCase();
  // One all-capitals word of up to six letters is an acronym the vocabulary may not know ("CUDA", "OLAP").
  const acronym = text === text.toUpperCase() && /^[\p{Lu}\d-]{2,6}$/u.test(text);
  const display = acronym || (text !== text.toLowerCase() && text !== text.toUpperCase()) ? text : sentenceCase(text);
  return { key, display };
}
