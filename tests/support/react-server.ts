// React as Next runs server components: the `react-server` build (whose `cache` memoizes per
// render) with the Flight renderer, loaded so both share one React instance. Vitest resolves
// `react` to the client build, whose `cache` never memoizes; a test that needs the real thing
// mocks it with this one:
//
//   vi.mock('react', () => import('./support/react-server').then((m) => m.React));
//
// Uses Next's own compiled copies (the ones `next start` runs). Not a test file itself.
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import type { ReactElement } from 'react';

const require = createRequire(import.meta.url);
type Resolve = (request: string, parent: unknown, ...rest: unknown[]) => string;
const Module = require('node:module') as { _resolveFilename: Resolve };

const REACT_SERVER = require.resolve('next/dist/compiled/react/react.react-server.js');
const REACT_DOM_SERVER = require.resolve('next/dist/compiled/react-dom/react-dom.react-server.js');

/** Loads `id` with `react` and `react-dom` resolved as under the `react-server` condition. */
function requireAsReactServer<T>(id: string): T {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if (request === 'react' || request === 'next/dist/compiled/react') return REACT_SERVER;
    if (request === 'react-dom' || request === 'next/dist/compiled/react-dom') return REACT_DOM_SERVER;
    return resolve.call(this, request, parent, ...rest);
  };
  try {
    return require(id) as T;
  } finally {
    Module._resolveFilename = resolve;
  }
}

/** React's server build. */
export const React = requireAsReactServer<typeof import('react')>(REACT_SERVER);

interface Flight {
  renderToPipeableStream(model: ReactElement, bundlerConfig: object, options: { onError(error: unknown): void }): { pipe(destination: NodeJS.WritableStream): void };
}
const flight = requireAsReactServer<Flight>('next/dist/compiled/react-server-dom-webpack/server.node.js');

/**
 * Renders a tree of server components (no client components) as one request, as Next renders
 * a page, and resolves with the RSC payload once the whole tree has rendered.
 */
export function renderServerTree(tree: ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    const out = new PassThrough();
    let payload = '';
    out.on('data', (chunk: Buffer) => (payload += chunk.toString('utf8')));
    out.on('end', () => resolve(payload));
    flight.renderToPipeableStream(tree, {}, { onError: reject }).pipe(out);
  });
}
