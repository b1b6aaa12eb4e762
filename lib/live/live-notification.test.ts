import { describe, expect, it } from 'vitest';
import { parseLiveNotification } from './live-notification';

describe('parseLiveNotification', () => {
  it.each([
    ['an annotation change', '{"kind":"annotation","op":"INSERT","annotationId":"a1","transcriptId":"t1","groupId":null}', { kind: 'annotation', op: 'INSERT', annotationId: 'a1', transcriptId: 't1' }],
    ['a reply change', '{"kind":"reply","op":"UPDATE","annotationId":"a1","replyId":"r1","transcriptId":"t1"}', { kind: 'reply', op: 'UPDATE', annotationId: 'a1', transcriptId: 't1' }],
    ['a reply deleted with its annotation (no transcript left)', '{"kind":"reply","op":"DELETE","annotationId":"a1","replyId":"r1","transcriptId":null}', { kind: 'reply', op: 'DELETE', annotationId: 'a1', transcriptId: null }],
    ['a membership change', '{"kind":"membership","op":"UPDATE","groupId":"g1","userId":"u1"}', { kind: 'membership', op: 'UPDATE', groupId: 'g1', userId: 'u1' }],
    ['an annotation without a transcript', '{"kind":"annotation","op":"INSERT","annotationId":"a1"}', null],
    ['an unknown kind', '{"kind":"other"}', null],
    ['not JSON', 'hello', null],
    ['JSON that is not an object', '"annotation"', null],
    ['no payload', undefined, null],
  ])('%s', (_name, payload, expected) => {
    expect(parseLiveNotification(payload)).toEqual(expected);
  });
});
