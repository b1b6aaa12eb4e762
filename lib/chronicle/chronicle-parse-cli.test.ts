import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = 'prisma/seed/data/chronicle-2020-03.txt';

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/chronicle-parse.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'chronicle-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describe('scripts/chronicle-parse.ts', () => {
  it('prints { entries: [{ id, date, text }] } for the sample', () => {
    const { status, stdout } = run(SAMPLE);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as { entries: Record<string, unknown>[] };
    expect(Object.keys(output)).toEqual(['entries']);
    expect(output.entries).toHaveLength(86);
    for (const entry of output.entries) expect(Object.keys(entry)).toEqual(['id', 'date', 'text']);
    expect(output.entries[1]).toMatchObject({ id: '2020-03-08-1', date: '2020-03-08' });
  });

  it('uses --year for headings without one', () => {
    const { status, stdout } = run(tempFile('undated.txt', '3月8日\n◆a。\n'), '--year', '2019');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ entries: [{ id: '2019-03-08-1', date: '2019-03-08', text: 'a。' }] });
  });

  it.each([
    {
      description: 'an impossible date',
      args: () => [tempFile('bad-2020.txt', '3月8日\n◆a。\n\n13月40日\n◆b。\n')],
      stderr: 'line 4: invalid date "13月40日"\n',
    },
    {
      description: 'a file with no year anywhere',
      args: () => [tempFile('undated.txt', '3月8日\n◆a。\n')],
      stderr: 'line 1: cannot tell the year: pass --year\n',
    },
    { description: 'a bad --year', args: () => [SAMPLE, '--year', 'twenty'], stderr: '--year must be a 4-digit year, got "twenty"\n' },
    { description: 'a missing file', args: () => ['no/such/file.txt'], stderr: 'no/such/file.txt: no such file\n' },
  ])('exits 1 with a plain message for $description', ({ args, stderr }) => {
    const result = run(...args());
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    // npx may add its own warnings; the script's part is the last lines, with no stack.
    expect(result.stderr.endsWith(stderr)).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
