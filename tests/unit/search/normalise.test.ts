import { describe, expect, it } from 'vitest';
import { normalise, sameName, toLatin, wordKeys } from '../../../src/main/search/normalise';

/**
 * Spellings of one name (or code) that must meet. The first of each group is usually the
 * Cyrillic original; the others are its renderings in GOST 7.79 / ISO 9 (A and B), BGN/PCGN,
 * ICAO Doc 9303, the Kazakh Latin alphabet, press and passport habits, and the Russian case
 * forms of surnames. Every name here is an ordinary given name or an invented surname.
 */
const SAME: readonly (readonly string[])[] = [
  // the brief's own examples
  [
    'Кушакбаев',
    'Kushakbaev',
    'Kushakbayev',
    'Kušakbaev',
    'Кушакбаева',
    'Кушакбаеву',
    'Кушакбаевым',
    'Kushakbayeva',
  ],
  ['Юлия', 'Yuliya', 'Iuliia', 'Ûliâ', 'Julija', 'Yulia', 'Julia', 'Yuliia'],
  ['Бокаев', 'Bokaev', 'Bokayev', 'Бокаева', 'Bokaeva'],
  ['Елеусинов', 'Yeleusinov', 'Eleusinov', 'Елеусинова', 'Yeleusinova'],
  ['Мамай', 'Mamai', 'Mamay', 'Mamaj'],
  ['Жанболат', 'Zhanbolat', 'Janbolat', 'Žanbolat'],
  // Russian given names across standards
  ['Юрий', 'Yuriy', 'Iurii', 'Jurij', 'Ûrij', 'Yury', 'Yuri'],
  ['Яков', 'Yakov', 'Iakov', 'Âkov', 'Jakov'],
  ['Фёдор', 'Fyodor', 'Fedor', 'Fëdor', 'Fjodor', 'Fiodor'],
  ['Сергей', 'Sergey', 'Sergei', 'Sergej', 'Sergeĭ'],
  ['Алексей', 'Aleksey', 'Aleksei', 'Aleksej', 'Alexey', 'Alexei'],
  ['Андрей', 'Andrey', 'Andrei', 'Andrej'],
  ['Евгений', 'Yevgeniy', 'Evgenii', 'Evgenij', 'Yevgeny', 'Evgeny'],
  ['Наталья', 'Natalya', 'Natalia', 'Natal’ya', 'Natalʹâ', "Natal'ja"],
  ['Татьяна', 'Tatyana', 'Tatiana', 'Tatʹâna', "Tat'jana"],
  ['Ксения', 'Kseniya', 'Kseniia', 'Ksenija', 'Xeniya'],
  ['Дмитрий', 'Dmitriy', 'Dmitrii', 'Dmitrij', 'Dmitry'],
  ['Михаил', 'Mikhail', 'Mihail', 'Mikhaïl'],
  ['Анастасия', 'Anastasiya', 'Anastasiia', 'Anastasija', 'Anastasia'],
  ['Ольга', 'Olga', "Ol'ga", 'Olʹga'],
  ['Щукин', 'Shchukin', 'Ščukin', 'Ŝukin', 'Shhukin', 'Shtchukin'],
  ['Цой', 'Tsoy', 'Tsoi', 'Coj', 'Czoj'],
  ['Хабаров', 'Khabarov', 'Habarov', 'Хабарова', 'Khabarova'],
  ['Чернов', 'Chernov', 'Černov', 'Tchernov', 'Чернову'],
  ['Жуков', 'Zhukov', 'Žukov', 'Jukov', 'Жуковым'],
  ['Шевченко', 'Shevchenko', 'Ševčenko'],
  ['Красный', 'Krasnyy', 'Krasnyi', 'Krasny', 'Krasnyj', "Krasny'j"],
  [
    'Достоевский',
    'Dostoyevsky',
    'Dostoevskii',
    'Dostoevskij',
    'Dostoevsky',
    'Достоевского',
    'Достоевская',
  ],
  ['Ильяс', 'Ilyas', 'Ilias', 'Ilʹâs', "Il'yas"],
  ['Александр', 'Aleksandr', 'Alexandr'],
  ['Елена', 'Yelena', 'Elena', 'Jelena'],
  ['Эдуард', 'Eduard', 'Èduard'],
  ['Подъячев', 'Podyachev', 'Podiachev', 'Podʺâčev'],
  // Kazakh names: Cyrillic, Kazakh Latin (2021), press and passport spellings
  ['Әлия', 'Aliya', 'Äliya', 'Aliia', 'Alija'],
  ['Қасым', 'Kasym', 'Qasym', 'Kassym', 'Qasım'],
  ['Ғалым', 'Galym', 'Ğalym', 'Ghalym'],
  ['Нұрлан', 'Nurlan', 'Nūrlan'],
  ['Өмірзақ', 'Omirzak', 'Ömirzaq', 'Omirzaq'],
  ['Үміт', 'Umit', 'Ümit'],
  ['Жұмабек', 'Zhumabek', 'Jumabek', 'Žumabek', 'Jūmabek'],
  ['Шыңғыс', 'Shyngys', 'Şyñğys', 'Shynggys'],
  ['Ахмет', 'Akhmet', 'Ahmet'],
  ['Мұхтар', 'Mukhtar', 'Muhtar', 'Mūhtar', 'Mukhtar'],
  ['Ерлан', 'Yerlan', 'Erlan'],
  ['Ерболат', 'Yerbolat', 'Erbolat'],
  ['Айгүл', 'Aigul', 'Aygul', 'Aıgül', 'Aigül'],
  ['Сәуле', 'Saule', 'Säule'],
  ['Дәурен', 'Dauren', 'Däuren'],
  ['Бауыржан', 'Bauyrzhan', 'Bauyrjan', 'Bauırjan'],
  ['Ержан', 'Yerzhan', 'Erzhan', 'Erjan'],
  ['Әйгерім', 'Aigerim', 'Aygerim', 'Äigerim', 'Aıgerim'],
  ['Нұртаева', 'Nurtaeva', 'Nurtayeva', 'Nūrtaeva', 'Нұртаев'],
  ['Сейтқали', 'Seitkali', 'Seytkali', 'Seitqali'],
  ['Тоқаев', 'Tokaev', 'Tokayev', 'Toqaev', 'Токаева'],
  ['Ілияс', 'Iliyas', 'Ilias', 'Ilyas'],
  ['Һадиса', 'Hadisa'],
  ['Ақтау', 'Aktau', 'Aqtau'],
  ['Өскемен', 'Oskemen', 'Öskemen'],
  ['Қарағанды', 'Karagandy', 'Qaraǵandy', 'Qarağandy', 'Karagandi'],
  ['Жаңаөзен', 'Zhanaozen', 'Janaözen', 'Jañaözen'],
  // facility codes: separators and look-alike letters
  ['ЕЦ-166/5', 'EC 166 5', 'YeTs-166/5', 'ЕЦ 166/5', 'ETs-166-5', 'ЕЦ166/5'],
  ['УГ-157/11', 'UG-157/11', 'УГ 157 11', 'YГ-157/11', 'Уг-157/11'],
  ['ЛА-155/14', 'LA-155/14', 'ЛA-155/14'],
  ['АК-159/2', 'AK-159/2', 'АК 159/2', 'AK 159 2'],
];

