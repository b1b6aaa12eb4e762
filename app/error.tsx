'use client';

import Link from 'next/link';
import { useErrorPageText } from '@/lib/security/error-page-text';

/**
 * Shown when a page fails. Deliberately says nothing about the error: in production Next sends
 * the browser only a digest, and the page shows not even that; the cause is in the server log.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useErrorPageText();
  return (
    <div className="not-found" role="alert">
      <p className="not-found-code" aria-hidden="true">
        500
      </p>
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <p>
        <button type="button" onClick={reset}>
          {text.retry}
        </button>{' '}
        <Link href="/">{text.home}</Link>
      </p>
    </div>
  );
}
