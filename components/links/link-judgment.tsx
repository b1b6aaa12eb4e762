import type { ReactNode } from 'react';
import { UserMessage } from '@/components/ui/user-text';
import type { JudgmentView, LinkGroupChoice, TurnLinkView } from '@/lib/data/links';
import { judgeLinkFormAction, withdrawJudgmentFormAction } from '@/lib/actions/link-actions';
import type { Translator } from '@/lib/i18n/translate';
import { LinkFormContext, NoteAndVisibility } from './form-fields';
import styles from './links.module.css';

/** Who may read the viewer's judgment, as its status line says it (a group's name in a <bdi>). */
function visibilityLabel(mine: JudgmentView, t: Translator): ReactNode {
  if (mine.visibility === 'group') {
    return mine.group ? <UserMessage message={t('groupsVisibilityGroup')} values={{ name: mine.group.name }} /> : t('visibilityPrivate');
  }
  return t(mine.visibility === 'public' ? 'visibilityPublic' : 'visibilityPrivate');
}

/**
 * The signed-in viewer's judgment of one link: what they said so far (with a withdraw button)
 * and a form to confirm or reject, optionally with a note. Plain form posts: works without JavaScript.
 */
export function LinkJudgment({
  link,
  returnTo,
  withNote,
  groups,
  t,
}: {
  link: TurnLinkView;
  returnTo: string;
  withNote: boolean;
  /** The viewer's active groups, offered as visibilities. */
  groups?: readonly LinkGroupChoice[];
  t: Translator;
}) {
  const context = <LinkFormContext transcriptSlug={link.transcriptSlug} turnIndex={link.turnIndex} returnTo={returnTo} />;
  const mine = link.mine;
  const visibility = mine && visibilityLabel(mine, t);
  return (
    <>
      {mine && (
        <div className={styles.status}>
          <strong>
            <UserMessage message={t(mine.verdict === 'confirmed' ? 'linkMineConfirmed' : 'linkMineRejected')} values={{ visibility }} />
          </strong>
          <form action={withdrawJudgmentFormAction} className={styles.inlineForm}>
            {context}
            <input type="hidden" name="judgmentId" value={mine.id} />
            <button type="submit" className={styles.linkButton}>
              {t('linkWithdraw')}
            </button>
          </form>
        </div>
      )}
      <form action={judgeLinkFormAction} className={styles.form} aria-label={t('linkJudgeLegend')}>
        {context}
        <input type="hidden" name="linkId" value={link.id} />
        <NoteAndVisibility idPrefix={`judge-${link.id}`} note={mine?.note} current={mine ?? undefined} groups={groups} withNote={withNote} t={t} />
        <button type="submit" name="verdict" value="confirmed" className={styles.button} aria-pressed={mine?.verdict === 'confirmed'}>
          {t('linkConfirm')}
        </button>
        <button type="submit" name="verdict" value="rejected" className={styles.button} aria-pressed={mine?.verdict === 'rejected'}>
          {t('linkReject')}
        </button>
      </form>
    </>
  );
}
