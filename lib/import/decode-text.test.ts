/**
 * decodeText / decodeDocument: bytes in every encoding and format a user may upload or paste
 * read back to the same text (and the same parsed transcript), and binary input is refused
 * with a clear message instead of being parsed as garbage. One row per case.
 */
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '@/lib/transcript';
import { decodeDocument, decodeText, MAX_INPUT_BYTES } from './decode-text';

const TEXT = '外交部发言人周文澜就北岸国家议会通过涉华决议答记者问\n问：中方对此有何评论？\n答：中方对此坚决反对。';
const TRADITIONAL = '行政長官會見傳媒答問內容\n記者：你會否考慮進一步擴大支援範圍？\n行政長官：政府會適時檢討。';
const ENGLISH = 'Q: What is the plan?\nA: We will say more on Friday.';
const bytes = (buffer: Buffer) => new Uint8Array(buffer);
const fixture = (name: string) => bytes(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const BOM = { utf8: [0xef, 0xbb, 0xbf], le: [0xff, 0xfe], be: [0xfe, 0xff] };

describe('decodeText reads every encoding', () => {
  it.each([
    { description: 'UTF-8 without BOM', input: bytes(Buffer.from(TEXT)), text: TEXT, encoding: 'utf-8' },
    { description: 'UTF-8 with BOM', input: bytes(Buffer.concat([Buffer.from(BOM.utf8), Buffer.from(TEXT)])), text: TEXT, encoding: 'utf-8' },
    { description: 'UTF-16 LE with BOM', input: bytes(Buffer.concat([Buffer.from(BOM.le), Buffer.from(TEXT, 'utf16le')])), text: TEXT, encoding: 'utf-16le' },
    { description: 'UTF-16 BE with BOM', input: bytes(Buffer.concat([Buffer.from(BOM.be), Buffer.from(TEXT, 'utf16le').swap16()])), text: TEXT, encoding: 'utf-16be' },
    { description: 'UTF-16 LE without BOM (English)', input: bytes(Buffer.from(ENGLISH, 'utf16le')), text: ENGLISH, encoding: 'utf-16le' },
    { description: 'GBK (read as GB18030, its superset)', input: bytes(iconv.encode(TEXT, 'gbk')), text: TEXT, encoding: 'gb18030' },
    { description: 'GB18030', input: bytes(iconv.encode(TEXT, 'gb18030')), text: TEXT, encoding: 'gb18030' },
    { description: 'Big5 (Traditional)', input: bytes(iconv.encode(TRADITIONAL, 'big5')), text: TRADITIONAL, encoding: 'big5' },
  ])('$description', ({ input, text, encoding }) => {
    expect(decodeText(input)).toEqual({ ok: true, value: { text, encoding, format: 'text' } });
  });

  it('every encoding parses to the same transcript', () => {
    const expected = parseTranscript(TEXT);
    expect(expected.ok).toBe(true);
    for (const input of [iconv.encode(TEXT, 'gb18030'), Buffer.concat([Buffer.from(BOM.le), Buffer.from(TEXT, 'utf16le')])]) {
      const decoded = decodeText(bytes(input));
      expect(decoded.ok && parseTranscript(decoded.value.text)).toEqual(expected);
    }
  });
});

describe('decodeText reads HTML as paragraphs', () => {
  it('keeps the article as lines, drops scripts, navigation, link lists, share bars and footer', () => {
    const decoded = decodeText(fixture('briefing-page.html'), { fileName: 'briefing.html' });
    expect(decoded.ok && decoded.value.format).toBe('html');
    expect(decoded.ok && decoded.value.text.split('\n')).toEqual([
      '2023年5月12日外交部发言人林海声主持例行记者会',
      '问：我们注意到，维努阿外长此次访华是双方建交以来首次。中方对此访有何期待？',
      '答：中国和维努阿是相互尊重、共同发展的好朋友、好伙伴。',
      '此访将推动两国关系迈上新台阶。',
      '问：中方对北岸国家加征关税有何评论？',
      '答：中方一贯主张通过平等对话协商解决分歧。',
    ]);
  });

  it('a pasted fragment is recognised by its tags, and the page parses as a transcript', () => {
    const decoded = decodeText(bytes(Buffer.from('<p>问：你好吗？</p><p>答：很好。</p><div>问：还有吗？</div><br><p>答：没有了。</p>')));
    expect(decoded.ok && decoded.value.text).toBe('问：你好吗？\n答：很好。\n问：还有吗？\n答：没有了。');
    const page = decodeText(fixture('briefing-page.html'), { contentType: 'text/html; charset=utf-8' });
    const result = page.ok ? parseTranscript(page.value.text) : null;
    expect(result?.ok && result.value.turns.map((t) => t.speaker)).toEqual(['问', '林海声', '问', '林海声']);
  });

  it('deep nesting does not overflow the stack', () => {
    const deep = `${'<div>'.repeat(200_000)}问：你好？${'</div>'.repeat(200_000)}`;
    expect(decodeText(bytes(Buffer.from(deep)), { fileName: 'deep.html' }).ok).toBe(true);
  });
});

describe('decodeText refuses what is not text', () => {
  const png = bytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 0, 7]));
  const noise = bytes(Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 7919) % 0x7f))));
  it.each([
    { description: 'an image (NUL bytes)', input: png, message: 'not a text file: it holds NUL bytes (binary data such as an image or an archive)' },
    { description: 'a PDF', input: bytes(Buffer.from('%PDF-1.7\n%âãÏÓ')), message: 'not a text file: this is a PDF file: copy its text into a .txt file or paste it' },
    { description: 'a .doc file', input: bytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])), message: 'not a text file: this is a Word 97–2003 (.doc) file: save it as .docx or plain text' },
    { description: 'a ZIP archive named .txt', input: fixture('answer-item.docx'), message: 'not a text file: this is a ZIP archive: only .docx files of this kind can be read' },
    { description: 'too large', input: new Uint8Array(MAX_INPUT_BYTES + 1), message: 'file too large: 20.0 MB, the limit is 20.0 MB' },
  ])('$description', ({ input, message }) => {
    expect(decodeText(input, { fileName: 'upload.txt' })).toEqual({ ok: false, errors: [{ line: 1, message }] });
  });

  it('high bytes that are no encoding never come back as a transcript', () => {
    const decoded = decodeText(noise);
    expect(!decoded.ok || !parseTranscript(decoded.value.text).ok).toBe(true);
  });
});

describe('decodeDocument', () => {
  it('reads a .docx file one paragraph per line, and it parses', async () => {
    const decoded = await decodeDocument(fixture('answer-item.docx'), { fileName: 'answer-item.docx' });
    expect(decoded.ok && decoded.value.format).toBe('docx');
    const result = decoded.ok ? parseTranscript(decoded.value.text) : null;
    expect(result?.ok && result.value.turns.map((t) => `${t.speaker}/${t.role}`)).toEqual(['问/journalist', '周文澜/official']);
  });

  it('refuses a damaged .docx and reads other files as text', async () => {
    const broken = bytes(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]));
    expect(await decodeDocument(broken, { fileName: 'x.docx' })).toEqual({ ok: false, errors: [{ line: 1, message: 'not a readable .docx file: the archive is damaged or is not a Word document' }] });
    expect(await decodeDocument(bytes(Buffer.from(TEXT)), { fileName: 'x.txt' })).toEqual(decodeText(bytes(Buffer.from(TEXT))));
  });
});
