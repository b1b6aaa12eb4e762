import type { Message } from '../dictionary';
import type { liveZh } from './live-zh';

/** English interface text for the live area; the type makes a missing key a compile error. */
export const liveEn: Record<keyof typeof liveZh, Message> = {
  liveUpdatesOn: 'Live updates on',
  liveUpdatesReconnecting: 'Reconnecting…',
};
