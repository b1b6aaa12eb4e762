import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { consumeRateLimit } from '@/lib/data/accounts';
import { limitableAddress, rateLimitKeys, rateLimitRules } from './rate-limit-rules';

/**
 * Counts a route-handler request against a limit (rateLimitRules().api by default; `exports`
 * for whole-collection downloads): per signed-in user, else per client address. Returns the 429 answer (JSON, with Retry-After in seconds)
 * when over it, or null to go on. A signed-out request with no usable address (none, or
 * loopback: see limitableAddress) is not counted: there is nothing to tell its senders apart by.
 */
export async function limitRouteRequest(
  request: Request,
  viewer: Viewer | null,
  now: Date = new Date(),
  limit: 'api' | 'exports' = 'api',
): Promise<Response | null> {
  const address = viewer ? null : limitableAddress(request.headers);
  if (!viewer && !address) return null;
  const key = rateLimitKeys[limit](viewer ? { userId: viewer.id } : { address: address! });
  const outcome = await consumeRateLimit(key, rateLimitRules()[limit], now);
  if (outcome.allowed) return null;
  return Response.json(
    { error: 'Too many requests' },
    { status: 429, headers: { 'Retry-After': String(outcome.retryAfterSeconds), 'Cache-Control': 'no-store' } },
  );
}
