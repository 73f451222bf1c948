/**
 * The sentences main writes, in the window's language. Main answers in English (the CLI
 * and the logs read the same words); the window says them in Russian when it speaks
 * Russian. What is known is translated whole — the validation sentences of the schemas in
 * src/shared, field by field, and the commonest refusals; a sentence not known here stays
 * as main wrote it, which is still a plain sentence.
 *
 * Pure (no window), so that every pattern is tested in Node.
 */
import type { Language } from './language';

/** The subjects of the schemas' sentences ("The name is required."). */
const SUBJECTS: Readonly<Record<string, string>> = {
  'The name': 'Имя',
  'The native name': 'Имя на родном языке',
  'An alias': 'Другое написание',
  'The relation': 'Кем приходится',
  'The facility code': 'Код учреждения',
  'The type': 'Вид',
  'The regime': 'Режим',
  'The region': 'Область',
  'An address line': 'Строка адреса',
  'The language': 'Язык',
  'Who may write': 'Кто может писать',
  'The e-letter service': 'Служба электронных писем',
  'The postcode': 'Индекс',
  'The title': 'Название',
  'The court': 'Суд',
  'The judge': 'Судья',
  'The article': 'Статья',
  'The wording of the charge': 'Формулировка обвинения',
  'The term': 'Срок',
  'The writer': 'Автор письма',
  'The tracking number': 'Трек-номер',
  'The source': 'Источник',
  'The author': 'Автор',
  'The address (URL)': 'Веб-адрес (URL)',
  'The file name': 'Имя файла',
  'The media type': 'Тип файла',
  'A tag': 'Метка',
  'An id': 'Идентификатор',
};

