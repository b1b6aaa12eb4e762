import type { Message } from '../dictionary';
import type { teamZh } from './team-zh';

/** English interface text for the team area; the type makes a missing key a compile error. */
export const teamEn: Record<keyof typeof teamZh, Message> = {
};
