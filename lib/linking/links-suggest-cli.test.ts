import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TRANSCRIPT = 'prisma/seed/data/scio-2020-03-26-press-conference.txt';
const CHRONICLE = 'prisma/seed/data/chronicle-2020-03.txt';

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/links-suggest.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'links-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describe('scripts/links-suggest.ts', () => {
  it('prints { turns: [{ index, suggestions: [{ date, text, score, reasons }] }] } for the sample', () => {
    const { status, stdout } = run(TRANSCRIPT, CHRONICLE, '--k', '3');
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as { turns: { index: number; suggestions: Record<string, unknown>[] }[] };
    expect(Object.keys(output)).toEqual(['turns']);
    expect(output.turns.map((t) => t.index)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    for (const turn of output.turns) {
      expect(Object.keys(turn)).toEqual(['index', 'suggestions']);
      expect(turn.suggestions.length).toBeLessThanOrEqual(3);
      for (const suggestion of turn.suggestions) {
        expect(Object.keys(suggestion)).toEqual(['date', 'text', 'score', 'reasons']);
        expect(Math.round((suggestion.score as number) * 1000) / 1000).toBe(suggestion.score);
        for (const reason of suggestion.reasons as Record<string, unknown>[]) {
          expect(Object.keys(reason)).toEqual(['kind', 'value', 'weight']);
          expect(['entity', 'number', 'term', 'date']).toContain(reason.kind);
        }
      }
    }
    // The question about tonight's G20 summit links to the summit.
    expect(output.turns[9]?.suggestions[0]).toMatchObject({ date: '2020-03-26', text: expect.stringContaining('特别峰会') });
  });

  it('suggests 5 per turn by default', () => {
    const { stdout } = run(TRANSCRIPT, CHRONICLE);
    const output = JSON.parse(stdout) as { turns: { suggestions: unknown[] }[] };
    expect(Math.max(...output.turns.map((t) => t.suggestions.length))).toBe(5);
  });

  it.each([
    { description: 'a transcript with no turns', args: () => [tempFile('prose.txt', '这是一段普通的文字，没有发言人。\n'), CHRONICLE], stderr: /^line 1: .+\n$/ },
    { description: 'an impossible chronicle date', args: () => [TRANSCRIPT, tempFile('bad-2020.txt', '3月8日\n◆a。\n\n13月40日\n◆b。\n')], stderr: /^line 4: invalid date "13月40日"\n$/ },
    { description: 'a bad --k', args: () => [TRANSCRIPT, CHRONICLE, '--k', '0'], stderr: /^--k must be a positive whole number, got "0"\n$/ },
    { description: 'a missing file', args: () => ['no/such/file.txt', CHRONICLE], stderr: /^no\/such\/file\.txt: no such file\n$/ },
    { description: 'a missing chronicle argument', args: () => [TRANSCRIPT], stderr: /^usage: .+links:suggest.+\n$/ },
  ])('exits 1 with a plain message for $description', ({ args, stderr }) => {
    const result = run(...args());
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    // npx may add its own warnings first; the script's part is the last line, with no stack.
    expect(result.stderr.split(/\n(?=.)/).at(-1)).toMatch(stderr);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
