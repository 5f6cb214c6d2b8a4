// Common section names of academic home pages (a general vocabulary, nothing about one person).
const SECTION_WORDS = new Set([
  'about',
  'about me',
  'bio',
  'biography',
  'news',
  'updates',
  'publications',
  'papers',
  'preprints',
  'talks',
  'presentations',
  'experience',
  'work experience',
  'positions',
  'employment',
  'education',
  'teaching',
  'service',
  'reviewing',
  'academic service',
  'professional service',
  'leadership',
  'outreach',
  'awards',
  'honors',
  'honours',
  'students',
  'mentoring',
  'projects',
  'contact',
  'research',
  'software',
  'cv',
]);
const QUALIFIERS = /^(?:selected|invited|recent|my|other)\s+/;

/** True for a section heading such as "About Me", "Publications" or "Reviewing & Service". */
export function isSectionHeading(text: string): boolean {
  const parts = text
    .toLowerCase()
    .replace(/:$/, '')
    .split(/\s*(?:&|,|\band\b)\s*/)
    .filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => SECTION_WORDS.has(part.replace(QUALIFIERS, '')));
}
