import Link from 'next/link';
import { UserText } from '@/components/ui/user-text';
import type { ClaimSummary } from '@/lib/data/annotations';
import type { Translator } from '@/lib/i18n/translate';
import { claimStatusLabel, claimTypeLabel } from './labels';
import styles from './claims-table.module.css';

/**
 * The claims of a transcript as a table: quote, who said it, type, status, how much evidence,
 * and a link to the annotation. `speakerName` turns a transcript speaker label into a name.
 */
export function ClaimsTable({ claims, speakerName, t }: { claims: ClaimSummary[]; speakerName(label: string): string; t: Translator }) {
  return (
    <div className={styles.scroller}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('claimsQuote')}</th>
            <th scope="col">{t('claimsSpeaker')}</th>
            <th scope="col">{t('claimTypeLabel')}</th>
            <th scope="col">{t('claimStatusLabel')}</th>
            <th scope="col" className={styles.number}>
              {t('claimsEvidenceCount')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('claimsOpen')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id}>
              <td lang="zh-CN" className={styles.quote}>
                <UserText>{claim.exact}</UserText>
              </td>
              <td lang="zh-CN">
                <UserText>{speakerName(claim.speaker)}</UserText>
              </td>
              <td>{claimTypeLabel(claim.claim.type, t)}</td>
              <td>
                <span className={styles.status} data-status={claim.claim.status}>
                  {claimStatusLabel(claim.claim.status, t)}
                </span>
              </td>
              <td className={styles.number}>{claim.evidenceCount}</td>
              <td>
                <Link href={`/annotations/${encodeURIComponent(claim.id)}`}>{t('claimsOpen')}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
