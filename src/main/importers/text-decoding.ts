/**
 * Turns the bytes of a text file into text. Russian and Kazakh files are often not UTF-8:
 * Windows-1251 and KOI8-R are common in old archives, UTF-16 in files saved by Windows
 * programs. Order of evidence: a byte-order mark, then valid UTF-8 (which other encodings
 * almost never produce by accident), then a charset the file declares, then detection.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { mostPlausible } from './cyrillic-scoring';
import { ExtractionError } from './drafts';

export interface DecodedText {
  readonly text: string;
  /** The encoding used, as iconv-lite names it: "utf-8", "windows-1251", "koi8-r"… */
  readonly encoding: string;
}

const SAMPLE_BYTES = 64 * 1024;

export const NOT_TEXT = 'This file is not text.';

/** Decodes text bytes; throws an ExtractionError when they are not text at all. */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = byteOrderMark(buffer);
  if (bom)
    return {
      text: iconv.decode(buffer.subarray(bom.length), bom.encoding),
      encoding: bom.encoding,
    };
  const utf16 = utf16WithoutMark(buffer);
  if (utf16) return { text: iconv.decode(buffer, utf16), encoding: utf16 };
  if (looksBinary(buffer)) throw new ExtractionError(NOT_TEXT);
  const utf8 = strictUtf8(buffer);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const declared = declaredCharset && normaliseCharset(declaredCharset);
  if (declared && declared !== 'utf-8')
    return { text: iconv.decode(buffer, declared), encoding: declared };
  const encoding = guessSingleByte(buffer);
  return { text: iconv.decode(buffer, encoding), encoding };
}

function byteOrderMark(buffer: Buffer): { encoding: string; length: number } | null {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Characters that text in our languages is made of: Latin, Cyrillic, punctuation, space. */
const ORDINARY = /[\t\n\r\u0020-\u007e\u00a0-\u024f\u0400-\u04ff\u2000-\u206f\u20ac\u2116]/u;

/**
 * UTF-16 without a mark: every other byte is 0x00 (Latin) or 0x04 (Cyrillic). Read both
 * ways, the right one gives ordinary characters and the wrong one a jumble of CJK.
 */
function utf16WithoutMark(buffer: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (buffer.length < 4 || buffer.length % 2 !== 0) return null;
  const sample = buffer.subarray(0, Math.min(buffer.length, SAMPLE_BYTES) & ~1);
  if (!sample.includes(0x00) && !sample.includes(0x04)) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = iconv.decode(sample, encoding);
    let ordinary = 0;
    for (const char of text) if (ORDINARY.test(char)) ordinary += 1;
    if (ordinary >= text.length * 0.95) return encoding;
  }
  return null;
}

/** NUL bytes or many control characters: an image, an archive, a program. */
function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, line feed, form feed, carriage return and escape occur in text files.
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b
    )
      controls += 1;
  }
  return controls > sample.length * 0.01;
}

function strictUtf8(buffer: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
}

function normaliseCharset(charset: string): string | null {
  const name = charset.trim().toLowerCase().replace(/^x-/, '');
  if (name === 'utf8') return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

/**
 * Not UTF-8: Cyrillic in cp1251 or KOI8-R, or Western text in a Latin code page. In Cyrillic
 * text the high bytes make whole words; in Western text they sit inside Latin words (é, ü).
 */
function guessSingleByte(buffer: Buffer): string {
  if (highBytesMostlyInsideLatinWords(buffer)) {
    const detected = chardet
      .analyse(buffer.subarray(0, SAMPLE_BYTES))
      .find((match) => !/1251|koi8/i.test(match.name) && iconv.encodingExists(match.name));
    return detected?.name.toLowerCase() ?? 'windows-1252';
  }
  const candidates = ['windows-1251', 'koi8-r'];
  const sample = buffer.subarray(0, SAMPLE_BYTES);
  return candidates[mostPlausible(candidates.map((encoding) => iconv.decode(sample, encoding)))];
}

function highBytesMostlyInsideLatinWords(buffer: Buffer): boolean {
  const isAsciiLetter = (byte: number | undefined) =>
    byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
  let high = 0;
  let besideLatin = 0;
  const sample = buffer.subarray(0, SAMPLE_BYTES);
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] < 0x80) continue;
    high += 1;
    if (isAsciiLetter(sample[i - 1]) || isAsciiLetter(sample[i + 1])) besideLatin += 1;
  }
  return high > 0 && besideLatin > high / 2;
}
