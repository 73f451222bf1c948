/**
 * Tells windows-1251 from KOI8-R by how Russian the decoded text looks. Byte detectors are
 * weak on a few lines, and the two encodings hold the same letters in swapped places with
 * swapped case, so the wrong one reads as rarer letters with capitals inside words ("пРИВЕТ"
 * for "Привет"), or as box-drawing characters where cp1251 has quotes and dashes.
 */

/** Letter frequencies of Russian prose (per thousand), for a log-likelihood. */
const RUSSIAN_PER_MILLE: Record<string, number> = {
  о: 110,
  е: 85,
  а: 80,
  и: 74,
  н: 67,
  т: 63,
  с: 55,
  р: 47,
  в: 45,
  л: 44,
  к: 35,
  м: 32,
  д: 30,
  п: 28,
  у: 26,
  я: 20,
  ы: 19,
  ь: 17,
  г: 17,
  з: 16,
  б: 16,
  ч: 14,
  й: 12,
  х: 10,
  ж: 9,
  ш: 7,
  ю: 6,
  ц: 5,
  щ: 4,
  э: 3,
  ф: 3,
  ъ: 0.4,
  ё: 0.4,
};

const RARE = Math.log(0.05 / 1000);
const LOG_FREQUENCY = new Map(
  Object.entries(RUSSIAN_PER_MILLE).map(([letter, perMille]) => [
    letter,
    Math.log(perMille / 1000),
  ]),
);
/**
 * A capital right after a small letter: rare in prose, the rule after a wrong decoding.
 * (Words in capitals are not penalised: headlines are written so, and read as small
 * letters in the other encoding; letter frequencies tell those apart.)
 */
const CAPITAL_AFTER_SMALL = Math.log(0.01);
/** Box drawing, blocks and other signs that KOI8-R puts where cp1251 has punctuation. */
const IMPLAUSIBLE_SIGN = /[\u2219-\u2265\u2320-\u2321\u2500-\u25ff]/u;
const IMPLAUSIBLE = Math.log(0.001);

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** Higher is more plausible Russian text; comparable between decodings of the same bytes. */
export function cyrillicPlausibility(text: string): number {
  let score = 0;
  let previousIsSmall = false;
  for (const char of text) {
    const isLetter = CYRILLIC_LETTER.test(char);
    const lower = char.toLowerCase();
    if (isLetter) {
      score += LOG_FREQUENCY.get(lower) ?? RARE;
      if (previousIsSmall && lower !== char) score += CAPITAL_AFTER_SMALL;
    } else if (char.charCodeAt(0) >= 0x80 && IMPLAUSIBLE_SIGN.test(char)) {
      // cp1251 has « » — № in those places, which fall outside this class.
      score += IMPLAUSIBLE;
    }
    previousIsSmall = isLetter && lower === char;
  }
  return score;
}

/** Of several decodings of the same bytes, the index of the most plausible. */
export function mostPlausible(decodings: readonly string[]): number {
  let best = 0;
  let bestScore = -Infinity;
  decodings.forEach((text, index) => {
    const score = cyrillicPlausibility(text);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
