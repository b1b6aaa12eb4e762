import type { ReactNode } from 'react';
import styles from './auth-form.module.css';

/** The frame of the sign-in and sign-up pages: heading, a line of intro, the form, a footer. */
export function AuthPanel({ title, intro, children, footer }: { title: string; intro: string; children: ReactNode; footer: ReactNode }) {
  return (
    <section className={styles.panel} aria-labelledby="auth-title">
      <h1 id="auth-title">{title}</h1>
      <p className={styles.intro}>{intro}</p>
      {children}
      <p className={styles.footer}>{footer}</p>
    </section>
  );
}
