'use server';

import { revalidatePath } from 'next/cache';
import { consumeRateLimitBudget } from '@/lib/data/accounts';
import { importAnnotations } from '@/lib/data/annotations';
import { AppError } from '@/lib/errors';
import { parseWebAnnotations } from '@/lib/export/parse-web-annotations';
import { rateLimitKeys, rateLimitRules } from '@/lib/security/rate-limit-rules';
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
  // Every imported row counts against the viewer's import budget, not one write for the file.
  const rule = rateLimitRules().importRows;
  const budget = await consumeRateLimitBudget(rateLimitKeys.importRows(viewer.id), rule, Math.max(1, parsed.items.length));
  if (!budget.allowed) {
    throw new AppError('rate_limited', `At most ${rule.limit} annotations may be imported per hour; this file has ${parsed.items.length}`);
  }
  const report = await importAnnotations(viewer, parsed.items);
  for (const slug of new Set(parsed.items.map((item) => item.transcriptSlug))) revalidatePath(`/transcripts/${encodeURIComponent(slug)}`);
  return report;
});
