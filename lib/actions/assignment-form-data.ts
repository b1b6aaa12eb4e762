import type { AssignmentSummary } from '@/lib/assignments/types';
import type { CreateAssignmentInput } from '@/lib/validation/assignments';

/** What the new-assignment form shows after a failed submit. */
export interface AssignmentFormState {
  error: string | null;
  code?: string;
  /** The submitted text fields, so the form shows them again after React resets it. */
  values?: Record<string, string>;
}

/** The text fields of a submitted form. */
export function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])));
}

/** Minutes east of UTC when the browser did not say (the corpus is Beijing time). */
export const DEFAULT_OFFSET_MINUTES = 480;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function whole(form: FormData, name: string): number {
  const value = text(form, name);
  return value === '' ? 0 : Number(value);
}

function optionalWhole(form: FormData, name: string): number | undefined {
  const value = text(form, name);
  return value === '' ? undefined : Number(value);
}

/**
 * A `datetime-local` value (no zone) as an ISO instant, read in the zone the browser reported
 * (`timezoneOffset`, minutes east of UTC); empty → null; unreadable → the raw text, which the
 * schema then rejects.
 */
export function dueAtFromForm(local: string, offsetMinutes: number): string | null {
  if (!local) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return local;
  const [, y, mo, d, h, mi] = match.map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!) - offsetMinutes * 60_000).toISOString();
}

/** The reverse of dueAtFromForm: an ISO instant as a `datetime-local` value in that zone. */
export function localInputFromIso(iso: string, offsetMinutes: number): string {
  return new Date(new Date(iso).getTime() + offsetMinutes * 60_000).toISOString().slice(0, 16);
}

/** An assignment's stored fields as the form's text fields (the due time stays ISO). */
export function assignmentFormValues(a: AssignmentSummary): Record<string, string> {
  const p = a.passage;
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    title: a.title,
    transcriptSlug: a.transcriptSlug,
    instructions: a.instructions,
    passageKind: p.kind,
    fromTurn: p.kind === 'turn_range' ? text(p.fromTurn) : '',
    toTurn: p.kind === 'turn_range' ? text(p.toTurn) : '',
    speakerLabel: p.speakerLabel ?? '',
    spanTurn: p.kind === 'span' ? text(p.fromTurn) : '',
    spanStart: text(p.spanStart),
    spanEnd: text(p.spanEnd),
    dueAt: a.dueAt ?? '',
    minAnnotations: String(a.minAnnotations),
    minClaims: String(a.minClaims),
    minLinks: String(a.minLinks),
    ...(a.hideClassmatesUntilDue ? { hideClassmatesUntilDue: 'on' } : {}),
  };
}

/** The form's fields as the create schema's input (unchecked: the schema validates). */
export function assignmentFormInput(form: FormData): CreateAssignmentInput {
  const kind = text(form, 'passageKind');
  const offset = text(form, 'timezoneOffset');
  const passage =
    kind === 'speaker'
      ? { kind, speakerLabel: text(form, 'speakerLabel') }
      : kind === 'span'
        ? { kind, turn: whole(form, 'spanTurn'), start: optionalWhole(form, 'spanStart'), end: optionalWhole(form, 'spanEnd'), quote: text(form, 'spanQuote') || undefined }
        : { kind: 'turn_range' as const, fromTurn: whole(form, 'fromTurn'), toTurn: whole(form, 'toTurn') };
  return {
    groupId: text(form, 'groupId'),
    transcriptSlug: text(form, 'transcriptSlug'),
    title: text(form, 'title'),
    instructions: text(form, 'instructions'),
    passage: passage as CreateAssignmentInput['passage'],
    dueAt: dueAtFromForm(text(form, 'dueAt'), offset === '' ? DEFAULT_OFFSET_MINUTES : Number(offset)),
    minAnnotations: whole(form, 'minAnnotations'),
    minClaims: whole(form, 'minClaims'),
    minLinks: whole(form, 'minLinks'),
    hideClassmatesUntilDue: form.get('hideClassmatesUntilDue') === 'on',
  };
}
