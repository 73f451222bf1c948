/**
 * Finds the archive's persons in running text, however it writes them: in either script,
 * in any transliteration, inflected (Кушакбаеву, Кушакбаевой, Ерланға) and with a small typo.
 *
 * A surname alone is a mention when it belongs to one person. When it belongs to several
 * (a prisoner and his wife, Кушакбаев and Кушакбаева, fold to one key) the given name beside
 * it decides, or else the one of them the text names in full elsewhere. A given name alone
 * is never a mention: given names repeat too often.
 */
import { wordKeys, words } from '../../search/normalise';
import { genderOfWrittenSurname } from './name-gender';
import { MIN_FUZZY_KEY, type PersonNameIndex } from './person-name-index';

export interface FoundName {
  readonly personId: string;
  /** The words as the text writes them: "Нұрлан Кушакбаеву". */
  readonly form: string;
  readonly index: number;
}

interface Token {
  readonly text: string;
  readonly index: number;
  readonly end: number;
  readonly surnameOf: ReadonlySet<string>;
  readonly givenOf: ReadonlySet<string>;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;

/**
 * Case endings that Russian and Kazakh put on names the surname folding does not cover:
 * given names and surnames without -ов/-ев/-ин (Ерлана, Ерланға, Сейтқалидың). Longest first.
 */
const CASE_ENDINGS = [
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'ның',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'мен',
  'бен',
  'пен',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'да',
  'де',
  'та',
  'те',
  'ом',
  'ем',
  'ём',
  'ой',
  'ей',
  'ым',
  'им',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
];
/** What a stem may have ended with before the case ending replaced it: Дана → Даны, Игорь → Игоря. */
const STEM_ENDINGS = ['', 'а', 'я', 'ь', 'й'];
const CYRILLIC = /\p{Script=Cyrillic}/u;

export function findNames(text: string, index: PersonNameIndex): FoundName[] {
  const tokens = tokenise(text, index);
  const found: FoundName[] = [];
  const consumed = new Set<number>();
  // Full names first, so that a given name is not also read as someone's surname.
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token.surnameOf.size === 0 || consumed.has(i)) continue;
    const pairs = [i - 1, i + 1]
      .filter((j) => tokens[j] && !consumed.has(j) && adjacent(text, token, tokens[j]))
      .flatMap((j) =>
        [...token.surnameOf].filter((id) => tokens[j].givenOf.has(id)).map((id) => ({ id, j })),
      );
    if (pairs.length !== 1) continue;
    const { id, j } = pairs[0];
    const start = Math.min(token.index, tokens[j].index);
    const end = Math.max(token.end, tokens[j].end);
    found.push({ personId: id, form: text.slice(start, end), index: start });
    consumed.add(i).add(j);
  }
  const ambiguous: { candidates: readonly string[]; form: string; index: number }[] = [];
  tokens.forEach((token, i) => {
    if (token.surnameOf.size === 0 || consumed.has(i)) return;
    const candidates = byGender(token, index);
    if (candidates.length === 1) {
      found.push({ personId: candidates[0], form: token.text, index: token.index });
    } else if (candidates.length > 1) {
      ambiguous.push({ candidates, form: token.text, index: token.index });
    }
  });
  const named = new Set(found.map((name) => name.personId));
  for (const mention of ambiguous) {
    const known = mention.candidates.filter((id) => named.has(id));
    if (known.length === 1)
      found.push({ personId: known[0], form: mention.form, index: mention.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The persons a lone surname may be, less those its ending rules out by gender. */
function byGender(token: Token, index: PersonNameIndex): string[] {
  const candidates = [...token.surnameOf];
  if (candidates.length < 2) return candidates;
  const written = genderOfWrittenSurname(token.text);
  if (!written) return candidates;
  const fitting = candidates.filter((id) => (index.genders.get(id) ?? written) === written);
  return fitting.length > 0 ? fitting : candidates;
}

/** Two tokens are one name when only spaces (or an initial's dot) stand between them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const between = a.index < b.index ? text.slice(a.end, b.index) : text.slice(b.end, a.index);
  return /^[\s.]{1,3}$/u.test(between);
}

function tokenise(text: string, index: PersonNameIndex): Token[] {
  const tokens: Token[] = [];
  // Running text repeats its words; each is looked up once.
  const seen = new Map<string, { surnameOf: ReadonlySet<string>; givenOf: ReadonlySet<string> }>();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    // An English possessive is not part of the name: "Kushakbaev's".
    const word = m[0].replace(/['’]s$/u, '');
    if (word.length < 2) continue;
    const first = word.charAt(0);
    // Names are written with a capital; a word in small letters is not looked up at all.
    if (first === first.toLowerCase()) continue;
    let found = seen.get(word);
    if (!found) {
      const givenOf = lookUp(word, index.givenNames, index, false);
      // A known given name is not taken for a surname with a typo.
      found = { givenOf, surnameOf: lookUp(word, index.surnames, index, givenOf.size === 0) };
      seen.set(word, found);
    }
    tokens.push({ text: word, index: m.index, end: m.index + word.length, ...found });
  }
  return tokens;
}

function lookUp(
  word: string,
  map: ReadonlyMap<string, ReadonlySet<string>>,
  index: PersonNameIndex,
  fuzzy: boolean,
): ReadonlySet<string> {
  const keys = words(word).flatMap(wordKeys);
  const exact = union(keys.map((key) => map.get(key)));
  if (exact.size > 0) return exact;
  if (CYRILLIC.test(word)) {
    const stems = union(
      caseStems(word).map((stem) =>
        union(
          words(stem)
            .flatMap(wordKeys)
            .map((key) => map.get(key)),
        ),
      ),
    );
    if (stems.size > 0) return stems;
  }
  if (!fuzzy) return exact;
  // One typo, in long surnames only: short ones are too close to other words.
  return union(
    keys
      .filter((key) => key.length >= MIN_FUZZY_KEY)
      .flatMap((key) => index.nearSurnames(key))
      .map((key) => map.get(key)),
  );
}

/** Adjective-like surnames change more than their last letters: Яковскую → Яковская. */
const REPLACED_ENDINGS: readonly (readonly [string, string])[] = [
  ['скую', 'ская'],
  ['цкую', 'цкая'],
];

function caseStems(word: string): string[] {
  const lower = word.toLowerCase();
  const stems: string[] = [];
  for (const [ending, base] of REPLACED_ENDINGS)
    if (lower.endsWith(ending)) stems.push(lower.slice(0, -ending.length) + base);
  for (const ending of CASE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, -ending.length);
    for (const restored of STEM_ENDINGS) stems.push(stem + restored);
  }
  return stems;
}

function union(sets: readonly (ReadonlySet<string> | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const set of sets) if (set) for (const value of set) out.add(value);
  return out;
}
