import type { Translator } from '@/lib/i18n/translate';
import styles from './coverage.module.css';

/** What the marks of the coverage view mean, each shown with the mark itself. */
export function CoverageLegend({ t }: { t: Translator }) {
  return (
    <aside className={styles.legend} aria-labelledby="coverage-legend-title">
      <strong id="coverage-legend-title">{t('coverageLegendTitle')}</strong>
      <ul>
        <li>
          <del lang="zh-CN">删去</del> {t('coverageLegendOmitted')}
        </li>
        <li>
          <ins lang="zh-CN">新增</ins> {t('coverageLegendAdded')}
        </li>
        <li>
          <mark>4批</mark> {t('coverageLegendChanged')}
        </li>
      </ul>
      <p>{t('coverageLegendEqual')}</p>
    </aside>
  );
}
