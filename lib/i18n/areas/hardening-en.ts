import type { Message } from '../dictionary';
import type { hardeningZh } from './hardening-zh';

/** English interface text for the hardening area; the type makes a missing key a compile error. */
export const hardeningEn: Record<keyof typeof hardeningZh, Message> = {
};
