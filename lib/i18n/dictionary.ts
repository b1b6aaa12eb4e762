import { zh } from './messages-zh';

/** A message: plain text, or plural forms chosen by the `n` variable (Intl.PluralRules categories). */
export type Message = string | { one: string; other: string };

/** Every key of the interface dictionary; the Chinese dictionary is the reference. */
export type MessageKey = keyof typeof zh;

/** A complete dictionary for one locale. */
export type Dictionary = Record<MessageKey, Message>;

/** Values for `{name}` placeholders. */
export type MessageValues = Record<string, string | number>;
