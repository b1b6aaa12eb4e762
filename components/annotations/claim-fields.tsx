'use client';

import type { Option } from '@/components/ui/option';
import type { ClaimStatusName, ClaimTypeName, EvidenceInput } from '@/lib/validation/annotations';
import type { ClaimFieldLabels } from './labels';
import styles from './annotation-forms.module.css';

/** The claim part of a form as typed: type, status and the evidence for a status change. */
export interface ClaimDraft {
  type: ClaimTypeName;
  status: ClaimStatusName;
  url: string;
  entryId: string;
  /** Evidence already on the claim, chosen instead of adding new (claim status form only). */
  evidenceId: string;
  note: string;
}

export const emptyClaimDraft = (type: ClaimTypeName = 'factual_statement', status: ClaimStatusName = 'unverified'): ClaimDraft => ({
  type,
  status,
  url: '',
  entryId: '',
  evidenceId: '',
  note: '',
});

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * The evidence a claim draft carries: new evidence (a URL wins over a chronicle entry), the id of
 * existing evidence, or an error message when the status needs evidence it lacks or the URL is
 * not http(s). The server checks all of this again.
 */
export function claimEvidence(draft: ClaimDraft, labels: ClaimFieldLabels): { evidence?: EvidenceInput; evidenceId?: string } | { error: string } {
  const url = draft.url.trim();
  const note = draft.note.trim() || undefined;
  if (url && !isHttpUrl(url)) return { error: labels.urlInvalid };
  if (url) return { evidence: { kind: 'url', url, note } };
  if (draft.entryId) return { evidence: { kind: 'chronicle_entry', entryId: draft.entryId, note } };
  if (draft.evidenceId) return { evidenceId: draft.evidenceId };
  return draft.status === 'unverified' ? {} : { error: labels.required };
}

/** Type and status selects and the evidence fields of a claim (controlled). */
export function ClaimFields({
  idPrefix,
  value,
  onChange,
  labels,
  chronicleOptions,
  existingEvidence = [],
}: {
  idPrefix: string;
  value: ClaimDraft;
  onChange(next: ClaimDraft): void;
  labels: ClaimFieldLabels;
  chronicleOptions: Option[];
  existingEvidence?: Option[];
}) {
  const set = (change: Partial<ClaimDraft>) => onChange({ ...value, ...change });
  const needsEvidence = value.status !== 'unverified';
  return (
    <div className={styles.claim}>
      <div className={styles.row}>
        <label className={styles.field}>
          <span>{labels.type}</span>
          <select value={value.type} onChange={(e) => set({ type: e.target.value as ClaimTypeName })}>
            {labels.types.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>{labels.status}</span>
          <select value={value.status} onChange={(e) => set({ status: e.target.value as ClaimStatusName })} aria-describedby={`${idPrefix}-evidence-hint`}>
            {labels.statuses.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className={styles.evidence} data-needed={needsEvidence || undefined}>
        <legend>{labels.evidence}</legend>
        <p id={`${idPrefix}-evidence-hint`} className={styles.hint}>
          {labels.required}
        </p>
        <label className={styles.field}>
          <span>{labels.url}</span>
          <input type="url" inputMode="url" placeholder="https://" value={value.url} onChange={(e) => set({ url: e.target.value })} />
        </label>
        {chronicleOptions.length > 0 && (
          <label className={styles.field}>
            <span>{labels.chronicle}</span>
            <select value={value.entryId} onChange={(e) => set({ entryId: e.target.value })}>
              <option value="">{labels.chronicleNone}</option>
              {chronicleOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {existingEvidence.length > 0 && (
          <label className={styles.field}>
            <span>{labels.existing}</span>
            <select value={value.evidenceId} onChange={(e) => set({ evidenceId: e.target.value })}>
              <option value="">{labels.chronicleNone}</option>
              {existingEvidence.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={styles.field}>
          <span>{labels.note}</span>
          <input type="text" value={value.note} onChange={(e) => set({ note: e.target.value })} />
        </label>
      </fieldset>
    </div>
  );
}
