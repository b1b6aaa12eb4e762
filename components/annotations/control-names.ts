/**
 * Accessible names of the annotation controls that end-to-end specs drive. Like the account
 * forms (components/auth/control-names.ts) they are English in every interface language; a
 * `title` in the interface language explains each one.
 */
export const ANNOTATION_CONTROL_NAMES = {
  annotate: 'Annotate',
  highlight: 'Highlight',
  /** The rich-text editor's textbox (annotation-editor.tsx's default label). */
  editor: 'Annotation',
  save: 'Save',
} as const;
