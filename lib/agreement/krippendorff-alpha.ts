/**
 * Krippendorff's alpha for nominal data with missing values (Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability", 2011). Pure: no database, no I/O.
 */

/** One unit (e.g. one claim span): the value each coder gave it; null or absent = missing. */
export type ReliabilityUnit<V> = ReadonlyArray<V | null | undefined>;

/** The result: `alpha` is null when no unit has two values to pair. */
export interface AlphaResult {
  alpha: number | null;
  /** Units with at least two values (the only ones that count). */
  units: number;
  /** Values in those units (n in Krippendorff's notation). */
  values: number;
}

/**
 * Nominal alpha = 1 − D_o / D_e from the coincidence matrix: each unit with m_u ≥ 2 values adds
 * 1 / (m_u − 1) for every ordered pair of its values from different coders. Units with fewer
 * than two values are not pairable and are left out. When every pairable value is the same
 * (D_e = 0) there is no disagreement to expect or observe and alpha is 1.
 */
export function krippendorffAlphaNominal<V>(units: ReadonlyArray<ReliabilityUnit<V>>): AlphaResult {
  const observed = new Map<V, Map<V, number>>();
  let pairableUnits = 0;
  for (const unit of units) {
    const present = unit.filter((value): value is V => value !== null && value !== undefined);
    const m = present.length;
    if (m < 2) continue;
    pairableUnits++;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const row = observed.get(present[i]!) ?? new Map<V, number>();
        row.set(present[j]!, (row.get(present[j]!) ?? 0) + 1 / (m - 1));
        observed.set(present[i]!, row);
      }
    }
  }
  if (pairableUnits === 0) return { alpha: null, units: 0, values: 0 };

  const marginals = new Map<V, number>();
  let disagreeingObserved = 0;
  for (const [c, row] of observed) {
    for (const [k, count] of row) {
      marginals.set(c, (marginals.get(c) ?? 0) + count);
      if (c !== k) disagreeingObserved += count;
    }
  }
  const totals = [...marginals.values()];
  const n = totals.reduce((sum, value) => sum + value, 0);
  // Σ_{c≠k} n_c n_k = n² − Σ n_c².
  const disagreeingExpected = n * n - totals.reduce((sum, value) => sum + value * value, 0);
  const values = Math.round(n);
  if (disagreeingExpected === 0) return { alpha: 1, units: pairableUnits, values };
  return { alpha: 1 - ((n - 1) * disagreeingObserved) / disagreeingExpected, units: pairableUnits, values };
}
