import chardet from 'chardet';

/** How a byte string is to be read: an encoding name iconv-lite knows, and the BOM bytes to skip. */
export interface DetectedEncoding {
  encoding: string;
  /** Bytes of a byte-order mark at the start (0 when there is none). */
  bom: number;
}

/** Share of NUL bytes at odd (or even) offsets above which BOM-less text is read as UTF-16. */
const UTF16_NULS = 0.3;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte. Null when it is not. */
function utf16WithoutBom(bytes: Uint8Array): DetectedEncoding | null {
  const sample = bytes.subarray(0, 8192);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  const half = sample.length / 2;
  if (sample.length % 2 === 0 && odd / half > UTF16_NULS && even === 0) return { encoding: 'utf-16le', bom: 0 };
  if (sample.length % 2 === 0 && even / half > UTF16_NULS && odd === 0) return { encoding: 'utf-16be', bom: 0 };
  return null;
}

// chardet names GB2312 and GBK text GB18030 (their superset); the rest map to iconv-lite names.
const NAMES: Record<string, string> = { 'GB18030': 'gb18030', 'Big5': 'big5', 'Shift_JIS': 'shift_jis', 'EUC-JP': 'euc-jp', 'EUC-KR': 'euc-kr', 'UTF-8': 'utf-8' };

/**
 * The encoding of `bytes`: a BOM (UTF-8, UTF-16 LE/BE) decides; else UTF-16 by its NUL pattern;
 * else UTF-8 when the bytes are valid UTF-8; else what chardet finds, preferring the Chinese
 * encodings (GB18030 covers GB2312 and GBK; Big5 for Traditional). Returns null for bytes that
 * hold NULs in no UTF-16 pattern (binary data).
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (bytes.includes(0)) return utf16WithoutBom(bytes);
  if (isUtf8(bytes)) return { encoding: 'utf-8', bom: 0 };
  const found = chardet.analyse(bytes.subarray(0, 65536));
  const chinese = found.find((m) => m.lang === 'zh' && m.confidence >= 30);
  const best = chinese ?? found[0];
  return { encoding: (best && NAMES[best.name]) ?? best?.name.toLowerCase() ?? 'gb18030', bom: 0 };
}
