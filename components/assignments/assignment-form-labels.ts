import type { Translator } from '@/lib/i18n/translate';
import type { AssignmentFormLabels } from './assignment-form';

/** The assignment form's texts in the request's language; the button says what the form does. */
export function assignmentFormLabels(t: Translator, mode: 'create' | 'edit'): AssignmentFormLabels {
  return {
    title: t('assignmentFieldTitle'),
    transcript: t('assignmentFieldTranscript'),
    instructions: t('assignmentFieldInstructions'),
    passageKind: t('assignmentFieldPassageKind'),
    kindTurnRange: t('assignmentKindTurnRange'),
    kindSpeaker: t('assignmentKindSpeaker'),
    kindSpan: t('assignmentKindSpan'),
    fromTurn: t('assignmentFieldFromTurn'),
    toTurn: t('assignmentFieldToTurn'),
    speaker: t('assignmentFieldSpeaker'),
    spanTurn: t('assignmentFieldSpanTurn'),
    spanQuote: t('assignmentFieldSpanQuote'),
    spanStart: t('assignmentFieldSpanStart'),
    spanEnd: t('assignmentFieldSpanEnd'),
    dueAt: t('assignmentFieldDueAt'),
    minAnnotations: t('assignmentFieldMinAnnotations'),
    minClaims: t('assignmentFieldMinClaims'),
    minLinks: t('assignmentFieldMinLinks'),
    hide: t('assignmentFieldHide'),
    submit: mode === 'create' ? t('assignmentFormSubmit') : t('assignmentFormSave'),
    // The form fills in {message} itself.
    error: t('assignmentFormError', { message: '{message}' }),
  };
}
