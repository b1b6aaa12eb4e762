import pg from 'pg';
import { LIVE_CHANNEL, parseLiveNotification, type LiveNotification } from './live-notification';

/** Receives the notifications of one subscribed transcript (plus memberships and resyncs). */
export type LiveHandler = (notification: LiveNotification) => void;

export interface LiveListenerOptions {
  /** How often to ask every stream to resync when the database cannot NOTIFY (PGlite), ms. */
  pollIntervalMs?: number;
  /** First reconnect delay after the connection is lost, doubled up to `maxBackoffMs`. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  log?: (message: string) => void;
}

/** How changes reach this process: PostgreSQL NOTIFY, or polling where NOTIFY cannot cross connections. */
export type LiveMode = 'notify' | 'poll';

/**
 * One per process: a dedicated connection (not from the pool, which would hand it back) that
 * LISTENs on the live channel and fans notifications out to this process's subscribers by
 * transcript. Every app instance runs its own, so fan-out across instances goes through
 * PostgreSQL. Started by the first subscriber; after a lost connection (restart, terminated
 * backend) it reconnects with backoff and tells every subscriber to resync, since NOTIFYs sent
 * meanwhile are gone. Embedded PGlite serves all connections from one backend session, where a
 * notification reaches only the connection that wrote: there it polls instead (resync each second).
 */
export class LiveListener {
  private readonly subscribers = new Map<string, Set<LiveHandler>>();
  private client: pg.Client | null = null;
  private started = false;
  private stopped = false;
  private everListened = false;
  private backoffMs: number;
  private retryTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private readyWaiters: (() => void)[] = [];
  mode: LiveMode | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly options: LiveListenerOptions = {},
  ) {
    this.backoffMs = options.minBackoffMs ?? 250;
  }

  /** Subscribes to changes on transcript `transcriptId`; returns the unsubscribe function. */
  subscribe(transcriptId: string, handler: LiveHandler): () => void {
    let set = this.subscribers.get(transcriptId);
    if (!set) this.subscribers.set(transcriptId, (set = new Set()));
    set.add(handler);
    if (!this.started) {
      this.started = true;
      void this.connect();
    }
    return () => {
      set.delete(handler);
      if (set.size === 0 && this.subscribers.get(transcriptId) === set) this.subscribers.delete(transcriptId);
    };
  }

  /** Number of subscribed handlers (for tests and diagnostics). */
  get subscriberCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  /** Resolves once changes are being received (LISTEN issued, or polling started). */
  ready(): Promise<void> {
    if (this.mode === 'poll' || (this.mode === 'notify' && this.client)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Ends the connection and timers for good (tests, scripts, shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pollTimer) clearInterval(this.pollTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'rostrum-live' });
    // Without these a restart or a terminated backend would be an unhandled 'error' event.
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    try {
      await client.connect();
      const { rows } = await client.query<{ version: string }>('SELECT version() AS version');
      if (rows[0]?.version.includes('PGlite')) return this.startPolling(client);
      client.on('notification', (message) => {
        if (message.channel === LIVE_CHANNEL) this.dispatch(parseLiveNotification(message.payload));
      });
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      this.lost(client, (error as Error).message);
      return;
    }
    if (this.stopped) return void client.end().catch(() => undefined);
    this.client = client;
    this.mode = 'notify';
    this.backoffMs = this.options.minBackoffMs ?? 250;
    if (this.everListened) this.dispatch({ kind: 'resync' });
    this.everListened = true;
    this.wake();
  }

  private startPolling(client: pg.Client): void {
    this.mode = 'poll';
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    this.log('embedded database (PGlite): NOTIFY does not reach other connections, polling for live updates');
    this.pollTimer = setInterval(() => {
      if (this.subscribers.size > 0) this.dispatch({ kind: 'resync' });
    }, this.options.pollIntervalMs ?? 1000);
    this.pollTimer.unref();
    this.wake();
  }

  private lost(client: pg.Client, reason: string): void {
    // 'error' and 'end' both fire for one loss: handle the first, then silence this client.
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped || this.mode === 'poll' || this.retryTimer) return;
    if (this.client === client) this.client = null;
    this.log(`connection lost (${reason}); reconnecting in ${this.backoffMs} ms`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.backoffMs);
    this.retryTimer.unref();
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 10_000);
  }

  private dispatch(notification: LiveNotification | null): void {
    if (!notification) return;
    const targeted = notification.kind === 'annotation' || notification.kind === 'reply';
    const sets = targeted ? [this.subscribers.get(notification.transcriptId ?? '')] : [...this.subscribers.values()];
    for (const set of sets) {
      for (const handler of set ?? []) {
        try {
          handler(notification);
        } catch (error) {
          this.log(`subscriber failed: ${(error as Error).message}`);
        }
      }
    }
  }

  private wake(): void {
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  private log(message: string): void {
    (this.options.log ?? ((line: string) => console.error(line)))(`[live] ${message}`);
  }
}
