import { krippendorffAlphaNominal, type AlphaResult } from './krippendorff-alpha';

/** One coder's claim as agreement sees it; `createdAt` is ISO 8601 (compares as text). */
export interface CodedClaim<Status extends string = string, Type extends string = string> {
  coderId: string;
  status: Status;
  type: Type;
  createdAt: string;
}

/** Each coder's latest claim in a unit (one value per coder per unit), in first-seen coder order. */
export function latestPerCoder<C extends CodedClaim>(claims: readonly C[]): C[] {
  const latest = new Map<string, C>();
  for (const claim of claims) {
    const seen = latest.get(claim.coderId);
    if (!seen || claim.createdAt > seen.createdAt) latest.set(claim.coderId, claim);
  }
  return [...latest.values()];
}

/**
 * A disagreement: at least two coders whose latest claims on the span differ in status or in
 * type. One coder changing their mind is not a disagreement.
 */
export function isDisagreement(claims: readonly CodedClaim[]): boolean {
  const latest = latestPerCoder(claims);
  if (latest.length < 2) return false;
  return new Set(latest.map((c) => c.status)).size > 1 || new Set(latest.map((c) => c.type)).size > 1;
}

/** Agreement on claim status: alpha plus how many spans (units) and claims (values) it rests on. */
export type StatusAgreement = AlphaResult;

/**
 * Krippendorff's alpha (nominal) on claim status over `units` (each a span's claims): one value
 * per coder per unit, that coder's latest claim; spans with one coder do not count.
 */
export function statusAgreement(units: ReadonlyArray<readonly CodedClaim[]>): StatusAgreement {
  const coders = [...new Set(units.flatMap((unit) => unit.map((c) => c.coderId)))];
  const matrix = units.map((unit) => {
    const byCoder = new Map(latestPerCoder(unit).map((c) => [c.coderId, c.status]));
    return coders.map((coder) => byCoder.get(coder) ?? null);
  });
  return krippendorffAlphaNominal(matrix);
}
