import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { TurnRelatedEntries, turnPagePath } from '@/components/links/turn-related-entries';
import { RoleBadge } from '@/components/ui/role-badge';
import { UserMessage, UserText } from '@/components/ui/user-text';
import { getViewer } from '@/lib/auth/viewer';
import { listEntryOptions, getTurnPage, listLinkGroupChoices, listTurnLinks } from '@/lib/data/links';
import { formatClock } from '@/lib/format/format-time';
import { isolate } from '@/lib/format/isolate';
import type { MessageKey } from '@/lib/i18n/dictionary';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import { turnIndexOrNotFound, turnSpeakerName, type TurnRouteProps } from '../turn-params';
import styles from '../turns.module.css';

// Read at request time: the build must not need a database.
export const dynamic = 'force-dynamic';

// As the viewer may read it (a transcript they may not read is not found: 404); shared with the metadata.
const loadTurn = cache(async (slug: string, index: number) => getTurnPage(await getViewer(), slug, index));

const ERRORS: Record<string, MessageKey> = { not_found: 'linkErrorNotFound', invalid: 'linkErrorInvalid' };

export async function generateMetadata({ params }: TurnRouteProps): Promise<Metadata> {
  const { slug, index } = await params;
  const [{ t }, data] = await Promise.all([getI18n(), /^[1-9]\d{0,5}$/.test(index) ? loadTurn(slug, Number(index)) : null]);
  return { title: data ? t('turnPageTitle', { n: data.turn.index, speaker: isolate(turnSpeakerName(data)) }) : t('notFoundTitle') };
}

/**
 * One turn on its own page: who said it and when, the text, its related chronicle entries with
 * every link tool (confirm, reject, notes, add a link), and the way to its news coverage.
 */
export default async function TurnPage({ params, searchParams }: TurnRouteProps) {
  const [{ slug, index }, query, { locale, t }, viewer] = await Promise.all([params, searchParams, getI18n(), getViewer()]);
  const turnIndex = turnIndexOrNotFound(index);
  const data = await loadTurn(slug, turnIndex);
  if (!data) notFound();
  const [links, entryOptions, groups] = await Promise.all([
    listTurnLinks(viewer, data.transcript.slug, turnIndex),
    viewer ? listEntryOptions() : undefined,
    viewer ? listLinkGroupChoices(viewer) : [],
  ]);
  const { transcript, turn } = data;
  const readerPath = `/transcripts/${encodeURIComponent(transcript.slug)}`;
  const error = typeof query.linkError === 'string' ? (ERRORS[query.linkError] ?? 'linkErrorOther') : null;

  return (
    <article className={styles.page} aria-labelledby="turn-heading">
      <p className={styles.crumbs}>
        <a href={`${readerPath}#turn-${turn.index}`}>← {t('turnPageBack')}</a>
      </p>
      <h1 id="turn-heading">
        <UserMessage message={t('turnPageTitle', { n: turn.index })} values={{ speaker: turnSpeakerName(data) }} />
      </h1>
      <p className={styles.transcript} lang={CONTENT_LANG}>
        <UserText>{transcript.title}</UserText>
      </p>
      <p className={styles.meta}>
        <RoleBadge role={turn.speaker.role} t={t} />
        {turn.speaker.title && <UserText lang={CONTENT_LANG}>{turn.speaker.title}</UserText>}
        {turn.postedAt && <time dateTime={turn.postedAt}>{formatClock(turn.postedAt, transcript.timezone)}</time>}
      </p>
      <div className={styles.text} lang={CONTENT_LANG}>
        {turn.text.split('\n').map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      {error && (
        <p className={styles.error} role="alert">
          {t(error)}
        </p>
      )}
      <TurnRelatedEntries
        transcriptSlug={transcript.slug}
        turnIndex={turn.index}
        links={links}
        signedIn={viewer !== null}
        returnTo={`${turnPagePath(transcript.slug, turn.index)}#links`}
        variant="page"
        entryOptions={entryOptions}
        groups={groups}
        locale={locale}
        t={t}
      />
      <nav className={styles.pager} aria-label={t('turnPagesNav')}>
        {turn.index > 1 ? <a href={turnPagePath(transcript.slug, turn.index - 1)}>← {t('turnPagePrevious')}</a> : <span />}
        {turn.index < transcript.turnCount && <a href={turnPagePath(transcript.slug, turn.index + 1)}>{t('turnPageNext')} →</a>}
      </nav>
    </article>
  );
}
