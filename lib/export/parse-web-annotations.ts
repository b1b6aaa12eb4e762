import { CLAIM_STATUSES, CLAIM_TYPES, type ClaimStatusName, type ClaimTypeName } from '@/lib/validation/annotations';
import type { PortableEvidence } from './web-annotation-types';

/** One annotation read from a Web Annotation file; the import locates and validates it. */
export interface ImportItem {
  transcriptSlug: string;
  turnIndex: number;
  position: { start: number; end: number } | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  body: unknown;
  tags: string[];
  claim: { type: ClaimTypeName; status: ClaimStatusName } | null;
  evidence: PortableEvidence[];
}

export type ParseWebAnnotationsResult = { ok: true; items: ImportItem[] } | { ok: false; errors: string[] };

/** Most annotations one file may carry. */
export const MAX_IMPORT_ITEMS = 5000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const count = (value: unknown): number | null => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : null);

/** The annotations of a collection (embedded first page), a page, an array or one annotation. */
function annotationsOf(json: unknown): { items: unknown[] } | { error: string } {
  if (Array.isArray(json)) return { items: json };
  if (!isObject(json)) return { error: 'expected a JSON object or array' };
  if (json.type === 'AnnotationCollection') {
    if (json.first === undefined) return { items: [] };
    if (!isObject(json.first)) return { error: 'first: only an embedded first page is read (not a link to one)' };
    return annotationsOf(json.first);
  }
  if (json.type === 'AnnotationPage') return { items: list(json.items) };
  return { items: [json] };
}

function slugOf(source: unknown): string | null {
  const url = text(source);
  if (!url) return null;
  try {
    const match = /\/transcripts\/([^/]+)\/?$/.exec(new URL(url, 'http://import.invalid').pathname);
    return match ? decodeURIComponent(match[1]!) : null;
  } catch {
    return null;
  }
}

/** The turn fragment and what refines it, from any of the target's selectors. */
function selectorsOf(target: Json) {
  let turnIndex: number | null = null;
  let position: ImportItem['position'] = null;
  let quote: ImportItem['quote'] = null;
  for (const selector of list(target.selector).filter(isObject)) {
    const turn = selector.type === 'FragmentSelector' ? /^turn-(\d+)$/.exec(text(selector.value) ?? '') : null;
    if (!turn) continue;
    turnIndex = Number(turn[1]);
    for (const refined of list(selector.refinedBy).filter(isObject)) {
      const start = count(refined.start);
      const end = count(refined.end);
      if (refined.type === 'TextPositionSelector' && start !== null && end !== null) position = { start, end };
      const exact = text(refined.exact);
      if (refined.type === 'TextQuoteSelector' && exact) quote = { exact, prefix: text(refined.prefix) ?? '', suffix: text(refined.suffix) ?? '' };
    }
  }
  return { turnIndex, position, quote };
}

/** A plain-text note as a document: one paragraph per line (HTML tags dropped, never interpreted). */
function plainDoc(value: string) {
  const lines = value.replace(/<br\s*\/?>|<\/p>/gi, '\n').replace(/<[^>]*>/g, '').split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return null;
  return { type: 'doc', content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: decodeEntities(line) }] })) };
}

function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return named[code.toLowerCase()] ?? whole;
  });
}

function evidenceOf(body: Json): PortableEvidence | string {
  const note = text(body['rostrum:note']);
  const chronicleSlug = text(body['rostrum:chronicle']);
  const entryKey = text(body['rostrum:entryKey']);
  if (chronicleSlug && entryKey) return { kind: 'chronicle_entry', chronicleSlug, entryKey, note };
  const documentSlug = text(body['rostrum:newsDocument']);
  const position = count(body['rostrum:paragraph']);
  if (documentSlug && position !== null) return { kind: 'news_paragraph', documentSlug, position, note };
  const url = text(body.source) ?? text(body.id);
  if (url && /^https?:\/\//i.test(url)) return { kind: 'url', url, note };
  return 'a linking body needs an http(s) source';
}

function readAnnotation(json: unknown): ImportItem | string {
  if (!isObject(json)) return 'expected an annotation object';
  const target = list(json.target).find(isObject);
  if (!target) return 'target: expected an object with a source and selectors';
  const transcriptSlug = slugOf(target.source);
  if (!transcriptSlug) return 'target.source: expected a transcript URL (…/transcripts/<slug>)';
  const { turnIndex, position, quote } = selectorsOf(target);
  if (turnIndex === null) return 'target.selector: expected a FragmentSelector "turn-N"';
  if (!position && !quote) return 'target.selector: the turn fragment needs a TextQuoteSelector or TextPositionSelector';
  const item: ImportItem = { transcriptSlug, turnIndex, position, quote, body: null, tags: [], claim: null, evidence: [] };
  for (const [i, body] of list(json.body).entries()) {
    if (!isObject(body)) return `body[${i}]: expected an object`;
    const purpose = text(body.purpose) ?? (body.type === 'TextualBody' ? 'commenting' : null);
    const value = text(body.value);
    if (purpose === 'commenting') item.body = body['rostrum:doc'] ?? (value ? plainDoc(value) : null);
    else if (purpose === 'tagging' && value) item.tags.push(value);
    else if (purpose === 'assessing') {
      const type = text(body['rostrum:claimType']) ?? 'other';
      if (!CLAIM_STATUSES.includes(value as ClaimStatusName)) return `body[${i}]: unknown claim status "${value}"`;
      if (!CLAIM_TYPES.includes(type as ClaimTypeName)) return `body[${i}]: unknown claim type "${type}"`;
      item.claim = { type: type as ClaimTypeName, status: value as ClaimStatusName };
    } else if (purpose === 'linking') {
      const evidence = evidenceOf(body);
      if (typeof evidence === 'string') return `body[${i}]: ${evidence}`;
      item.evidence.push(evidence);
    }
  }
  return item;
}

/**
 * Reads W3C Web Annotations (JSON-LD as JSON: the context is not expanded) into import items.
 * Every problem is reported with the annotation's position, e.g. "annotation 3: target.source: …".
 */
export function parseWebAnnotations(json: unknown): ParseWebAnnotationsResult {
  const found = annotationsOf(json);
  if ('error' in found) return { ok: false, errors: [found.error] };
  if (found.items.length > MAX_IMPORT_ITEMS) return { ok: false, errors: [`at most ${MAX_IMPORT_ITEMS} annotations per file (this one has ${found.items.length})`] };
  const items: ImportItem[] = [];
  const errors: string[] = [];
  found.items.forEach((json, i) => {
    const item = readAnnotation(json);
    if (typeof item === 'string') errors.push(`annotation ${i + 1}: ${item}`);
    else items.push(item);
  });
  return errors.length ? { ok: false, errors } : { ok: true, items };
}
