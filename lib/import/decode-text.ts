import iconv from 'iconv-lite';
import { failed, parsed, type ParseResult } from '@/lib/parse-result';
import { detectEncoding } from './detect-encoding';
import { htmlToText, looksLikeHtml } from './html-to-text';

/** Largest input read, in bytes: four times the app's 5 MB upload limit, room for UTF-16 and HTML. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Text read from uploaded or pasted bytes, and how it was read. */
export interface DecodedText {
  /** The text, without BOM; for HTML one paragraph per line, for .docx one per line. */
  text: string;
  /** The encoding the bytes were read in (`utf-8`, `utf-16le`, `gb18030`, `big5`…). */
  encoding: string;
  format: 'text' | 'html' | 'docx';
}

/** Where the bytes came from: a file name or a content type help tell HTML and .docx apart. */
export interface DecodeOptions {
  fileName?: string;
  contentType?: string;
}

// C0 controls other than tab and line ends, and U+FFFD: what binary data turns into.
const GARBAGE = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufffd]/gu;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Formats that are files of their own kind, not text: refused with a hint what to do. */
function otherFormat(bytes: Uint8Array): string | null {
  const magic = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('');
  if (magic === '25504446') return 'a PDF file: copy its text into a .txt file or paste it';
  if (magic === 'd0cf11e0') return 'a Word 97–2003 (.doc) file: save it as .docx or plain text';
  if (magic === '504b0304') return 'a ZIP archive: only .docx files of this kind can be read';
  return null;
}

function refuse(message: string): ParseResult<never> {
  return failed([{ line: 1, message }]);
}

/**
 * Reads uploaded or pasted bytes as text, never guessing at garbage: UTF-8 with or without BOM,
 * UTF-16 LE/BE (with a BOM, or recognised by its NUL pattern), GB18030/GBK/GB2312 and Big5
 * (detected with chardet, decoded with iconv-lite). HTML (by file name, content type or shape)
 * becomes one paragraph per line without the site's navigation and link lists. Refuses, with a
 * `line 1: …` error, input over `MAX_INPUT_BYTES`, binary data (NUL bytes, more than 1% control
 * or replacement characters after decoding), PDF and .doc files. For .docx use `decodeDocument`.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): ParseResult<DecodedText> {
  if (bytes.length > MAX_INPUT_BYTES) return refuse(`file too large: ${MB(bytes.length)}, the limit is ${MB(MAX_INPUT_BYTES)}`);
  const other = otherFormat(bytes);
  if (other) return refuse(`not a text file: this is ${other}`);
  const detected = detectEncoding(bytes);
  if (!detected) return refuse('not a text file: it holds NUL bytes (binary data such as an image or an archive)');
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + detected.bom, bytes.length - detected.bom), detected.encoding, { stripBOM: true });
  const garbage = text.match(GARBAGE)?.length ?? 0;
  if (garbage >= 8 && garbage > text.replace(/\s/gu, '').length / 100) {
    return refuse(`not readable text: ${garbage} control or replacement characters after reading it as ${detected.encoding} (binary data, or an encoding that was not recognised)`);
  }
  if (text.includes('\u0000')) return refuse('not a text file: it holds NUL characters');
  const html = /\.x?html?$/iu.test(options.fileName ?? '') || /html/iu.test(options.contentType ?? '') || looksLikeHtml(text);
  return parsed({ text: html ? htmlToText(text) : text, encoding: detected.encoding, format: html ? 'html' : 'text' });
}

/**
 * Like `decodeText`, and reads Word .docx files too (by name, content type or ZIP signature),
 * one paragraph per line, with mammoth. Asynchronous because mammoth is.
 */
export async function decodeDocument(bytes: Uint8Array, options: DecodeOptions = {}): Promise<ParseResult<DecodedText>> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const docx = /\.docx$/iu.test(options.fileName ?? '') || /wordprocessingml/iu.test(options.contentType ?? '');
  if (!zip || (!docx && options.fileName !== undefined)) return decodeText(bytes, options);
  if (bytes.length > MAX_INPUT_BYTES) return refuse(`file too large: ${MB(bytes.length)}, the limit is ${MB(MAX_INPUT_BYTES)}`);
  try {
    const { extractRawText } = await import('mammoth');
    const { value } = await extractRawText({ buffer: Buffer.from(bytes) });
    const text = value.split(/\n+/u).map((l) => l.trim()).filter(Boolean).join('\n');
    return parsed({ text, encoding: 'utf-8', format: 'docx' });
  } catch {
    return refuse('not a readable .docx file: the archive is damaged or is not a Word document');
  }
}
