// Every injection payload through every write path: stored, read back, and shown inert.
// Bodies come back as server-rendered HTML (checked with assertInertHtml); tags, notes and URLs
// come back as plain strings, checked as React renders them. A write may also refuse a payload;
// it must never store something that renders live. Payloads: lib/editor/xss-payloads.ts.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { addEvidence, createReply, updateReply, getAnnotationForViewer, createAnnotation, updateAnnotation } from '@/lib/data/annotations';
import type { AnnotationDetail } from '@/lib/data/annotations';
import { LINK_REL } from '@/lib/editor/extensions';
import { assertInertHtml, textOfInertHtml } from '@/lib/editor/inert-html';
import { EVIL_BODIES, XSS_PAYLOADS } from '@/tests/support/xss-payloads';
import type { TestDatabase } from './support/test-database';
import * as support from './support/annotation-database';

const { docOf } = support;
let db: TestDatabase;
let alice: Viewer;
let selection: Awaited<ReturnType<typeof support.selectionOf>>;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  alice = await support.createUser(db, 'Alice');
  selection = await support.selectionOf(db, 2, '非常高兴');
});
afterAll(() => support.tearDownAnnotationDatabase(db));

/** Runs a write; an AppError('invalid') counts as a safe refusal, anything else fails the test. */
async function refusedOr<T>(write: () => Promise<T>): Promise<T | 'refused'> {
  try {
    return await write();
  } catch (error) {
    expect(error).toMatchObject({ code: 'invalid' });
    return 'refused';
  }
}

const read = async (id: string) => (await getAnnotationForViewer(alice, id)) as AnnotationDetail;
/** Every rendered body of an annotation and its thread. */
const bodiesOf = (detail: AnnotationDetail): string[] => {
  const replies = (list: AnnotationDetail['replies']): string[] => list.flatMap((r) => [r.bodyHtml ?? '', ...replies(r.replies)]);
  return [detail.bodyHtml ?? '', ...replies(detail.replies)];
};
/** A string as the reader shows it: React text in a paragraph, or a link. */
const asText = (value: string) => renderToStaticMarkup(createElement('p', null, value));
const asLink = (href: string) => renderToStaticMarkup(createElement('a', { href, rel: LINK_REL }, 'source'));

/** Each write path with one payload; returns the HTML the reader would get back. */
const PATHS: Record<string, (payload: string) => Promise<string[]>> = {
  'create: payload as text of the body': async (payload) => {
    const made = await refusedOr(() => createAnnotation(alice, { ...selection, body: docOf(payload) }));
    if (made === 'refused') return [];
    const detail = await read(made.id);
    // Text stays text: what the reader sees is exactly what was typed (less control characters and lone surrogates).
    if (payload.isWellFormed() && !/[\u0000-\u001f\u007f]/.test(payload)) expect(textOfInertHtml(detail.bodyHtml!)).toBe(payload);
    return bodiesOf(detail);
  },
  'create: payload as the raw body': async (payload) => {
    const made = await refusedOr(() => createAnnotation(alice, { ...selection, body: payload }));
    return made === 'refused' ? [] : bodiesOf(await read(made.id));
  },
  'create: payload as a link href in the body': async (payload) => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: payload } }] }] }] };
    const made = await refusedOr(() => createAnnotation(alice, { ...selection, body }));
    return made === 'refused' ? [] : bodiesOf(await read(made.id));
  },
  'create: payload as the quote': async (payload) => {
    const made = await refusedOr(() => createAnnotation(alice, { ...selection, exact: payload }));
    expect(made).toBe('refused'); // the quote must equal the stored text at the offsets
    return [];
  },
  'update: payload as body text': async (payload) => {
    const made = await createAnnotation(alice, { ...selection, body: docOf('before') });
    await refusedOr(() => updateAnnotation(alice, made.id, { body: docOf(payload), expectedRevision: made.revision }));
    await refusedOr(() => updateAnnotation(alice, made.id, { body: payload, expectedRevision: 2 }));
    return bodiesOf(await read(made.id));
  },
  'reply: payload as body, then as edited body': async (payload) => {
    const made = await createAnnotation(alice, selection);
    const reply = await refusedOr(() => createReply(alice, made.id, { body: docOf(payload) }));
    if (reply !== 'refused') await refusedOr(() => updateReply(alice, reply.id, { body: payload }));
    return bodiesOf(await read(made.id));
  },
  'tag name': async (payload) => {
    const made = await refusedOr(() => createAnnotation(alice, { ...selection, tags: [payload] }));
    if (made === 'refused') return [];
    const { tags } = await read(made.id);
    return tags.map((tag) => (expect(typeof tag).toBe('string'), asText(tag)));
  },
  'evidence note and URL': async (payload) => {
    const made = await createAnnotation(alice, { ...selection, claim: { type: 'other' } });
    await refusedOr(() => addEvidence(alice, made.id, { kind: 'url', url: 'https://example.org/', note: payload }));
    await refusedOr(() => addEvidence(alice, made.id, { kind: 'url', url: payload }));
    const { evidence } = await read(made.id);
    return evidence.flatMap((e) => [asText(e.note ?? ''), asLink(e.url!)]);
  },
};

describe(`${XSS_PAYLOADS.length} injection payloads through every write path`, () => {
  it.each(Object.keys(PATHS))('%s', async (path) => {
    let checked = 0;
    for (const payload of XSS_PAYLOADS) {
      for (const html of await PATHS[path]!(payload)) {
        checked += 1;
        try {
          assertInertHtml(html);
        } catch (error) {
          throw new Error(`${path} with payload ${JSON.stringify(payload)}: ${(error as Error).message}`);
        }
      }
    }
    // Payloads as text are mostly stored and read back; as raw bodies and hrefs mostly refused.
    if (!/quote|raw body|href/.test(path)) expect(checked).toBeGreaterThan(XSS_PAYLOADS.length / 2);
    console.log(`${path}: ${checked} rendered results checked`);
  });

  it.each(EVIL_BODIES.map((e) => ({ ...e })))('evil body: $description', async ({ body, accepted }) => {
    const made = await refusedOr(() => createAnnotation(alice, { ...selection, body }));
    // `null` is a highlight for an annotation (no body at all).
    expect(made === 'refused').toBe(body === null ? false : !accepted);
    if (made !== 'refused') for (const html of bodiesOf(await read(made.id))) assertInertHtml(html);
    const reply = await refusedOr(async () => createReply(alice, (await createAnnotation(alice, selection)).id, { body }));
    expect(reply === 'refused').toBe(!accepted);
  });
});
