/**
 * Normalisation for matching, used alike for indexing and for queries: every spelling that
 * the usual standards and habits produce for one name folds to one key.
 *
 * A word goes through three steps:
 * 1. script: Unicode NFC, lower case, Cyrillic (Russian and Kazakh letters) written in
 *    Latin letter by letter — before any diacritic is touched, so that й never becomes и;
 *    inside a word that has Cyrillic, Latin look-alikes (C, E, Y…) count as Cyrillic;
 * 2. Latin spellings: the diacritics of ISO 9 / GOST 7.79, the Kazakh Latin alphabet and
 *    Turkish-style letters become the plain digraphs (ž → zh, š → sh, û → yu, ä → a…);
 * 3. folding: the choices that differ between GOST, BGN/PCGN, ICAO and press spelling are
 *    merged (y/j/i, ye/ie/e, kh/h, ts/c, ks/x, q/k, doubled consonants…), and Russian
 *    surname endings are cut back to the base name (Кушакбаева → Кушакбаев).
 *
 * "j" is read two ways (Kazakh Latin Janbolat = Жанболат, Slavic Julija = Юлия), so a word
 * with a "j" has two keys; a match on any key counts.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  є: 'ye',
  ї: 'yi',
  ў: 'u',
  // Kazakh
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/** Latin letters that look like Cyrillic ones, read as Cyrillic inside a Cyrillic word. */
const LOOK_ALIKES: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
  i: 'і',
};

/** Latin letters with diacritics from transliteration standards, as plain digraphs. */
const LATIN_SPECIAL: Record<string, string> = {
  ž: 'zh',
  š: 'sh',
  č: 'ch',
  ŝ: 'shch',
  ĉ: 'ch',
  ç: 'ch',
  ş: 'sh',
  ș: 'sh',
  ț: 'ts',
  û: 'yu',
  ǔ: 'yu',
  â: 'ya',
  ǎ: 'ya',
  ë: 'e',
  è: 'e',
  é: 'e',
  ê: 'e',
  ě: 'e',
  ä: 'a',
  ö: 'o',
  ő: 'o',
  ü: 'u',
  ű: 'u',
  ū: 'u',
  ú: 'u',
  ù: 'u',
  ğ: 'g',
  ǵ: 'g',
  ı: 'i',
  ï: 'i',
  ì: 'i',
  í: 'i',
  î: 'i',
  ñ: 'n',
  ń: 'n',
  ý: 'y',
  ÿ: 'y',
  ĭ: 'y',
  ō: 'o',
  ó: 'o',
  ò: 'o',
  ā: 'a',
  á: 'a',
  à: 'a',
  ã: 'a',
  å: 'a',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  // primes of ISO 9 (ь ъ) and apostrophes of BGN/PCGN carry no sound of their own
  ʹ: '',
  ʺ: '',
  ʼ: '',
  "'": '',
  '’': '',
  '`': '',
  '´': '',
};

const VOWELS = 'aeiou';
const HAS_CYRILLIC = /[\u0400-\u04ff]/;

