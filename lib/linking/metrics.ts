/**
 * Ranking metrics over graded relevance judgments. `ranked` is a list of entry ids, best
 * first; `grades` maps judged ids to 1 (related) or 2 (same event); anything missing is 0.
 * An entry counts as relevant when its grade is at least 1.
 */
export type Grades = Readonly<Record<string, number>>;

const grade = (grades: Grades, id: string) => grades[id] ?? 0;
const relevantCount = (grades: Grades) => Object.values(grades).filter((g) => g >= 1).length;

/** Fraction of the first k results that are relevant (a short list still divides by k). */
export function precisionAt(ranked: readonly string[], grades: Grades, k: number): number {
  return ranked.slice(0, k).filter((id) => grade(grades, id) >= 1).length / k;
}

/** Fraction of all relevant entries found in the first k results; 0 when nothing is relevant. */
export function recallAt(ranked: readonly string[], grades: Grades, k: number): number {
  const total = relevantCount(grades);
  return total === 0 ? 0 : ranked.slice(0, k).filter((id) => grade(grades, id) >= 1).length / total;
}

/** Gain of a grade: 2^grade − 1, so a same-event entry (3) is worth three related ones (1). */
export const gain = (g: number) => 2 ** g - 1;

/** Discounted cumulative gain of a list of grades: Σ gain / log2(rank + 1), rank from 1. */
export function dcg(gradesInOrder: readonly number[]): number {
  return gradesInOrder.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
}

/** DCG of the first k results divided by the DCG of the ideal ordering of all judgments; 0 when nothing is relevant. */
export function ndcgAt(ranked: readonly string[], grades: Grades, k: number): number {
  const ideal = dcg(Object.values(grades).filter((g) => g > 0).sort((a, b) => b - a).slice(0, k));
  return ideal === 0 ? 0 : dcg(ranked.slice(0, k).map((id) => grade(grades, id))) / ideal;
}
