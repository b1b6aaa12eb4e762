import type { SpeakerRole, TranscriptExchange } from './types';

/**
 * Groups turns into question-and-answer exchanges. Every journalist turn opens one; the
 * officials' turns right after it are its answers (several officials may answer). A host turn
 * right after the question is an answer too — a spokesperson both chairs and answers — unless
 * an official speaks next: then the host handed the question over, and the official's turns
 * answer it. Any other turn — the
 * host after an answer, the next journalist, an unidentified speaker — ends the exchange, so a
 * question nobody answered keeps an empty `answers`.
 */
export function groupExchanges(turns: readonly { index: number; role: SpeakerRole }[]): TranscriptExchange[] {
  const exchanges: TranscriptExchange[] = [];
  let open: TranscriptExchange | null = null;
  for (const [i, turn] of turns.entries()) {
    if (turn.role === 'journalist') {
      open = { question: turn.index, answers: [] };
      exchanges.push(open);
    } else if (turn.role === 'official' && open) {
      open.answers.push(turn.index);
    } else if (turn.role === 'host' && open && open.answers.length === 0) {
      // Handing over (`请罗部长回答`) keeps the question open for the official who answers next.
      if (turns[i + 1]?.role !== 'official') open.answers.push(turn.index);
    } else {
      open = null;
    }
  }
  return exchanges;
}
