import type { Extensions } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { StarterKit } from '@tiptap/starter-kit';
import { isSafeHref } from './safe-href';

/** Node types an annotation body may contain (the schema of `annotationExtensions`). */
export const ANNOTATION_NODE_TYPES = ['doc', 'paragraph', 'text', 'hardBreak', 'bulletList', 'orderedList', 'listItem', 'blockquote'] as const;

/** Mark types an annotation body may contain. */
export const ANNOTATION_MARK_TYPES = ['bold', 'italic', 'link'] as const;

/** `rel` of every rendered link: no opener access, no referrer, no endorsement for search engines. */
export const LINK_REL = 'noopener noreferrer nofollow';

/**
 * The one tiptap extension list of annotation bodies, shared by the client editor
 * (components/annotations/annotation-editor.tsx) and server rendering (lib/editor/render.ts), so
 * what can be typed is exactly what can be stored and rendered. Keep `ANNOTATION_NODE_TYPES`,
 * `ANNOTATION_MARK_TYPES` and the validator in body.ts in step with it (a test checks the schema).
 *
 * StarterKit 3 bundles Link and Underline; Link is switched off there and configured once below.
 * Undo/redo, drop and gap cursors and the list keymap add editor behaviour only, no schema.
 */
export const annotationExtensions: Extensions = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: false,
    // It would append an empty paragraph to every stored body.
    trailingNode: false,
  }),
  Link.configure({
    // `protocols` can only add schemes to linkify's list, not remove them: the restriction to
    // http, https and mailto is `isAllowedUri` (pasting, `setLink`, parsing and rendering).
    protocols: [],
    defaultProtocol: 'https',
    isAllowedUri: (url) => isSafeHref(url),
    shouldAutoLink: (url) => isSafeHref(url),
    openOnClick: false,
    autolink: true,
    linkOnPaste: true,
    HTMLAttributes: { rel: LINK_REL, target: null, class: null },
  }),
];
