/**
 * Serves the built app as `next start -p PORT` does, plus one thing Next does not: it tells
 * the app each request's TCP peer in PEER_ADDRESS_HEADER (replacing any a client sent), so
 * throttles count the real client address (lib/auth/client-address.ts, TRUSTED_PROXY_HOPS)
 * instead of an X-Forwarded-For a client can write. Run without the react-server condition:
 * Next loads React itself.
 */
import { createServer } from 'node:http';
import next from 'next';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-address';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

async function main(): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? '';
    void handle(request, response);
  });
  server.listen(port, hostname, () => console.log(`[rostrum] next: listening on port ${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`[rostrum] next: ${error.message}`);
  process.exit(1);
});
