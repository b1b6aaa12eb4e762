import { claimFieldLabels } from '@/components/annotations/labels';
import { FilterSelect } from '@/components/ui/filter-select';
import { isolate } from '@/lib/format/isolate';
import { CONTENT_LANG } from '@/lib/i18n/locale';
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
      <FilterSelect name="claimStatus" label={t('boardFilterStatus')} value={query.claimStatus} options={labels.statuses} any={t('boardFilterAny')} />
      <FilterSelect name="claimType" label={t('boardFilterType')} value={query.claimType} options={labels.types} any={t('boardFilterAny')} />
      <FilterSelect
        name="speaker"
        label={t('boardFilterSpeaker')}
        value={query.speaker}
        options={speakers.map(([value, label]) => ({ value, label: isolate(label) }))}
        any={t('boardFilterAny')}
        optionLang={CONTENT_LANG}
      />
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
