import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the CLI as a user would; npm's own config warnings are not the CLI's output. */
function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/transcript-parse.ts', ...args], { cwd: root, encoding: 'utf8' });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => l && !l.startsWith('npm warn'))
    .join('\n');
  return { status: r.status, stdout: r.stdout, stderr };
}

describe('scripts/transcript-parse.ts', () => {
  it('prints title, heldAt, speakers and turns with exactly the documented keys', () => {
    const { status, stdout, stderr } = run('lib/transcript/fixtures/bracket-tags.txt');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown> & { speakers: object[]; turns: object[] };
    expect(Object.keys(json)).toEqual(['title', 'heldAt', 'speakers', 'turns']);
    expect(json.title).toBe('国务院新闻办公室新闻发布会：中国关于抗击疫情的国际合作情况');
    expect(json.heldAt).toBe('2020-03-26T10:00:00+08:00');
    for (const s of json.speakers) expect(Object.keys(s)).toEqual(['label', 'name', 'title', 'organization', 'role']);
    for (const t of json.turns) expect(Object.keys(t)).toEqual(['index', 'speaker', 'role', 'postedAt', 'text']);
    expect(json.turns).toHaveLength(9);
    expect(json.turns[0]).toEqual({
      index: 1,
      speaker: '胡凯红',
      role: 'host',
      postedAt: '2020-03-26T10:01:21+08:00',
      text: '女士们、先生们，大家上午好！欢迎出席国务院新闻办今天举办的新闻发布会。\n首先，有请罗部长做介绍。',
    });
  });

  it.each([
    { description: 'a turn without its speaker line', file: 'lib/transcript/fixtures/bad-missing-speaker.txt', stderr: 'line 11: expected a speaker line before the timestamp' },
    { description: 'plain prose', file: 'lib/transcript/fixtures/bad-prose.txt', stderr: 'line 1: no speaker turns found: expected speaker lines such as "姓名:" or "【姓名】"' },
    { description: 'a missing file', file: 'lib/transcript/fixtures/no-such-file.txt', stderr: 'lib/transcript/fixtures/no-such-file.txt: no such file' },
  ])('exits 1 with a clear message and no stack trace: $description', ({ file, stderr }) => {
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+|Error/);
  });

  it('reads files through the decoder: a GBK file parses, an image is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'transcript-parse-'));
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode('外交部发言人周文澜答记者问\n问：中方有何评论？\n答：中方坚决反对。', 'gbk'));
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const gbk = run(join(dir, 'gbk.txt'));
    expect(gbk.status).toBe(0);
    expect((JSON.parse(gbk.stdout) as { turns: { speaker: string }[] }).turns.map((t) => t.speaker)).toEqual(['问', '周文澜']);
    expect(run(join(dir, 'image.txt'))).toEqual({ status: 1, stdout: '', stderr: 'line 1: not a text file: it holds NUL bytes (binary data such as an image or an archive)' });
  });
});
