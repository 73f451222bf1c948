import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText, NOT_TEXT } from '../../../src/main/importers/text-decoding';
import { cp1251, koi8r, utf16 } from './fixtures';

const RUSSIAN = [
  'Суд продлил срок содержания под стражей до 10 июня.',
  'Да.',
  'ПРИГОВОР ОБЖАЛОВАН',
  'Ёлка. Щука. Эхо. Юг. Шёпот.',
  'Письмо передали адвокату в четверг, ответа пока нет. Родственники ждут свидания.',
];

describe('decodeText', () => {
  it.each(RUSSIAN)('reads "%s" in Windows-1251 and in KOI8-R', (text) => {
    expect(decodeText(cp1251(text))).toEqual({ text, encoding: 'windows-1251' });
    expect(decodeText(koi8r(text))).toEqual({ text, encoding: 'koi8-r' });
  });

  it('reads the punctuation cp1251 has and KOI8-R lacks (« » — №)', () => {
    const text = '«Свобода» — № 5, ул. Абая, д. 12';
    expect(decodeText(cp1251(text))).toEqual({ text, encoding: 'windows-1251' });
  });

  it('reads Kazakh text in UTF-8 with and without a byte-order mark', () => {
    const text = 'Нұрлан Сейтқали әкесіне хат жазды: «Бәрі жақсы, уайымдамаңыз».';
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decodeText(withMark)).toEqual({ text, encoding: 'utf-8' });
  });

  it.each([
    ['le', true],
    ['le', false],
    ['be', true],
    ['be', false],
  ] as const)('reads UTF-16 %s (byte-order mark: %s)', (endian, bom) => {
    const text = 'Ғалым Төлеуов: хат алынды. Letter received.';
    expect(decodeText(utf16(text, endian, bom))).toEqual({
      text,
      encoding: endian === 'le' ? 'utf-16le' : 'utf-16be',
    });
  });

  it('reads Western text in a Latin code page as such, not as Cyrillic', () => {
    const text = 'Le café où la délégation s’est réunie était fermé.';
    const decoded = decodeText(iconv.encode(text, 'windows-1252'));
    expect(decoded.text).toBe(text);
  });

  it('uses the charset a file declares when its bytes are not UTF-8', () => {
    const text = 'Жалоба подана';
    expect(decodeText(iconv.encode(text, 'iso-8859-5'), 'ISO-8859-5').text).toBe(text);
  });

  it('refuses binary data', () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489',
      'hex',
    );
    expect(() => decodeText(png)).toThrow(NOT_TEXT);
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 3 : 65)));
    expect(() => decodeText(controls)).toThrow(NOT_TEXT);
  });
});
