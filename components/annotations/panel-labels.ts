import type { AnnotationEditorLabels } from '@/components/annotations/annotation-editor';
import type { Translator } from '@/lib/i18n/translate';
import { claimFieldLabels, editorLabels, type ClaimFieldLabels } from './labels';

/** Texts of the client controls on an annotation card (edit, delete, claim status, replies). */
export interface CardControlLabels {
  edit: string;
  update: string;
  delete: string;
  confirmDelete: string;
  cancel: string;
  visibility: string;
  private: string;
  public: string;
  /** "Group: {name}", filled in per group. */
  group: string;
  hide: string;
  unhide: string;
  tags: string;
  tagsHint: string;
  editor: Partial<AnnotationEditorLabels>;
  claimChange: string;
  claimMake: string;
  claimApply: string;
  claimFields: ClaimFieldLabels;
  reply: string;
  replyLabel: string;
  replyPost: string;
}

export function cardControlLabels(t: Translator): CardControlLabels {
  return {
    edit: t('annotationEdit'),
    update: t('annotationUpdate'),
    delete: t('annotationDelete'),
    confirmDelete: t('annotationConfirmDelete'),
    cancel: t('annotationCancel'),
    visibility: t('visibilityLabel'),
    private: t('visibilityPrivate'),
    public: t('visibilityPublic'),
    group: t('groupsVisibilityGroup'),
    hide: t('groupsHide'),
    unhide: t('groupsUnhide'),
    tags: t('tagsLabel'),
    tagsHint: t('tagsHint'),
    editor: editorLabels(t),
    claimChange: t('claimChange'),
    claimMake: t('claimMake'),
    claimApply: t('claimApply'),
    claimFields: claimFieldLabels(t),
    reply: t('replyButton'),
    replyLabel: t('replyLabel'),
    replyPost: t('replyPost'),
  };
}
