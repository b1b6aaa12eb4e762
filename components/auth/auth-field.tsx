import styles from './auth-form.module.css';

interface AuthFieldProps {
  /** The form field name; the input's id is `auth-<name>`. */
  name: 'name' | 'email' | 'password';
  label: string;
  type: 'text' | 'email' | 'password';
  autoComplete: string;
  /** Help in the interface language, read out after the label; omitted when empty. */
  hint?: string;
  error?: string;
  defaultValue?: string;
}

/**
 * One labelled input of the account forms, with its hint and error tied to it through
 * aria-describedby. No maxLength/minLength: browsers count UTF-16 units and would cut an emoji
 * password silently, so the server checks lengths in code points.
 */
export function AuthField({ name, label, type, autoComplete, hint, error, defaultValue }: AuthFieldProps) {
  const id = `auth-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={styles.input}
        spellCheck={false}
      />
      {error ? (
        <p id={`${id}-error`} className={styles.fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
