import type { Translator } from '@/lib/i18n/translate';

/** Names of the annotation controls in the reader's language (end-to-end specs drive them by these names). */
export function annotationControlNames(t: Translator) {
  return { annotate: t('controlAnnotate'), highlight: t('controlHighlight'), editor: t('controlEditor'), save: t('controlSave') };
}
