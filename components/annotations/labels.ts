import type { AnnotationEditorLabels } from '@/components/annotations/annotation-editor';
import type { Option } from '@/components/ui/option';
import type { MessageKey } from '@/lib/i18n/dictionary';
import type { Translator } from '@/lib/i18n/translate';
import { CLAIM_STATUSES, CLAIM_TYPES, type ClaimStatusName, type ClaimTypeName } from '@/lib/validation/annotations';
import { annotationControlNames } from './control-names';

const CLAIM_TYPE_KEYS: Record<ClaimTypeName, MessageKey> = {
  statistic: 'claimTypeStatistic',
  factual_statement: 'claimTypeFactualStatement',
  policy_commitment: 'claimTypePolicyCommitment',
  attribution: 'claimTypeAttribution',
  value_judgment: 'claimTypeValueJudgment',
  other: 'claimTypeOther',
};

const CLAIM_STATUS_KEYS: Record<ClaimStatusName, MessageKey> = {
  unverified: 'claimStatusUnverified',
  supported: 'claimStatusSupported',
  disputed: 'claimStatusDisputed',
  false_claim: 'claimStatusFalseClaim',
  needs_context: 'claimStatusNeedsContext',
};

/** The name of a claim type in the interface language. */
export const claimTypeLabel = (type: ClaimTypeName, t: Translator) => t(CLAIM_TYPE_KEYS[type]);

/** The name of a claim status in the interface language. */
export const claimStatusLabel = (status: ClaimStatusName, t: Translator) => t(CLAIM_STATUS_KEYS[status]);

/** Texts and choices of the claim fields (type, status, evidence), for client forms. */
export interface ClaimFieldLabels {
  type: string;
  status: string;
  types: Option<ClaimTypeName>[];
  statuses: Option<ClaimStatusName>[];
  evidence: string;
  url: string;
  chronicle: string;
  chronicleNone: string;
  existing: string;
  note: string;
  required: string;
  urlInvalid: string;
}

export function claimFieldLabels(t: Translator): ClaimFieldLabels {
  return {
    type: t('claimTypeLabel'),
    status: t('claimStatusLabel'),
    types: CLAIM_TYPES.map((value) => ({ value, label: claimTypeLabel(value, t) })),
    statuses: CLAIM_STATUSES.map((value) => ({ value, label: claimStatusLabel(value, t) })),
    evidence: t('evidenceTitle'),
    url: t('evidenceUrl'),
    chronicle: t('evidenceChronicle'),
    chronicleNone: t('evidenceChronicleNone'),
    existing: t('evidenceExisting'),
    note: t('evidenceNote'),
    required: t('evidenceRequired'),
    urlInvalid: t('evidenceUrlInvalid'),
  };
}

/** The editor's textbox name and toolbar texts. */
export function editorLabels(t: Translator): Partial<AnnotationEditorLabels> {
  return {
    editor: annotationControlNames(t).editor,
    toolbar: t('annotationEditorToolbar'),
    bold: t('annotationEditorBold'),
    italic: t('annotationEditorItalic'),
    bulletList: t('annotationEditorBulletList'),
    orderedList: t('annotationEditorOrderedList'),
    quote: t('annotationEditorQuote'),
    link: t('annotationEditorLink'),
    linkUrl: t('annotationEditorLinkUrl'),
    applyLink: t('annotationEditorApplyLink'),
    removeLink: t('annotationEditorRemoveLink'),
    cancel: t('annotationCancel'),
    invalidLink: t('annotationEditorInvalidLink'),
  };
}

/** Everything the new-annotation form shows, in the interface language. */
export interface AnnotateFormLabels {
  title: string;
  quote: string;
  visibility: string;
  private: string;
  public: string;
  /** "Group: {name}", filled in per group. */
  group: string;
  /** "For assignment: {title}", filled in by the form. */
  forAssignment: string;
  tags: string;
  tagsHint: string;
  claim: string;
  claimFields: ClaimFieldLabels;
  save: string;
  cancel: string;
  saving: string;
  shortcut: string;
  claimFailed: string;
  editorLoading: string;
  editor: Partial<AnnotationEditorLabels>;
}

export function annotateFormLabels(t: Translator): AnnotateFormLabels {
  return {
    title: t('annotateTitle'),
    quote: t('annotateQuote'),
    visibility: t('visibilityLabel'),
    private: t('visibilityPrivate'),
    public: t('visibilityPublic'),
    group: t('groupsVisibilityGroup'),
    forAssignment: t('groupsForAssignment'),
    tags: t('tagsLabel'),
    tagsHint: t('tagsHint'),
    claim: t('claimCheckbox'),
    claimFields: claimFieldLabels(t),
    save: annotationControlNames(t).save,
    cancel: t('annotationCancel'),
    saving: t('annotateSaving'),
    // Keeps `{error}` for the form to fill in.
    claimFailed: t('annotateClaimFailed'),
    shortcut: t('annotateShortcut'),
    editorLoading: t('annotationEditorLoading'),
    editor: editorLabels(t),
  };
}

/** Texts of the reader's selection toolbar and sentence picker. */
export interface ReaderLayerLabels {
  annotate: string;
  highlight: string;
  annotateHint: string;
  highlightHint: string;
  signIn: string;
  selectSentence: string;
  sentenceHelp: string;
  /** With `{i}`, `{n}` and `{text}` left for the client to fill in. */
  sentenceStatus: string;
  form: AnnotateFormLabels;
}

export function readerLayerLabels(t: Translator): ReaderLayerLabels {
  return {
    annotate: annotationControlNames(t).annotate,
    highlight: annotationControlNames(t).highlight,
    annotateHint: t('annotateHint'),
    highlightHint: t('highlightHint'),
    signIn: t('annotationsSignIn'),
    selectSentence: t('selectSentence'),
    sentenceHelp: t('selectSentenceHelp'),
    sentenceStatus: t('selectSentenceStatus'),
    form: annotateFormLabels(t),
  };
}