/** Whole sentences, as main writes them. */
const SENTENCES: Readonly<Record<string, string>> = {
  'This is required.': 'Это поле нужно заполнить.',
  'This is too long or too large.': 'Слишком длинно или слишком много.',
  'This is too short or too small.': 'Слишком коротко или слишком мало.',
  'A tag cannot be empty.': 'Метка не может быть пустой.',
  'An id is required.': 'Нужен идентификатор.',
  'An id cannot be empty.': 'Идентификатор не может быть пустым.',
  'Notes are at most 200,000 characters.': 'Заметки — не больше 200 000 символов.',
  'A summary is at most 20,000 characters.': 'Краткое содержание — не больше 20 000 символов.',
  'A text is at most 20 million characters.': 'Текст — не больше 20 миллионов символов.',
  'A fine cannot be negative.': 'Штраф не может быть отрицательным.',
  'Use a two-letter country code such as KZ.': 'Укажите двухбуквенный код страны, например KZ.',
  'Use a three-letter currency code such as KZT.':
    'Укажите трёхбуквенный код валюты, например KZT.',
  'Write the date as YYYY-MM-DD, for example 2017-05-03.':
    'Запишите дату как ДД.ММ.ГГГГ, например 03.05.2017.',
  'This date does not exist in the calendar.': 'Такой даты нет в календаре.',
  'Write the number of days as a whole number.': 'Запишите число дней целым числом.',
  'The number of days is at least 1.': 'Число дней — не меньше 1.',
  'The number of days is at most 3650 (ten years).': 'Число дней — не больше 3650 (десять лет).',
  'A line of the return address cannot be empty.': 'Строка обратного адреса не может быть пустой.',
  'A line of the return address is at most 200 characters.':
    'Строка обратного адреса — не больше 200 символов.',
  'Each line of the return address is one line.': 'Каждая строка обратного адреса — одна строка.',
  'A return address has at most 8 lines.': 'В обратном адресе не больше 8 строк.',
  'A photo may be at most 5 MB.': 'Фотография — не больше 5 МБ.',
  'A scan may be at most 25 MB.': 'Скан — не больше 25 МБ.',
  'A passphrase needs at least 8 characters.': 'В парольной фразе нужно не меньше 8 символов.',
  'Enter the passphrase.': 'Введите парольную фразу.',
  'Paste some text.': 'Вставьте текст.',
  'Choose at least one file.': 'Выберите хотя бы один файл.',
  'This file is empty.': 'Файл пуст.',
  'There is no such file or folder.': 'Такого файла или папки нет.',
  'Something went wrong in Casefile.': 'В Casefile что-то пошло не так.',
  'This page has lost its access to Casefile. Open the address that casefile serve printed again.':
    'Эта страница потеряла доступ к Casefile. Откройте снова адрес, который напечатал casefile serve.',
  'Casefile is not answering. Is `casefile serve` still running?':
    'Casefile не отвечает. Запущен ли ещё `casefile serve`?',
  // Why a file was not imported, and what the import noted about it.
  'A spreadsheet of people is imported on its own, so that its columns can be matched to fields first: choose or drop it alone.':
    'Таблица с людьми импортируется отдельно, чтобы сначала сопоставить её столбцы с полями: выберите или перетащите её одну.',
  'No person of the archive is named in this e-mail, so it was kept as a document.':
    'В этом письме не назван ни один человек из архива, поэтому оно сохранено как документ.',
  'Reading this file needed more memory than an import allows.':
    'Для чтения этого файла нужно больше памяти, чем разрешено при импорте.',
  'Reading this file stopped unexpectedly.': 'Чтение этого файла неожиданно прервалось.',
  'The import was cancelled before this file was read.':
    'Импорт отменён до того, как этот файл был прочитан.',
  'The pages have no text layer: the file is kept and marked for OCR.':
    'На страницах нет текстового слоя: файл сохранён и отмечен для распознавания (OCR).',
  'The text was cut at 20 million characters, the most a record holds.':
    'Текст обрезан до 20 миллионов символов — больше запись не вмещает.',
  'This Excel workbook is damaged and cannot be read.':
    'Эта книга Excel повреждена, её нельзя прочитать.',
  'This PDF carries JavaScript; it was not run.': 'В этом PDF есть JavaScript; он не запускался.',
  'This PDF is damaged and cannot be read.': 'Этот PDF повреждён, его нельзя прочитать.',
  'This PDF is incomplete: its end is missing, as when a download or a copy is cut off.':
    'Этот PDF неполный: нет его конца, как бывает при оборванной загрузке или копировании.',
  'This PDF is protected by a password: open it, save a copy without the password and import that.':
    'Этот PDF защищён паролем: откройте его, сохраните копию без пароля и импортируйте её.',
  'This Word document has no text.': 'В этом документе Word нет текста.',
  'This Word document is damaged and cannot be read.':
    'Этот документ Word повреждён, его нельзя прочитать.',
  'This e-mail message is damaged and cannot be read.':
    'Это электронное письмо повреждено, его нельзя прочитать.',
  'This file cannot be opened: permission denied.': 'Этот файл нельзя открыть: нет доступа.',
  'This file has no text.': 'В этом файле нет текста.',
  'This file is damaged: its list of contents cannot be read.':
    'Этот файл повреждён: его оглавление нельзя прочитать.',
  'This file is not a CSV spreadsheet: it holds binary data, not text.':
    'Это не таблица CSV: в файле двоичные данные, а не текст.',
  'This file is not a PDF: it does not start as one.': 'Это не PDF: файл начинается иначе.',
  'This file is not a Word document (.docx): it is not a zip file as those are.':
    'Это не документ Word (.docx): это не zip-файл, как они.',
  'This file is not an Excel workbook (.xlsx): it is not a zip file as those are.':
    'Это не книга Excel (.xlsx): это не zip-файл, как они.',
  'This file is not an e-mail message: it has no sender, date or subject.':
    'Это не электронное письмо: в нём нет отправителя, даты или темы.',
  'This file is not text.': 'Это не текстовый файл.',
  'This file is packed in a way Word does not use.':
    'Этот файл упакован не так, как это делает Word.',
  'This file unpacks to more than it declares, as files made to exhaust memory do, so it was not opened.':
    'Этот файл распаковывается в больший объём, чем заявляет, как файлы, созданные для исчерпания памяти, поэтому он не открывался.',
  'The import stopped because of an error inside Casefile; what was stored before it stays.':
    'Импорт остановился из-за ошибки внутри Casefile; то, что уже сохранено, остаётся.',
  'This file was removed before it could be read.': 'Файл удалили до того, как его прочитали.',
  'The row has no name (neither Latin nor Cyrillic).':
    'В строке нет имени (ни латиницей, ни кириллицей).',
  'This spreadsheet has a header row but no rows under it.':
    'В таблице есть строка заголовков, но под ней нет строк.',
  'This zip file is not a Word document: it has no document part.':
    'Этот zip-файл — не документ Word: в нём нет части с документом.',
  'This zip file is not an Excel workbook: it has no worksheet.':
    'Этот zip-файл — не книга Excel: в нём нет листа.',
  'This file is not a Casefile archive bundle (it is not a ZIP file).':
    'Это не файл архива Casefile (это не ZIP-файл).',
  'This bundle is encrypted: enter its passphrase to import it.':
    'Этот файл архива зашифрован: введите его парольную фразу, чтобы импортировать.',
  'This bundle was made by a newer Casefile. Update Casefile to import it.':
    'Этот файл архива сделан более новой версией Casefile. Обновите Casefile, чтобы импортировать его.',
  'The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.':
    'Парольная фраза неверна. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.',
  'That recovery key does not open this archive.': 'Этот ключ восстановления не открывает архив.',
};

