/**
 * The abstract text of an OpenAlex `abstract_inverted_index` ({"Diffusion": [0], "models": [1, 9]}):
 * every word at each of its positions, in position order, joined by single spaces. Positions
 * that are missing are skipped, so a damaged index still gives the words it holds.
 * Undefined for no index, an empty one, or one that is not an object of position lists.
 */
export function rebuildAbstract(index: unknown): string | undefined {
  if (typeof index !== 'object' || index === null || Array.isArray(index)) return undefined;
  const placed: [number, string][] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const position of positions) if (Number.isInteger(position) && position >= 0) placed.push([position, word]);
  }
  placed.sort((a, b) => a[0] - b[0]);
  const text = placed
    .map(([, word]) => word)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}
