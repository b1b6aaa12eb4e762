'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth/viewer';
import { importOwnTranscript } from '@/lib/data/transcripts';
import { getI18n } from '@/lib/i18n/get-i18n';
import { decodeDocument } from '@/lib/import/decode-text';
import { MAX_IMPORT_BYTES, previewImport, type ImportPreview } from '@/lib/import/import-preview';
import type { z } from 'zod';
import { rosterEditSchema, transcriptImportInputSchema, type RosterEdit } from '@/lib/validation/transcript-import';
import { validatedAction } from './validated-action';

/**
 * What the import page shows after a post: the text (it round-trips through the form's text
 * area, re-parsed on every post), the preview of that text, or a message.
 */
export interface ImportFormState {
  text: string;
  preview: ImportPreview | null;
  error: string | null;
}

/** Stores the text as the viewer's private transcript (write limit, one transaction); the parse is redone here. */
export const storeTranscriptAction = validatedAction(transcriptImportInputSchema, async (input, viewer) => {
  const result = await importOwnTranscript(viewer, input);
  revalidatePath('/');
  return result;
});

/** The roster rows of the preview form (`roster.N.label`, `.name`, `.title`, `.organization`, `.role`), unchecked. */
function rosterFields(form: FormData): z.input<typeof rosterEditSchema>[] {
  const rows: z.input<typeof rosterEditSchema>[] = [];
  for (let i = 0; i < 500 && form.has(`roster.${i}.label`); i++) {
    const get = (field: string) => String(form.get(`roster.${i}.${field}`) ?? '');
    // The role is checked by the schema like every other field.
    rows.push({ label: get('label'), name: get('name'), title: get('title'), organization: get('organization'), role: get('role') as RosterEdit['role'] });
  }
  return rows;
}

/** The posted text: an uploaded file (decoded: any common encoding, HTML, .docx) or the text area (pasted HTML read as HTML). */
async function readPostedText(form: FormData, t: Awaited<ReturnType<typeof getI18n>>['t']): Promise<{ ok: true; text: string } | { ok: false; error: string; preview?: ImportPreview }> {
  const file = form.get('file');
  const upload = file instanceof File && file.size > 0 ? file : null;
  const pasted = typeof form.get('text') === 'string' ? (form.get('text') as string) : '';
  const bytes = upload ? new Uint8Array(await upload.arrayBuffer()) : new TextEncoder().encode(pasted);
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, error: t('importTooLarge') };
  if (bytes.length === 0 || (!upload && pasted.trim() === '')) return { ok: false, error: t('importEmpty') };
  const decoded = await decodeDocument(bytes, upload ? { fileName: upload.name, contentType: upload.type } : {});
  if (!decoded.ok) return { ok: false, error: t('importUnreadable'), preview: { ok: false, errors: decoded.errors.map((e) => ({ ...e, text: '' })) } };
  return { ok: true, text: decoded.value.text };
}

/**
 * The import page's one form (useActionState; a plain POST without JavaScript): `intent=preview`
 * reads the file or the text and answers its preview (nothing stored); `intent=store` parses the
 * text again with the roster edits and stores it, then opens the reader. Signed out: sign in first.
 */
export async function importTranscriptFormAction(previous: ImportFormState, form: FormData): Promise<ImportFormState> {
  const { t } = await getI18n();
  if (!(await getViewer())) redirect('/signin?callbackUrl=%2Fimport');
  const read = await readPostedText(form, t);
  if (!read.ok) return { text: previous.text, preview: read.preview ?? null, error: read.error };
  const rows = rosterFields(form);
  const roster = rosterEditSchema.array().max(500).safeParse(rows);
  if (!roster.success) return { text: read.text, preview: null, error: t('importRosterInvalid') };
  if (form.get('intent') !== 'store') return { text: read.text, preview: previewImport(read.text, roster.data), error: null };

  const stored = await storeTranscriptAction({ text: read.text, roster: rows });
  if (!stored.ok) return { text: read.text, preview: previewImport(read.text, roster.data), error: stored.error };
  redirect(`/transcripts/${encodeURIComponent(stored.data.slug)}`);
}
