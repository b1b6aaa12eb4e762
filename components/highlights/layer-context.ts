import { createContext, useContext } from 'react';
import type { AssignmentContext } from '@/lib/assignments/types';

/** A group the reader may share an annotation with. */
export interface GroupChoice {
  id: string;
  name: string;
}

/** What the per-turn tools need from the annotation layer around the reading column. */
export interface LayerContextValue {
  /** The turn whose sentences are being chosen with the keyboard, or null. */
  sentenceTurn: number | null;
  toggleSentences(turnIndex: number): void;
  /** Id of the element explaining the sentence keys, for aria-describedby. */
  helpId: string;
  labels: { selectSentence: string };
  /** The viewer's active (not archived) groups: the annotate form offers each as a visibility. */
  groups: GroupChoice[];
  /** The class assignment being worked on (`?assignment=id`): new annotations go to it. */
  assignment: AssignmentContext | null;
}

export const LayerContext = createContext<LayerContextValue | null>(null);

/** The annotation layer's context; null outside one (signed-out readers get no layer tools). */
export function useLayer(): LayerContextValue | null {
  return useContext(LayerContext);
}
