'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A header link that marks the section being read with `aria-current="page"`. The one client
 * component of the frame: only the browser knows the path without a proxy.
 */
export function NavLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = href === '/' ? pathname === '/' || pathname.startsWith('/transcripts') : pathname.startsWith(href);
  return (
    <Link href={href} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
