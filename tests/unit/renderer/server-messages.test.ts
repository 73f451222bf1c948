/**
 * Main's sentences in the Russian window: the schemas' validation sentences field by field,
 * the commonest refusals whole, anything unknown left as main wrote it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PersonFields, FacilityFields, LetterFields } from '../../../src/shared/records';
import { ArchiveSettings } from '../../../src/shared/api';
import { fieldProblems } from '../../../src/shared/validation';
import { localServerMessage } from '../../../src/renderer/src/i18n/server-messages';

const ru = (message: string) => localServerMessage(message, 'ru');
const CYRILLIC = /[а-яё]/i;

function problemsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a problem');
  return fieldProblems(result.error).map((problem) => problem.message);
}

describe('localServerMessage', () => {
  it('leaves English as it came', () => {
    expect(localServerMessage('The name is required.', 'en')).toBe('The name is required.');
  });

  it('says the schemas’ own problems in Russian, naming the field', () => {
    const person = problemsOf(PersonFields, {
      name: '',
      nativeName: 'Нұрлан\nҚушақбаев',
      aliases: ['x'.repeat(301)],
    }).map(ru);
    expect(person).toEqual([
      'Имя: нужно заполнить.',
      'Имя на родном языке: только одна строка.',
      'Другое написание: не больше 300 символов.',
    ]);
    expect(problemsOf(FacilityFields, { code: 'ЕЦ-166/5', country: 'Kazakhstan' }).map(ru)).toEqual(
      ['Укажите двухбуквенный код страны, например KZ.'],
    );
    expect(problemsOf(LetterFields, { personId: 'p-1', direction: 'sideways' }).map(ru)).toEqual([
      'Выберите одно из: out, in.',
    ]);
    expect(problemsOf(ArchiveSettings, { quietDays: 0, returnAddress: [] }).map(ru)).toEqual([
      'Число дней — не меньше 1.',
    ]);
  });

  it('tells the first problem of a refused record, and leaves unknown sentences alone', () => {
    expect(ru('The person has 2 problems: The name is required. (name)')).toBe(
      'Запись не сохранена: Имя: нужно заполнить.',
    );
    expect(ru('This file is larger than 200 MB, the most an import takes.')).toBe(
      'Файл больше 200 MB — это предел для импорта.',
    );
    expect(ru('This PDF carries JavaScript; it was not run.')).toBe(
      'В этом PDF есть JavaScript; он не запускался.',
    );
    expect(ru('The archive already holds Nurlan Kushakbaev, born 1985-03-12.')).toBe(
      'В архиве уже есть Nurlan Kushakbaev, дата рождения 1985-03-12.',
    );
    expect(
      ru('Дата: "31.02.1988" is not a date; write it as dd.mm.yyyy, for example 12.03.1985.'),
    ).toBe('Дата: «31.02.1988» — не дата; запишите как дд.мм.гггг, например 12.03.1985.');
    expect(ru('The bundle was made by a newer Casefile.')).toBe(
      'The bundle was made by a newer Casefile.',
    );
  });

  it('has Russian for every field the record schemas name in their sentences', () => {
    const source = readFileSync(path.resolve(__dirname, '../../../src/shared/records.ts'), 'utf8');
    const subjects = [...source.matchAll(/(?:Required|OptionalLine|Line)\('([^']+)'/g)].map(
      (match) => match[1],
    );
    expect(subjects.length).toBeGreaterThan(20);
    const untranslated = subjects.filter(
      (subject) => !CYRILLIC.test(ru(`${subject} is required.`)),
    );
    expect(untranslated).toEqual([]);
  });

  it('knows only sentences main really writes', () => {
    const table = readFileSync(
      path.resolve(__dirname, '../../../src/renderer/src/i18n/server-messages.ts'),
      'utf8',
    );
    const block = table.slice(table.indexOf('const SENTENCES'), table.indexOf('type Rule'));
    const sentences = [...block.matchAll(/^\s+'([^']+)':/gm)].map((match) => match[1]);
    expect(sentences.length).toBeGreaterThan(20);
    const sources = ['src/shared', 'src/main', 'src/renderer/src/api-client.ts'].map((where) =>
      path.resolve(__dirname, '../../..', where),
    );
    const text = sources.map(readAll).join('\n');
    const unknown = sentences.filter((sentence) => !text.includes(sentence));
    expect(unknown).toEqual([]);
  });
});

function readAll(where: string): string {
  try {
    return readFileSync(where, 'utf8');
  } catch {
    return readdirSync(where)
      .map((entry) => path.join(where, entry))
      .map((full) =>
        statSync(full).isDirectory()
          ? readAll(full)
          : full.endsWith('.ts')
            ? readFileSync(full, 'utf8')
            : '',
      )
      .join('\n');
  }
}
