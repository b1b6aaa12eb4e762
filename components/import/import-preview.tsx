import type { ImportPreview } from '@/lib/import/import-preview';
import { SPEAKER_ROLES } from '@/lib/validation/transcript-import';
import styles from './import.module.css';

/** Interface text of the preview, translated by the page; `{n}`-messages come as their plural forms. */
export interface ImportPreviewLabels {
  sourceTitle: string;
  previewTitle: string;
  layout: string;
  coverage: string;
  title: string;
  date: string;
  timezone: string;
  noDate: string;
  rosterTitle: string;
  rosterHint: string;
  speakerName: string;
  speakerTitle: string;
  speakerOrganization: string;
  speakerRole: string;
  roles: Record<(typeof SPEAKER_ROLES)[number], string>;
  turnsTitle: { one: string; other: string };
  noTime: string;
  warnLong: string;
  warnNoTime: string;
  errorsTitle: string;
  errorLine: string;
  /** Layout ids (lib/transcript LAYOUTS) by name. */
  layouts: Record<string, string>;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

function WarningIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.5l7 13H1z" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 6v4.5M8 12v1.2" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/**
 * What a parse found, before anything is stored: layout and coverage, the header, the roster as
 * form fields (posted with the form), the turns with an excerpt, a time and warnings; or the
 * errors by line with the line's text.
 */
export function ImportPreviewView({ preview, labels }: { preview: ImportPreview; labels: ImportPreviewLabels }) {
  if (!preview.ok) {
    return (
      <section className={styles.section} aria-labelledby="import-errors-title">
        <h2 id="import-errors-title">{labels.errorsTitle}</h2>
        <ul className={styles.errors}>
          {preview.errors.map((error, i) => (
            <li key={i}>
              <bdi>{fill(labels.errorLine, { line: error.line })}</bdi> <bdi>{error.message}</bdi>
              {error.text && (
                <code className={styles.errorLine} dir="auto">
                  {error.text}
                </code>
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const n = preview.turns.length;
  const date = preview.heldAt ?? preview.heldOn;
  return (
    <>
      <section className={styles.section} aria-labelledby="import-preview-title">
        <h2 id="import-preview-title">{labels.previewTitle}</h2>
        <dl className={styles.facts}>
          <dt>{labels.layout}</dt>
          <dd>{labels.layouts[preview.layout] ?? preview.layout}</dd>
          <dt>{labels.coverage}</dt>
          <dd data-testid="import-coverage">{Math.floor(preview.coverage * 1000) / 10}%</dd>
          <dt>{labels.title}</dt>
          <dd>
            <bdi>{preview.title}</bdi>
          </dd>
          <dt>{labels.date}</dt>
          <dd>{date ?? labels.noDate}</dd>
          <dt>{labels.timezone}</dt>
          <dd>{preview.timezone}</dd>
        </dl>
      </section>
      <section className={styles.section} aria-labelledby="import-roster-title">
        <h2 id="import-roster-title">{labels.rosterTitle}</h2>
        <p className={styles.hint}>{labels.rosterHint}</p>
        <ul className={styles.roster}>
          {preview.speakers.map((speaker, i) => (
            <li key={speaker.label}>
              <fieldset className={styles.rosterRow}>
                <legend>
                  <bdi>{speaker.label}</bdi>
                </legend>
                <input type="hidden" name={`roster.${i}.label`} value={speaker.label} />
                <div className={styles.field}>
                  <label htmlFor={`roster-${i}-name`}>{labels.speakerName}</label>
                  <input id={`roster-${i}-name`} name={`roster.${i}.name`} defaultValue={speaker.name ?? ''} maxLength={100} autoComplete="off" />
                </div>
                <div className={styles.field}>
                  <label htmlFor={`roster-${i}-title`}>{labels.speakerTitle}</label>
                  <input id={`roster-${i}-title`} name={`roster.${i}.title`} defaultValue={speaker.title ?? ''} maxLength={200} autoComplete="off" />
                </div>
                <div className={styles.field}>
                  <label htmlFor={`roster-${i}-organization`}>{labels.speakerOrganization}</label>
                  <input id={`roster-${i}-organization`} name={`roster.${i}.organization`} defaultValue={speaker.organization ?? ''} maxLength={200} autoComplete="off" />
                </div>
                <div className={styles.field}>
                  <label htmlFor={`roster-${i}-role`}>{labels.speakerRole}</label>
                  <select id={`roster-${i}-role`} name={`roster.${i}.role`} defaultValue={speaker.role}>
                    {SPEAKER_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {labels.roles[role]}
                      </option>
                    ))}
                  </select>
                </div>
              </fieldset>
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="import-turns-title">
        <h2 id="import-turns-title">{fill(n === 1 ? labels.turnsTitle.one : labels.turnsTitle.other, { n })}</h2>
        <ol className={styles.turns}>
          {preview.turns.map((turn) => (
            <li key={turn.index} className={styles.turn}>
              <span className={styles.turnHead}>
                <span>{turn.index}</span>
                <bdi>{turn.speaker}</bdi>
                <span>{turn.postedAt ?? labels.noTime}</span>
              </span>
              <p className={styles.excerpt} dir="auto">
                {turn.excerpt}
                {turn.truncated ? '…' : ''}
              </p>
              {turn.warnings.map((warning) => (
                <span key={warning} className={styles.warning}>
                  <WarningIcon />
                  {warning === 'long' ? labels.warnLong : labels.warnNoTime}
                </span>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
