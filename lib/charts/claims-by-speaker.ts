import { CLAIM_STATUSES, type ClaimStatusName } from '@/lib/validation/annotations';

export interface SpeakerClaims {
  label: string;
  counts: Record<ClaimStatusName, number>;
  total: number;
}

/** Claims counted by status for each speaker, most-claimed speaker first. */
export function claimsBySpeaker(claims: ReadonlyArray<{ speaker: string; claim: { status: ClaimStatusName } }>): SpeakerClaims[] {
  const rows = new Map<string, SpeakerClaims>();
  for (const { speaker, claim } of claims) {
    const row = rows.get(speaker) ?? { label: speaker, counts: Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatusName, number>, total: 0 };
    row.counts[claim.status] += 1;
    row.total += 1;
    rows.set(speaker, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}
