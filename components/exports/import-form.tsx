'use client';

import { useState, type FormEvent } from 'react';
import { importAnnotationsAction } from '@/lib/actions/export-actions';

export interface ImportFormLabels {
  file: string;
  submit: string;
  busy: string;
  /** With `{created}` and `{skipped}` placeholders. */
  done: string;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** Reads the chosen file in the browser and sends its text to the import action; reports what happened. */
export function ImportForm({ labels }: { labels: ImportFormLabels }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return;
    setStatus({ kind: 'busy' });
    const result = await importAnnotationsAction({ json: await file.text() });
    setStatus(
      result.ok
        ? { kind: 'done', text: labels.done.replace('{created}', String(result.data.created)).replace('{skipped}', String(result.data.skipped)) }
        : { kind: 'error', text: result.error },
    );
  }
  return (
    <form onSubmit={submit}>
      <label>
        {labels.file} <input type="file" name="file" accept=".jsonld,.json,application/ld+json,application/json" required />
      </label>{' '}
      <button type="submit" disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? labels.busy : labels.submit}
      </button>
      {status.kind === 'done' && <p role="status">{status.text}</p>}
      {status.kind === 'error' && <p role="alert">{status.text}</p>}
    </form>
  );
}
