import { claimFieldLabels } from '@/components/annotations/labels';
import type { Translator } from '@/lib/i18n/translate';
import type { BoardQuery } from '@/lib/validation/team';
import styles from './board.module.css';

/**
 * The board's filters, order and grouping as a GET form: the URL carries the view, so it works
 * without JavaScript and can be shared. `speakers` are [label, name] pairs.
 */
export function BoardFilters({ query, speakers, t }: { query: BoardQuery; speakers: [string, string][]; t: Translator }) {
  const labels = claimFieldLabels(t);
  return (
    <form method="get" className={styles.filters} aria-label={t('boardFilters')}>
      <label>
        <span>{t('boardFilterStatus')}</span>
        <select name="claimStatus" defaultValue={query.claimStatus ?? ''}>
          <option value="">{t('boardFilterAny')}</option>
          {labels.statuses.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('boardFilterType')}</span>
        <select name="claimType" defaultValue={query.claimType ?? ''}>
          <option value="">{t('boardFilterAny')}</option>
          {labels.types.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('boardFilterSpeaker')}</span>
        <select name="speaker" defaultValue={query.speaker ?? ''}>
          <option value="">{t('boardFilterAny')}</option>
          {speakers.map(([label, name]) => (
            <option key={label} value={label} lang="zh-CN">
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('boardSort')}</span>
        <select name="sort" defaultValue={query.sort ?? 'turn'}>
          <option value="turn">{t('boardSortTurn')}</option>
          <option value="status">{t('boardSortStatus')}</option>
          <option value="newest">{t('boardSortNewest')}</option>
        </select>
      </label>
      <label className={styles.check}>
        <input type="checkbox" name="disagreements" value="1" defaultChecked={query.disagreements ?? false} />
        <span>{t('boardFilterDisagreements')}</span>
      </label>
      <label className={styles.check}>
        <input type="checkbox" name="group" value="speaker" defaultChecked={query.groupBySpeaker ?? false} />
        <span>{t('boardGroupBySpeaker')}</span>
      </label>
      <button type="submit">{t('boardApply')}</button>
    </form>
  );
}
