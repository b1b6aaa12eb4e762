import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'generated', 'proxy.ts', 'next.config.js', 'package-lock.json', 'tsconfig.json'];
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const STAMP = join(DIST_DIR, 'rostrum-build-stamp');

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
}

/** A fingerprint of everything `next build` reads: paths, sizes and modification times. */
export function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const root of SOURCES) {
    for (const file of files(root)) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

/** True when the output directory holds a production build of the current sources. */
export function buildIsCurrent(): boolean {
  return existsSync(join(DIST_DIR, 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceFingerprint();
}

export function recordBuild(): void {
  writeFileSync(STAMP, sourceFingerprint());
}
