import type { Message } from '../dictionary';
import type { readerZh } from './reader-zh';

/** English interface text of the reader that came later than the base file (link reasons). */
export const readerEn: Record<keyof typeof readerZh, Message> = {
  linkReasonMoreTerms: { one: '+{n} more term', other: '+{n} more terms' },
  linkReasonFromTurn: { one: '(turn {n})', other: '(turn {n})' },
  linkReasonSameDay: 'same day as the press conference',
  linkReasonDaysBefore: { one: '{n} day before the press conference', other: '{n} days before the press conference' },
  linkReasonDaysAfter: { one: '{n} day after the press conference', other: '{n} days after the press conference' },
};
