import type { Message } from '../dictionary';
import type { groupsZh } from './groups-zh';

/** English interface text for the groups area; the type makes a missing key a compile error. */
export const groupsEn: Record<keyof typeof groupsZh, Message> = {
};
