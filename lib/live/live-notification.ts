/** The channel the database triggers announce committed changes on (migration group_work). */
export const LIVE_CHANNEL = 'rostrum_live';

/**
 * What a subscriber hears. `annotation` and `reply` come from the triggers (ids only, never
 * content); `membership` too (someone joined, changed role or was removed). `resync` is ours:
 * changes may have been missed (the listening connection was lost, or the database cannot
 * NOTIFY another connection), so each stream compares what its viewer sees now with before.
 */
export type LiveNotification =
  | { kind: 'annotation'; op: string; annotationId: string; transcriptId: string }
  | { kind: 'reply'; op: string; annotationId: string; transcriptId: string | null }
  | { kind: 'membership'; op: string; groupId: string; userId: string }
  | { kind: 'resync' };

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Parses a NOTIFY payload; null for anything not shaped like our triggers' JSON. */
export function parseLiveNotification(payload: string | undefined): LiveNotification | null {
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(payload ?? '');
    if (typeof parsed !== 'object' || parsed === null) return null;
    data = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  const op = isText(data.op) ? data.op : 'UNKNOWN';
  if (data.kind === 'annotation' && isText(data.annotationId) && isText(data.transcriptId)) {
    return { kind: 'annotation', op, annotationId: data.annotationId, transcriptId: data.transcriptId };
  }
  if (data.kind === 'reply' && isText(data.annotationId)) {
    // A reply deleted with its annotation no longer finds the transcript: the annotation's own event covers it.
    return { kind: 'reply', op, annotationId: data.annotationId, transcriptId: isText(data.transcriptId) ? data.transcriptId : null };
  }
  if (data.kind === 'membership' && isText(data.groupId) && isText(data.userId)) {
    return { kind: 'membership', op, groupId: data.groupId, userId: data.userId };
  }
  return null;
}
