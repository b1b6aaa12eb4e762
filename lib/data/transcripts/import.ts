import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import type { PrismaClient } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { ParsedTranscript } from '@/lib/transcript';
import { contentHash } from '@/lib/import/content-hash';
import { reanchorAnnotations, type ReanchorCounts } from '@/lib/data/annotations/reanchor';
import { groupIdForVisibility } from '@/lib/data/groups/access-rule';

/**
 * Who imports a transcript through the app. Without one (the CLI, the seed) a new transcript is
 * public with no owner, as the sample corpus. With one, a new transcript goes into the owner's
 * library: `private` (the default) or shared with a `group` (`groupId`: an active group the owner
 * belongs to, else AppError('not_found')); only an editor makes one public, afterwards
 * (setTranscriptVisibility). Visibility applies to a new transcript only; a correction keeps it.
 */
export interface TranscriptImportOwner {
  viewer: Viewer;
  visibility?: 'private' | 'group';
  groupId?: string;
}

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
 * versions stay, so annotations can be re-anchored from them). With an `owner` (see
 * TranscriptImportOwner), an existing slug must be the owner's own transcript: anyone else's,
 * whether the owner may read it or not, is AppError('not_found') and stays untouched.
 */
export async function importTranscript(
  prisma: PrismaClient,
  input: { slug: string; rawText: string; parsed: ParsedTranscript; owner?: TranscriptImportOwner },
): Promise<TranscriptImportResult> {
  const hash = contentHash(input.rawText);
  const { parsed } = input;
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.transcript.findUnique({
        where: { slug: input.slug },
        select: { id: true, ownerId: true, currentVersionId: true, versions: { select: { id: true, version: true, contentHash: true }, orderBy: { version: 'desc' } } },
      });
      // Never another person's transcript: the same answer whether or not the importer may read it.
      if (input.owner && existing && existing.ownerId !== input.owner.viewer.id) throw new AppError('not_found');
      const same = existing?.versions.find((v) => v.contentHash === hash);
      if (existing && same) {
        const result: TranscriptImportResult = { status: 'unchanged', slug: input.slug, version: same.version, turns: parsed.turns.length };
        if (existing.currentVersionId === same.id) return result;
        await tx.transcript.update({ where: { id: existing.id }, data: { ...transcriptMeta(parsed), currentVersionId: same.id } });
        return { ...result, status: 'restored', annotations: await reanchorAnnotations(tx, existing.id, same.id) };
      }

      const meta = transcriptMeta(parsed);
      const transcript = existing ?? (await tx.transcript.create({ data: { slug: input.slug, ...meta, ...(await accessOf(tx, input.owner)) }, select: { id: true } }));
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

/** Visibility, owner and group of a new transcript: public without an owner, else the owner's choice. */
async function accessOf(tx: Prisma.TransactionClient, owner: TranscriptImportOwner | undefined) {
  if (!owner) return { visibility: 'public', ownerId: null, groupId: null } as const;
  const visibility = owner.visibility ?? 'private';
  // A caller outside TypeScript could still pass 'public': only an editor publishes, afterwards.
  if (visibility !== 'private' && visibility !== 'group') throw new AppError('invalid', 'A new transcript is private or shared with a group');
  return { visibility, ownerId: owner.viewer.id, groupId: await groupIdForVisibility(tx, owner.viewer, visibility, owner.groupId) };
}

/** The transcript row's copy of its current version's header. */
function transcriptMeta(parsed: ParsedTranscript) {
  return { title: parsed.title, source: parsed.source, heldAt: parsed.heldAt ? new Date(parsed.heldAt) : null, timezone: parsed.timezone };
}

function missing(what: string): never {
  throw new Error(`inconsistent parse: ${what} not found`);
}
