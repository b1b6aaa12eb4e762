/**
 * Which turns talk about the same matter: a journalist's question and the officials'
 * answers that follow it, until the next question or the host speaks. An opening
 * statement (an official after the host) belongs to no exchange.
 */
import type { LinkableTurn } from './types';

/** For each turn in an exchange, the indexes of the other turns of that exchange. */
export function exchangePartners(turns: readonly LinkableTurn[]): Map<number, number[]> {
  const groups: number[][] = [];
  let current: number[] | null = null;
  for (const turn of turns) {
    if (turn.role === 'journalist') {
      current = [turn.index];
      groups.push(current);
    } else if (turn.role === 'host' || turn.role === undefined) {
      current = null;
    } else if (current) {
      current.push(turn.index);
    }
  }
  const partners = new Map<number, number[]>();
  for (const group of groups) {
    for (const index of group) if (group.length > 1) partners.set(index, group.filter((other) => other !== index));
  }
  return partners;
}
