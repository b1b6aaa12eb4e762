import { Fragment, type ReactNode } from 'react';

// Right-to-left override (U+202E) and right-to-left letters in a value people wrote or a
// transcript brought in must not reorder the interface around it. Where markup can go, the
// value sits in a <bdi> (these two components); where only text can go (attributes, <option>,
// SVG text, the document title, descriptions read as strings) use `isolate()` from
// lib/format/isolate, which wraps it in FSI … PDI.

/**
 * Text that came from a person or an import (a name, a tag, a group's name, a title, a speaker
 * label), rendered as element content inside a `<bdi>`.
 */
export function UserText({ children, className, lang }: { children?: ReactNode; className?: string; lang?: string }) {
  return (
    <bdi className={className} lang={lang}>
      {children}
    </bdi>
  );
}

/**
 * A translated sentence with values filled in as elements: `message` keeps its `{name}`
 * placeholders open (`t('groupsVisibilityGroup')` without values does), and each string value
 * goes in a `<bdi>`, so the sentence reads the same whatever direction the value has. Numbers
 * and elements (a nested UserMessage) go in as they are. Values are never scanned for
 * placeholders themselves.
 */
export function UserMessage({ message, values }: { message: string; values: Record<string, ReactNode> }) {
  const parts = message.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        if (!Object.hasOwn(values, part)) return `{${part}}`;
        const value = values[part];
        return typeof value === 'string' ? <bdi key={i}>{value}</bdi> : <Fragment key={i}>{value}</Fragment>;
      })}
    </>
  );
}
