'use server';

import { revalidatePath } from 'next/cache';
import { importAnnotations } from '@/lib/data/annotations';
import { AppError } from '@/lib/errors';
import { parseWebAnnotations } from '@/lib/export/parse-web-annotations';
import { importAnnotationsInputSchema } from '@/lib/validation/exports';
import { validatedAction } from './validated-action';

/** Reads a W3C Web Annotation file and imports it as the viewer's private annotations, all or nothing. */
export const importAnnotationsAction = validatedAction(importAnnotationsInputSchema, async ({ json }, viewer) => {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new AppError('invalid', `Not JSON: ${error instanceof Error ? error.message : 'unreadable'}`);
  }
  const parsed = parseWebAnnotations(data);
  if (!parsed.ok) throw new AppError('invalid', parsed.errors.slice(0, 5).join('; '));
  const report = await importAnnotations(viewer, parsed.items);
  for (const slug of new Set(parsed.items.map((item) => item.transcriptSlug))) revalidatePath(`/transcripts/${encodeURIComponent(slug)}`);
  return report;
});
