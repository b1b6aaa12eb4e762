import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ImportForm, type ImportFormLabels } from '@/components/import/import-form';
import styles from '@/components/import/import.module.css';
import { importTranscriptFormAction } from '@/lib/actions/import-actions';
import { getViewer } from '@/lib/auth/viewer';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { MessageKey } from '@/lib/i18n/dictionary';
import type { Translator } from '@/lib/i18n/translate';
import { LAYOUTS } from '@/lib/transcript';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('importPageTitle'), robots: { index: false } };
}

/** `question-answer` → `importLayoutQuestionAnswer`. */
const layoutKey = (id: string) => `importLayout${id.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase())}` as MessageKey;

function importLabels(t: Translator): ImportFormLabels {
  return {
    sourceTitle: t('importSourceTitle'),
    fileLabel: t('importFileLabel'),
    fileHint: t('importFileHint'),
    textLabel: t('importTextLabel'),
    textHint: t('importTextHint'),
    preview: t('importPreview'),
    previewAgain: t('importPreviewAgain'),
    store: t('importStore'),
    pending: t('importPending'),
    previewTitle: t('importPreviewTitle'),
    layout: t('importLayout'),
    coverage: t('importCoverage'),
    title: t('importTitleLabel'),
    date: t('importDate'),
    timezone: t('importTimezone'),
    noDate: t('importNoDate'),
    rosterTitle: t('importRosterTitle'),
    rosterHint: t('importRosterHint'),
    speakerName: t('importSpeakerName'),
    speakerTitle: t('importSpeakerTitle'),
    speakerOrganization: t('importSpeakerOrganization'),
    speakerRole: t('importSpeakerRole'),
    roles: { host: t('importRoleHost'), official: t('importRoleOfficial'), journalist: t('importRoleJournalist'), other: t('importRoleOther') },
    // Both plural forms: the count is known only after a post. The `{n}` stays for the form to fill.
    turnsTitle: { one: t('importTurns', { n: 1 }).replace('1', '{n}'), other: t('importTurns', { n: 2 }).replace('2', '{n}') },
    noTime: t('importNoTime'),
    warnLong: t('importWarnLong'),
    warnNoTime: t('importWarnNoTime'),
    errorsTitle: t('importErrorsTitle'),
    errorLine: t('importErrorLine', { line: '{line}' }),
    layouts: Object.fromEntries(LAYOUTS.map((layout) => [layout.id, t(layoutKey(layout.id))])),
  };
}

/** Bring your own press conference: paste or upload, preview, correct, store (signed in; signed out: sign in first). */
export default async function ImportPage() {
  const [viewer, { t }] = await Promise.all([getViewer(), getI18n()]);
  if (!viewer) redirect('/signin?callbackUrl=%2Fimport');
  return (
    <div className={styles.page}>
      <h1>{t('importPageTitle')}</h1>
      <p className="page-intro">{t('importPageIntro')}</p>
      <ImportForm action={importTranscriptFormAction} labels={importLabels(t)} />
    </div>
  );
}
