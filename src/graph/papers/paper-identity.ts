/** What identifies a paper across sources, for samePaper and paperMatchKeys. */
export interface PaperIdentity {
  /** Any form normalizeDoi accepts ("https://doi.org/10.1145/...", "10.48550/arXiv.2309.17400"). */
  doi?: string;
  /** Any form normalizeArxivId accepts. */
  arxiv?: string;
  title: string;
  year?: number;
  /** Family names as the source gives them; folded before comparison. */
  authorFamilyNames: string[];
}
