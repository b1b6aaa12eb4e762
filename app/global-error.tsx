'use client';

import Link from 'next/link';
import { useErrorPageText } from '@/lib/security/error-page-text';
import './globals.css';

/**
 * Shown when the root layout itself fails, in place of it (so it brings its own html and body).
 * Like app/error.tsx it tells nothing about the error.
 */
export default function GlobalError() {
  const text = useErrorPageText();
  return (
    <html lang={text.lang}>
      <body>
        <main id="main" className="container">
          <div className="not-found" role="alert">
            <p className="not-found-code" aria-hidden="true">
              500
            </p>
            <h1>{text.title}</h1>
            <p>{text.body}</p>
            <p>
              <Link href="/">{text.home}</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
