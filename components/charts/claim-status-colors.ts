import type { ClaimStatusName } from '@/lib/validation/annotations';

/** One colour per claim status, each at least 3:1 against white (WCAG non-text contrast). */
export const CLAIM_STATUS_COLORS: Record<ClaimStatusName, string> = {
  unverified: '#7d838c',
  supported: '#2e7d32',
  disputed: '#b86e00',
  false_claim: '#b3261e',
  needs_context: '#1d6c87',
};
