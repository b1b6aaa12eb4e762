import type { AssignmentSummary } from '@/lib/assignments/types';
import type { CreateAssignmentInput } from '@/lib/validation/assignments';
import type { FormFields } from './form-action';

// Pure mapping between the assignment form's fields and the schema's input. Only types come
// from the server side, so the form component may import the time-zone helpers.

/** Minutes east of UTC when the browser did not say (the corpus is Beijing time). */
export const DEFAULT_OFFSET_MINUTES = 480;

const text = (fields: FormFields, name: string): string => fields[name]?.trim() ?? '';

function whole(fields: FormFields, name: string): number {
  const value = text(fields, name);
  return value === '' ? 0 : Number(value);
}

function optionalWhole(fields: FormFields, name: string): number | undefined {
  const value = text(fields, name);
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
export function assignmentFormInput(fields: FormFields): CreateAssignmentInput {
  const kind = text(fields, 'passageKind');
  const offset = text(fields, 'timezoneOffset');
  const passage =
    kind === 'speaker'
      ? { kind, speakerLabel: text(fields, 'speakerLabel') }
      : kind === 'span'
        ? { kind, turn: whole(fields, 'spanTurn'), start: optionalWhole(fields, 'spanStart'), end: optionalWhole(fields, 'spanEnd'), quote: text(fields, 'spanQuote') || undefined }
        : { kind: 'turn_range' as const, fromTurn: whole(fields, 'fromTurn'), toTurn: whole(fields, 'toTurn') };
  return {
    groupId: text(fields, 'groupId'),
    transcriptSlug: text(fields, 'transcriptSlug'),
    title: text(fields, 'title'),
    instructions: text(fields, 'instructions'),
    passage: passage as CreateAssignmentInput['passage'],
    dueAt: dueAtFromForm(text(fields, 'dueAt'), offset === '' ? DEFAULT_OFFSET_MINUTES : Number(offset)),
    minAnnotations: whole(fields, 'minAnnotations'),
    minClaims: whole(fields, 'minClaims'),
    minLinks: whole(fields, 'minLinks'),
    hideClassmatesUntilDue: fields.hideClassmatesUntilDue === 'on',
  };
}
