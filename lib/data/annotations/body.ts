import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { parseAnnotationBody } from '@/lib/editor/body';
import { AppError } from '@/lib/errors';

/** A validated body as stored: the tiptap document (JSON) and its plain text. */
export interface StoredBody {
  body: Prisma.InputJsonValue;
  bodyText: string;
}

/** Validates an editor document for storage; throws AppError('invalid') with the reason. */
export function toStoredBody(input: unknown): StoredBody {
  const parsed = parseAnnotationBody(input);
  if (!parsed.ok) throw new AppError('invalid', `Body: ${parsed.error}`);
  return { body: parsed.doc as Prisma.InputJsonValue, bodyText: parsed.text };
}

/** Like toStoredBody, but `null` (or absent) makes a highlight: no body at all. */
export function toStoredAnnotationBody(input: unknown): { body: Prisma.InputJsonValue | typeof Prisma.DbNull; bodyText: string } {
  if (input === null || input === undefined) return { body: Prisma.DbNull, bodyText: '' };
  return toStoredBody(input);
}
