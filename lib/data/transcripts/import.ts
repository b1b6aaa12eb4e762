import type { PrismaClient } from '@/lib/db/client';
import type { ParsedTranscript } from '@/lib/transcript';
import { contentHash } from '@/lib/import/content-hash';
import { reanchorAnnotations, type ReanchorCounts } from '@/lib/data/annotations/reanchor';

export interface TranscriptImportResult {
  /** `restored`: the text of an older version, which is current again (nothing new stored). */
  status: 'created' | 'new-version' | 'restored' | 'unchanged';
  slug: string;
  version: number;
  turns: number;
  /** Only for a new or restored version of an existing transcript: how its annotations were re-anchored. */
  annotations?: ReanchorCounts;
}

/**
 * Stores a parsed transcript as a new version in one transaction: a failure stores nothing,
 * the current text changes nothing, the text of an older version makes that version current
 * again (annotations re-anchored to it), and a corrected text becomes the next version (earlier
 * versions stay, so annotations can be re-anchored from them).
 */
export async function importTranscript(
  prisma: PrismaClient,
  input: { slug: string; rawText: string; parsed: ParsedTranscript },
): Promise<TranscriptImportResult> {
  const hash = contentHash(input.rawText);
  const { parsed } = input;
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.transcript.findUnique({
        where: { slug: input.slug },
        select: { id: true, currentVersionId: true, versions: { select: { id: true, version: true, contentHash: true }, orderBy: { version: 'desc' } } },
      });
      const same = existing?.versions.find((v) => v.contentHash === hash);
      if (existing && same) {
        const result: TranscriptImportResult = { status: 'unchanged', slug: input.slug, version: same.version, turns: parsed.turns.length };
        if (existing.currentVersionId === same.id) return result;
        await tx.transcript.update({ where: { id: existing.id }, data: { ...transcriptMeta(parsed), currentVersionId: same.id } });
        return { ...result, status: 'restored', annotations: await reanchorAnnotations(tx, existing.id, same.id) };
      }

      const meta = transcriptMeta(parsed);
      const transcript = existing ?? (await tx.transcript.create({ data: { slug: input.slug, ...meta }, select: { id: true } }));
      const versionNumber = (existing?.versions[0]?.version ?? 0) + 1;
      const version = await tx.transcriptVersion.create({
        data: {
          transcriptId: transcript.id,
          version: versionNumber,
          title: parsed.title,
          summary: parsed.summary,
          layout: parsed.layout,
          rawText: input.rawText,
          contentHash: hash,
        },
        select: { id: true },
      });
      const speakers = await tx.speaker.createManyAndReturn({
        data: parsed.speakers.map((s, i) => ({ versionId: version.id, position: i + 1, ...s })),
        select: { id: true, label: true },
      });
      const speakerIds = new Map(speakers.map((s) => [s.label, s.id]));
      const turns = await tx.turn.createManyAndReturn({
        data: parsed.turns.map((t) => ({
          versionId: version.id,
          index: t.index,
          speakerId: speakerIds.get(t.speaker) ?? missing(`speaker ${t.speaker} of turn ${t.index}`),
          postedAt: t.postedAt ? new Date(t.postedAt) : null,
          text: t.text,
        })),
        select: { id: true, index: true },
      });
      const turnIds = new Map(turns.map((t) => [t.index, t.id]));
      const turnId = (index: number) => turnIds.get(index) ?? missing(`turn ${index}`);
      for (const [i, exchange] of parsed.exchanges.entries()) {
        await tx.exchange.create({
          data: {
            versionId: version.id,
            index: i + 1,
            questionTurnId: turnId(exchange.question),
            answers: { create: exchange.answers.map((answer, position) => ({ turnId: turnId(answer), position: position + 1 })) },
          },
        });
      }
      await tx.transcript.update({ where: { id: transcript.id }, data: { ...meta, currentVersionId: version.id } });
      const result: TranscriptImportResult = {
        status: existing ? 'new-version' : 'created',
        slug: input.slug,
        version: versionNumber,
        turns: parsed.turns.length,
      };
      // Same transaction: the new version never becomes current with annotations left behind.
      if (existing) result.annotations = await reanchorAnnotations(tx, transcript.id, version.id);
      return result;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/** The transcript row's copy of its current version's header. */
function transcriptMeta(parsed: ParsedTranscript) {
  return { title: parsed.title, source: parsed.source, heldAt: parsed.heldAt ? new Date(parsed.heldAt) : null, timezone: parsed.timezone };
}

function missing(what: string): never {
  throw new Error(`inconsistent parse: ${what} not found`);
}
