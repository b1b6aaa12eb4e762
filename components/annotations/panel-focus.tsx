'use client';

import { useEffect } from 'react';
import { annotationCardId } from '@/components/highlights/highlight-ids';

/** Scrolls the side panel so the focused annotation's card is in view (after a link or a click). */
export function PanelFocus({ annotationId }: { annotationId: string | null }) {
  useEffect(() => {
    if (!annotationId) return;
    document.getElementById(annotationCardId(annotationId))?.scrollIntoView({ block: 'nearest' });
  }, [annotationId]);
  return null;
}