/** Splits text into words: letters and digits; everything else separates. */
export function words(text: string): string[] {
  let lower = text.normalize('NFC').toLowerCase();
  // The two rewrites below are the slow part; most texts need neither (tested first, cheaply).
  if (APOSTROPHE.test(lower)) {
    // apostrophes inside words are transliteration marks, not separators
    lower = lower.replace(/(\p{L})['’ʼʹʺ`´](?=\p{L})/gu, '$1');
  }
  if (DIGIT.test(lower)) {
    // a code written without separators ("ЕЦ166/5") splits where letters meet digits
    lower = lower.replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ');
  }
  return lower.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

const APOSTROPHE = /['’ʼʹʺ`´]/;
const DIGIT = /\p{N}/u;

/** Step 1 and 2: one word in plain Latin letters. */
export function toLatin(word: string): string {
  let source = word.normalize('NFC').toLowerCase();
  if (HAS_CYRILLIC.test(source)) {
    source = [...source].map((char) => LOOK_ALIKES[char] ?? char).join('');
  }
  let out = '';
  for (const char of source) out += CYRILLIC[char] ?? LATIN_SPECIAL[char] ?? char;
  // Whatever marks are left belong to Latin letters not listed above.
  return out.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Russian surname and adjective endings (as spelt after folding), with the base they fold
 * to: Кушакбаева, Кушакбаеву, Кушакбаевым → Кушакбаев; -ская, -ского → -ский.
 */
const ENDINGS: readonly [RegExp, string][] = [
  [/(ov|ev|in)(oi|im|ih|a|u|e|i)$/, '$1'],
  [/sk(aia|ogo|omu|im|om|oi|ie|ih|i|a)$/, 'ski'],
];

/** Step 3 for one spelling: the folded key. */
function fold(latin: string): string {
  let s = latin;
  // GOST 7.79 system B writes щ as "shh" and ц as "cz"
  s = s.replace(/shtch|shch|shh|sch/g, 'ŝ').replace(/cz/g, 'c');
  s = s
    .replace(/zh/g, 'ž')
    .replace(/kh/g, 'h')
    .replace(/tch|ch/g, 'č')
    .replace(/sh/g, 'š');
  s = s.replace(/ts|tz/g, 'c').replace(/x/g, 'ks').replace(/q/g, 'k').replace(/w/g, 'v');
  s = s.replace(/ph/g, 'f').replace(/gh/g, 'g').replace(/ng\b/g, 'n');
  s = s.replace(/y/g, 'i');
  // e / ye / ie: "Yeleusinov" = "Eleusinov", "Bokayev" = "Bokaev"
  s = s.replace(/^ie/, 'e').replace(new RegExp(`([${VOWELS}])ie`, 'g'), '$1e');
  // ё after a consonant: "Fyodor" = "Fedor"
  s = s.replace(new RegExp(`([^${VOWELS}])io`, 'g'), '$1e');
  s = s.replace(/i+/g, 'i');
  // doubled consonants: "Kassym" = "Kasym"
  s = s.replace(/([bcdfgklmnprstvzčšžŝh])\1+/g, '$1');
  for (const [ending, base] of ENDINGS) {
    if (s.length >= 6 && ending.test(s)) {
      s = s.replace(ending, base);
      break;
    }
  }
  // Placeholders become letters that folding has freed (x, q, w and j occur nowhere else).
  return s.replace(/ŝ/g, 'x').replace(/č/g, 'q').replace(/š/g, 'w').replace(/ž/g, 'j');
}

/**
 * The keys of one word: usually one, two when a "j" may be read as "zh" or as "y".
 * Digits stay as they are.
 */
export function wordKeys(word: string): string[] {
  // Words repeat (names, and the common words of long texts), so folding is remembered.
  let keys = keyCache.get(word);
  if (keys === undefined) {
    keys = computeKeys(word);
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    keyCache.set(word, keys);
  }
  return keys;
}

const KEY_CACHE_SIZE = 500_000;
const keyCache = new Map<string, string[]>();

function computeKeys(word: string): string[] {
  const latin = toLatin(word);
  if (/^\d+$/.test(latin)) return [latin];
  if (!latin.includes('j')) return [fold(latin)];
  const asZh = fold(latin.replace(/j/g, 'zh'));
  const asY = fold(latin.replace(/j/g, 'y'));
  return asZh === asY ? [asZh] : [asZh, asY];
}

/** The first key of every word, joined by spaces: the normalised form of a text. */
export function normalise(text: string): string {
  return words(text)
    .map((word) => wordKeys(word)[0])
    .filter(Boolean)
    .join(' ');
}

/** True when two words (or names) share a key: the same name in another spelling. */
export function sameName(a: string, b: string): boolean {
  const keysA = words(a).map(wordKeys);
  const keysB = words(b).map(wordKeys);
  return (
    keysA.length === keysB.length &&
    keysA.every((keys, index) => keys.some((key) => keysB[index].includes(key)))
  );
}
