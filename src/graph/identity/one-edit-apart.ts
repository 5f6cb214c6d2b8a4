/**
 * True when two strings differ by exactly one edit: a letter inserted, dropped, replaced, or two
 * neighbours swapped ("Aren" / "Arens", "Kaaskoek" / "Kaashoek", "Acetta" / "Accetta"). The typo
 * test behind co-author matching; equal strings are not one edit apart.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const restA = endA - start + 1;
  const restB = endB - start + 1;
  if (restA <= 1 && restB <= 1) return true;
  // Neighbours swapped: "ab" against "ba" once the common ends are cut off.
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}
