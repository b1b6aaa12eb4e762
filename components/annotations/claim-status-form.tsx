'use client';

import { useId, useState, type FormEvent } from 'react';
import type { Option } from '@/components/ui/option';
import { addEvidenceAction, setClaimAction } from '@/lib/actions/annotation-actions';
import type { ClaimStatusName, ClaimTypeName } from '@/lib/validation/annotations';
import { ClaimFields, claimEvidence, emptyClaimDraft, type ClaimDraft } from './claim-fields';
import type { CardControlLabels } from './panel-labels';
import { useAnnotationAction } from './use-annotation-action';
import styles from './annotation-forms.module.css';

/**
 * Changes the claim of the reader's own annotation (or makes it a claim): type, status and the
 * evidence a status other than unverified needs: a new link or chronicle entry, or evidence
 * already on the claim. Evidence without a change of type or status is simply added.
 */
export function ClaimStatusForm({
  annotationId,
  claim,
  evidence,
  chronicleOptions,
  labels,
}: {
  annotationId: string;
  claim: { type: ClaimTypeName; status: ClaimStatusName } | null;
  /** Evidence already on the claim, as choices. */
  evidence: Option[];
  chronicleOptions: Option[];
  labels: CardControlLabels;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ClaimDraft>(emptyClaimDraft(claim?.type, claim?.status));
  const { run, pending, error, setError } = useAnnotationAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = claimEvidence(draft, labels.claimFields);
    if ('error' in found) return setError(found.error);
    const unchanged = claim !== null && claim.type === draft.type && claim.status === draft.status;
    const done =
      unchanged && found.evidence
        ? await run(() => addEvidenceAction({ id: annotationId, evidence: found.evidence! }))
        : await run(() => setClaimAction({ id: annotationId, type: draft.type, status: draft.status, ...found }));
    if (done) {
      setOpen(false);
      setDraft(emptyClaimDraft(draft.type, draft.status));
    }
  };

  if (!open) {
    return (
      <button type="button" className={styles.small} onClick={() => setOpen(true)}>
        {claim ? labels.claimChange : labels.claimMake}
      </button>
    );
  }
  return (
    <form className={styles.inline} onSubmit={submit} aria-busy={pending}>
      <ClaimFields idPrefix={id} value={draft} onChange={setDraft} labels={labels.claimFields} chronicleOptions={chronicleOptions} existingEvidence={evidence} />
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={pending}>
          {labels.claimApply}
        </button>
        <button type="button" className={styles.secondary} onClick={() => setOpen(false)} disabled={pending}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
