'use client';

import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { annotationExtensions } from '@/lib/editor/extensions';
import { safeHref } from '@/lib/editor/safe-href';
import styles from './annotation-editor.module.css';

/** Visible and accessible texts of the editor; English by default, pass translations to override. */
export interface AnnotationEditorLabels {
  /** Accessible name of the editable area. */
  editor: string;
  toolbar: string;
  bold: string;
  italic: string;
  bulletList: string;
  orderedList: string;
  quote: string;
  link: string;
  linkUrl: string;
  applyLink: string;
  removeLink: string;
  cancel: string;
  invalidLink: string;
}

const DEFAULT_LABELS: AnnotationEditorLabels = {
  editor: 'Annotation',
  toolbar: 'Formatting',
  bold: 'Bold',
  italic: 'Italic',
  bulletList: 'Bullet list',
  orderedList: 'Numbered list',
  quote: 'Quote',
  link: 'Link',
  linkUrl: 'Link address',
  applyLink: 'Apply',
  removeLink: 'Remove link',
  cancel: 'Cancel',
  invalidLink: 'Enter an address starting with http://, https:// or mailto:',
};

export interface AnnotationEditorProps {
  /** The stored body to edit (already validated by the server). */
  initialContent?: JSONContent;
  /** Called with the whole document after every change; validate with parseAnnotationBody on save. */
  onChange(doc: JSONContent): void;
  autoFocus?: boolean;
  labels?: Partial<AnnotationEditorLabels>;
}

type ToolId = 'bold' | 'italic' | 'bulletList' | 'orderedList' | 'quote' | 'link';

interface Tool {
  id: ToolId;
  /** Shown on the button; the label is its accessible name. */
  glyph: string;
  shortcut?: string;
  isActive: (editor: Editor) => boolean;
  run?: (editor: Editor) => void;
}

const TOOLS: readonly Tool[] = [
  { id: 'bold', glyph: 'B', shortcut: 'Control+B Meta+B', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { id: 'italic', glyph: 'I', shortcut: 'Control+I Meta+I', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { id: 'bulletList', glyph: '•', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { id: 'orderedList', glyph: '1.', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { id: 'quote', glyph: '❝', isActive: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
  { id: 'link', glyph: '🔗', isActive: (e) => e.isActive('link') },
];

/**
 * Rich-text editor of an annotation body: tiptap with the shared `annotationExtensions` (the
 * same list the server renders with) and a toolbar (bold, italic, lists, quote, link). Links
 * accept only http, https and mailto addresses. Ctrl/Cmd+B and Ctrl/Cmd+I work as usual; the
 * toolbar is one tab stop, moved through with the arrow keys.
 *
 * Load it lazily so readers never download tiptap:
 * `const AnnotationEditor = dynamic(() => import('@/components/annotations/annotation-editor'), { ssr: false })`.
 */
export function AnnotationEditor({ initialContent, onChange, autoFocus = false, labels }: AnnotationEditorProps) {
  const text = { ...DEFAULT_LABELS, ...labels };
  const editorLabel = text.editor;
  // Stable between renders, so useEditor does not reconfigure the editor every time.
  const editorProps = useMemo(
    () => ({ attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': editorLabel, class: styles.content ?? '' } }),
    [editorLabel],
  );
  const editor = useEditor({
    extensions: annotationExtensions,
    content: initialContent ?? '',
    immediatelyRender: false,
    autofocus: autoFocus ? 'end' : false,
    editorProps,
    onUpdate: ({ editor: current }) => onChange(current.getJSON()),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => Object.fromEntries(TOOLS.map((tool) => [tool.id, current ? tool.isActive(current) : false])) as Record<ToolId, boolean>,
  });

  const [linkOpen, setLinkOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: focusIndex + 1, ArrowLeft: focusIndex - 1, Home: 0, End: TOOLS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + TOOLS.length) % TOOLS.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className={styles.editor}>
      <div role="toolbar" aria-label={text.toolbar} className={styles.toolbar} onKeyDown={onToolbarKeyDown}>
        {TOOLS.map((tool, i) => (
          <button
            key={tool.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            className={styles.button}
            tabIndex={i === focusIndex ? 0 : -1}
            aria-label={text[tool.id]}
            title={text[tool.id]}
            aria-pressed={tool.id === 'link' ? undefined : (active?.[tool.id] ?? false)}
            aria-expanded={tool.id === 'link' ? linkOpen : undefined}
            aria-keyshortcuts={tool.shortcut}
            disabled={!editor}
            data-active={active?.[tool.id] ? '' : undefined}
            onFocus={() => setFocusIndex(i)}
            onClick={() => {
              if (!editor) return;
              if (tool.run) tool.run(editor);
              else setLinkOpen((open) => !open);
            }}
          >
            <span aria-hidden="true">{tool.glyph}</span>
          </button>
        ))}
      </div>
      {linkOpen && editor && <LinkForm editor={editor} labels={text} onClose={() => setLinkOpen(false)} />}
      <EditorContent editor={editor} className={styles.area} />
    </div>
  );
}

/** Inline form for the link address: validates before touching the document. */
function LinkForm({ editor, labels, onClose }: { editor: Editor; labels: AnnotationEditorLabels; onClose: () => void }) {
  const inputId = useId();
  const errorId = useId();
  const current = (editor.getAttributes('link') as { href?: unknown }).href;
  const [value, setValue] = useState(typeof current === 'string' ? current : '');
  const [invalid, setInvalid] = useState(false);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = value.trim();
    if (typed === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onClose();
      return;
    }
    // "example.com" means https://example.com; any other scheme is refused, not rewritten.
    const href = safeHref(/^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`);
    if (!href) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  };

  return (
    // noValidate: the browser's type="url" check would refuse "example.com" and accept "javascript:…";
    // safeHref decides instead.
    <form className={styles.linkForm} noValidate onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && close()}>
      <label htmlFor={inputId} className={styles.linkLabel}>
        {labels.linkUrl}
      </label>
      <input
        id={inputId}
        className={styles.linkInput}
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://"
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        // The form opens on request, so moving focus into it is expected.
        autoFocus
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit" className={styles.linkAction}>
        {labels.applyLink}
      </button>
      {editor.isActive('link') && (
        <button
          type="button"
          className={styles.linkAction}
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {labels.removeLink}
        </button>
      )}
      <button type="button" className={styles.linkAction} onClick={close}>
        {labels.cancel}
      </button>
      {invalid && (
        <p id={errorId} role="alert" className={styles.linkError}>
          {labels.invalidLink}
        </p>
      )}
    </form>
  );
}

export default AnnotationEditor;
