'use client';

import dynamic from 'next/dynamic';
import styles from './annotation-forms.module.css';

/**
 * The tiptap editor, loaded on first use and only in the browser: pages that merely show
 * annotations never download tiptap. Same props as annotation-editor.tsx.
 */
export const LazyAnnotationEditor = dynamic(() => import('@/components/annotations/annotation-editor'), {
  ssr: false,
  // Holds the editor's place (toolbar and a few lines) so the form does not jump when it arrives.
  loading: () => <div className={styles.editorPlaceholder} aria-hidden="true" />,
});
