'use client';

import { useState } from 'react';
import styles from './groups.module.css';

/** The group's join link with a Copy button (the full address, built from this page's origin). */
export function CopyJoinLink({ path, label, copyLabel, copiedLabel }: { path: string; label: string; copyLabel: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(new URL(path, window.location.origin).toString());
    setCopied(true);
  };
  return (
    <p className={styles.inviteRow}>
      <span>{label}: </span>
      <a href={path} data-testid="join-link">
        {path}
      </a>
      <button type="button" className={styles.button} onClick={() => void copy().catch(() => setCopied(false))}>
        {copyLabel}
      </button>
      <span role="status" className={styles.hint}>
        {copied ? copiedLabel : ''}
      </span>
    </p>
  );
}
