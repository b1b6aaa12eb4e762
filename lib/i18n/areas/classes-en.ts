import type { Message } from '../dictionary';
import type { classesZh } from './classes-zh';

/** English interface text for the classes area; the type makes a missing key a compile error. */
export const classesEn: Record<keyof typeof classesZh, Message> = {
};
