import 'server-only';
import { requireDatabaseUrl } from '@/lib/db/pool';
import { LiveListener } from './live-listener';

const globalForLive = globalThis as unknown as { rostrumLiveListener?: LiveListener };

/**
 * This process's live listener on DATABASE_URL, created on first use (it connects on the first
 * subscription); kept on globalThis so Next's dev reloads don't open a second connection.
 */
export function getLiveListener(): LiveListener {
  globalForLive.rostrumLiveListener ??= new LiveListener(requireDatabaseUrl());
  return globalForLive.rostrumLiveListener;
}

/** Stops and forgets this process's listener (tests that switch databases, shutdown). */
export async function stopLiveListener(): Promise<void> {
  const listener = globalForLive.rostrumLiveListener;
  globalForLive.rostrumLiveListener = undefined;
  await listener?.stop();
}
