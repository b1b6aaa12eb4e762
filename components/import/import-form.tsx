'use client';

import { useActionState } from 'react';
import type { ImportFormState } from '@/lib/actions/import-actions';
import { ImportPreviewView, type ImportPreviewLabels } from './import-preview';
import styles from './import.module.css';

/** Interface text of the import form, translated by the page. */
export interface ImportFormLabels extends ImportPreviewLabels {
  fileLabel: string;
  fileHint: string;
  textLabel: string;
  textHint: string;
  preview: string;
  previewAgain: string;
  store: string;
  pending: string;
}

/**
 * Paste or upload, preview, correct, store: one form posting to importTranscriptFormAction
 * (useActionState; without JavaScript a plain POST renders the same state). The text round-trips
 * through the text area, so the reader may correct it and parse again; the roster fields are
 * part of the same form.
 */
export function ImportForm({ action, labels }: { action: (state: ImportFormState, form: FormData) => Promise<ImportFormState>; labels: ImportFormLabels }) {
  const [state, formAction, pending] = useActionState(action, { text: '', preview: null, error: null });
  const previewed = state.preview?.ok === true;
  return (
    <form action={formAction} aria-busy={pending} className={styles.page}>
      <section className={styles.section} aria-labelledby="import-source-title">
        <h2 id="import-source-title">{labels.sourceTitle}</h2>
        <div className={styles.field}>
          <label htmlFor="import-file">{labels.fileLabel}</label>
          <input id="import-file" name="file" type="file" accept=".txt,.text,.html,.htm,.docx,text/plain,text/html" aria-describedby="import-file-hint" />
          <span id="import-file-hint" className={styles.hint}>
            {labels.fileHint}
          </span>
        </div>
        <div className={styles.field}>
          <label htmlFor="import-text">{labels.textLabel}</label>
          {/* The key resets the text area to the text the server read (a decoded file, a corrected paste). */}
          <textarea key={state.text} id="import-text" name="text" defaultValue={state.text} rows={12} spellCheck={false} aria-describedby="import-text-hint" />
          <span id="import-text-hint" className={styles.hint}>
            {labels.textHint}
          </span>
        </div>
      </section>
      {state.error && (
        <p role="alert" className={styles.alert}>
          {state.error}
        </p>
      )}
      {state.preview && <ImportPreviewView key={state.text} preview={state.preview} labels={labels} />}
      <div className={styles.actions}>
        <button type="submit" name="intent" value="preview" disabled={pending}>
          {previewed ? labels.previewAgain : labels.preview}
        </button>
        {previewed && (
          <button type="submit" name="intent" value="store" className={styles.primary} disabled={pending}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            {labels.store}
          </button>
        )}
        {pending && (
          <span className={styles.hint} role="status">
            {labels.pending}
          </span>
        )}
      </div>
    </form>
  );
}
