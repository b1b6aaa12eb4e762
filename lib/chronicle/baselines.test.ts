import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseChronicle } from './parse-chronicle';

// Saved baselines: see fixtures/README.md for how to add one.
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));

describe('chronicle baselines', () => {
  it.each(names)('%s matches its reviewed result', (name) => {
    const result = parseChronicle(readFileSync(join(FIXTURES, name), 'utf8'), { fileName: name });
    const expectedPath = join(FIXTURES, name.replace(/\.txt$/, '.expected.json'));
    if (process.env.UPDATE_BASELINES) writeFileSync(expectedPath, `${JSON.stringify(result, null, 2)}\n`);
    expect(result).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