type Rule = readonly [RegExp, (match: RegExpMatchArray) => string];

const RULES: readonly Rule[] = [
  [/^(.+) is required\.$/, (m) => `${subject(m[1])}: нужно заполнить.`],
  [
    /^(.+) is at most ([\d,]+) characters\.$/,
    (m) => `${subject(m[1])}: не больше ${count(m[2])} символов.`,
  ],
  [/^(.+) must fit on one line\.$/, (m) => `${subject(m[1])}: только одна строка.`],
  [/^Choose one of: (.+)\.$/, (m) => `Выберите одно из: ${m[1]}.`],
  [
    /^Files of this kind(?: \((.+)\))? are not imported; Casefile reads (.+)\.$/,
    (m) => `Файлы этого вида${m[1] ? ` (${m[1]})` : ''} не импортируются; Casefile читает ${m[2]}.`,
  ],
  [
    /^This file is larger than (.+), the most an import takes\.$/,
    (m) => `Файл больше ${m[1]} — это предел для импорта.`,
  ],
  [
    /^The same file as (.+), earlier in this import\.$/,
    (m) => `Тот же файл, что и ${m[1]}, выше в этом импорте.`,
  ],
  [
    /^The archive already holds this file, with (\w+) (.+)\.$/,
    (m) => `Этот файл уже есть в архиве (${m[1]} ${m[2]}).`,
  ],
  [/^Unknown fields?: (.+)\.$/, (m) => `Неизвестные поля: ${m[1]}.`],
  [
    /^This should be (text|a number|yes or no|a list|a group of fields)\.$/,
    (m) =>
      `Здесь ожидается ${
        {
          text: 'текст',
          'a number': 'число',
          'yes or no': 'да или нет',
          'a list': 'список',
          'a group of fields': 'группа полей',
        }[m[1]] ?? m[1]
      }.`,
  ],
  // A spreadsheet's rows.
  [
    /^The archive already holds (.+?)(?:, born (\d{4}-\d{2}-\d{2}))?\.$/,
    (m) => `В архиве уже есть ${m[1]}${m[2] ? `, дата рождения ${m[2]}` : ''}.`,
  ],
  [/^The same person as row (\d+)\.$/, (m) => `Тот же человек, что в строке ${m[1]}.`],
  [
    /^(.+): "(.*)" is not a date; write it as dd\.mm\.yyyy, for example 12\.03\.1985\.$/,
    (m) => `${m[1]}: «${m[2]}» — не дата; запишите как дд.мм.гггг, например 12.03.1985.`,
  ],
  [
    /^(.+): "(.*)" does not exist in the calendar\.$/,
    (m) => `${m[1]}: «${m[2]}» — такой даты нет в календаре.`,
  ],
  [
    /^(.+): "(.*)" is not a (status|role) Casefile knows\.$/,
    (m) => `${m[1]}: «${m[2]}» — ${m[3] === 'status' ? 'неизвестный статус' : 'неизвестная роль'}.`,
  ],
  // "The person has a problem: The name is required. (name)": the first problem, told alone.
  [
    /^The \w+ has (?:a problem|\d+ problems): (.+?)(?: \([\w.]+\))?$/,
    (m) => `Запись не сохранена: ${translate(m[1])}`,
  ],
];

function subject(english: string): string {
  return SUBJECTS[english] ?? english;
}

function count(digits: string): string {
  return Number(digits.replace(/,/g, '')).toLocaleString('ru-RU');
}

function translate(message: string): string {
  const whole = SENTENCES[message];
  if (whole) return whole;
  for (const [pattern, render] of RULES) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return message;
}

/** A sentence from main in `language`; English is returned as it came. */
export function localServerMessage(message: string, language: Language | string): string {
  return language === 'ru' ? translate(message) : message;
}
