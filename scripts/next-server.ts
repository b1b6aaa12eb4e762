/**
 * Serves the built app as `next start -p PORT` does, plus two things Next does not: it tells
 * the app each request's TCP peer in PEER_ADDRESS_HEADER (replacing any a client sent), so
 * throttles count the real client address (lib/auth/client-address.ts, TRUSTED_PROXY_HOPS)
 * instead of an X-Forwarded-For a client can write; and it answers a request target that is
 * not valid text with 400 and the security headers instead of Next's bare 500. Run without the react-server condition:
 * Next loads React itself.
 */
import { createServer } from 'node:http';
import next from 'next';
import type { ServerResponse } from 'node:http';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-address';
import { isDatabaseOutage } from '@/lib/db/outage';
import { OUTAGE_RETRY_AFTER_SECONDS } from '@/lib/security/database-unavailable';
import { findHostileInput } from '@/lib/security/hostile-input';
import { badRequestHeaders } from '@/lib/security/security-headers';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

async function main(): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    // Next answers a path it cannot decode (`/transcripts/%ED%A0%80`) with a bare 500 before
    // the proxy runs; refuse such a target here, as the proxy does the rest.
    const hostile = findHostileInput(request.url ?? '/');
    if (hostile) {
      response.writeHead(400, badRequestHeaders()).end(`Bad request: ${hostile}`);
      return;
    }
    request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
    answerOutagesWith503(response);
    void handle(request, response);
  });
  // Node answers a request it cannot parse (a header or URL over its size limit: 431; bad
  // syntax: 400) before any handler runs; answer with the security headers all the same.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, reason] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
    const headers = Object.entries({ ...badRequestHeaders(), Connection: 'close' }).map(([key, value]) => `${key}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers}\r\n`);
  });
  server.listen(port, hostname, () => console.log(`[rostrum] next: listening on port ${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * A page that failed because PostgreSQL is down answers 503 with Retry-After, not 500 (Next's
 * error page cannot set a status; route handlers already answer 503 themselves).
 */
function answerOutagesWith503(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  (response as { writeHead: unknown }).writeHead = (status: number, ...rest: unknown[]) => {
    if (status >= 500 && isDatabaseOutage()) {
      response.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
      return writeHead(503, ...(typeof rest[0] === 'string' ? ['Service Unavailable', ...rest.slice(1)] : rest));
    }
    return writeHead(status, ...rest);
  };
}

main().catch((error: Error) => {
  console.error(`[rostrum] next: ${error.message}`);
  process.exit(1);
});
