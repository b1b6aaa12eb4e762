import { notFound } from 'next/navigation';
import type { TurnPageData } from '@/lib/data/links';
import { speakerLabel } from '@/lib/format/speaker-label';

/** Props of the per-turn routes: `/transcripts/<slug>/turns/<index>[/coverage]`. */
export interface TurnRouteProps {
  params: Promise<{ slug: string; index: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The turn index of the route, a whole number from 1; anything else is "not found". */
export function turnIndexOrNotFound(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value)) notFound();
  return Number(value);
}

/** The speaker's name as the turn's headings show it. */
export function turnSpeakerName(data: TurnPageData): string {
  return speakerLabel(data.turn.speaker).primary;
}
