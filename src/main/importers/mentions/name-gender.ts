/**
 * Russian-style surnames (-ов, -ев, -ин, -ский) differ by gender, and after folding a man's
 * and a woman's of one family share a key (Кушакбаев, Кушакбаева). The ending a text uses
 * often tells which of the two it means: -ым and -ове only a man's, -ой only a woman's.
 */
export type Gender = 'm' | 'f';

const FEMININE_SURNAME =
  /(?:ова|ева|ёва|ина|ына|ская|цкая|қызы|кызы|ova|eva|yova|ina|yna|skaya|kaya|kyzy|qyzy)$/iu;
const MASCULINE_SURNAME =
  /(?:ов|ев|ёв|ин|ын|ский|цкий|ұлы|улы|ov|ev|yov|in|yn|sky|skiy|skii|uly)$/iu;

/** The gender a surname, written in its dictionary form, shows; undefined when it shows none. */
export function genderOfSurname(surname: string): Gender | undefined {
  if (FEMININE_SURNAME.test(surname)) return 'f';
  if (MASCULINE_SURNAME.test(surname)) return 'm';
  return undefined;
}

/**
 * The gender an inflected surname in running text points to. "-ова" is a man's genitive
 * and a woman's nominative alike, so it says nothing; "-ову" is read as a man's dative,
 * by far the commoner of its two readings in campaign texts ("письмо Кушакбаеву").
 */
export function genderOfWrittenSurname(word: string): Gender | undefined {
  const lower = word.toLowerCase();
  if (/\p{Script=Cyrillic}/u.test(lower)) {
    if (/(?:ов|ев|ёв|ин|ын)(?:ым|ом|е|у)?$|(?:ский|ского|скому|ским|ском)$/u.test(lower))
      return 'm';
    if (/(?:ов|ев|ёв|ин|ын)ой$|(?:ская|ской|скую)$/u.test(lower)) return 'f';
    return undefined;
  }
  // Latin script: English and transliterated texts do not inflect.
  return genderOfSurname(lower);
}