/** Different names that must not meet. */
const DIFFERENT: readonly [string, string][] = [
  ['Kasymov', 'Kasenov'],
  ['Чин', 'Цин'],
  ['Шукин', 'Щукин'],
  ['Zhanbolat', 'Sanbolat'],
  ['ЕЦ-166/5', 'ЕЦ-166/6'],
  ['УГ-157/11', 'ЕЦ-157/11'],
  ['Марат', 'Мурат'],
  ['Али', 'Алия'],
  ['Серик', 'Сергей'],
  ['Бокаев', 'Бекаев'],
];

function pairsOf(groups: readonly (readonly string[])[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const group of groups) {
    const spellings = [...new Set(group.filter(Boolean))];
    for (const other of spellings.slice(1)) pairs.push([spellings[0], other]);
  }
  return pairs;
}

describe('normalise: spellings of one name meet', () => {
  const pairs = pairsOf(SAME);

  it('has a table of at least 150 pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(150);
  });

  it.each(pairs)('%s = %s', (a, b) => {
    expect(sameName(a, b), `${a} → ${words(a)}; ${b} → ${words(b)}`).toBe(true);
  });

  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});

function words(text: string): string {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => wordKeys(word).join('|'))
    .join(' ');
}

describe('normalise: script first, then spelling', () => {
  it('transliterates й as y, not as и, and ё as e', () => {
    expect(toLatin('Айдос')).toBe('aydos');
    expect(toLatin('Айдос')).not.toBe(toLatin('Аидос'));
    expect(toLatin('Алёна')).toBe('alena');
  });

  it('covers every Kazakh letter', () => {
    expect(toLatin('әғқңөұүһі')).toBe('agknouuhi');
  });

  it('folds case and separators and keeps digits', () => {
    expect(normalise('  ЖАНБОЛАТ   Мамай, ЕЦ-166/5 ')).toBe(normalise('zhanbolat mamay ec 166 5'));
    expect(normalise('166')).toBe('166');
  });

  it('gives the same result for indexing and for a query', () => {
    const text = 'Жанболат Мамай жазасын Өскемендегі ЕЦ-166/5 мекемесінде өтеуде.';
    expect(normalise(text)).toBe(normalise(text.toUpperCase()));
  });
});
