import type { SpeakerRole, TranscriptExchange } from './types';

/**
 * Groups turns into question-and-answer exchanges. Every journalist turn opens one; the
 * officials' turns right after it are its answers (several officials may answer). Any other
 * turn — the host handing over, the next journalist, an unidentified speaker — ends it, so a
 * question nobody answered keeps an empty `answers`.
 */
export function groupExchanges(turns: readonly { index: number; role: SpeakerRole }[]): TranscriptExchange[] {
  const exchanges: TranscriptExchange[] = [];
  let open: TranscriptExchange | null = null;
  for (const turn of turns) {
    if (turn.role === 'journalist') {
      open = { question: turn.index, answers: [] };
      exchanges.push(open);
    } else if (turn.role === 'official' && open) {
      open.answers.push(turn.index);
    } else {
      open = null;
    }
  }
  return exchanges;
}
