/** Finding a person or a facility by typing part of a name. */
import { describe, expect, it } from 'vitest';
import { foldForMatch, matchOptions, type PickOption } from '../../../src/renderer/src/lib/pick';

const option = (id: string, label: string, ...more: string[]): PickOption => ({
  id,
  label,
  names: [label, ...more],
});

const OPTIONS = [
  option('p1', 'Nurlan Kushakbaev', 'Нұрлан Кушакбаев'),
  option('p2', 'Serik Kushenov', 'Серік Кушенов'),
  option('p3', 'Aliya Kasymkyzy', 'Әлия Қасымқызы', 'Aliya Qasymqyzy'),
  option('f1', 'ЕЦ-166/5 — Institution', 'ЕЦ-166/5'),
];

describe('foldForMatch', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(foldForMatch('  Zhanbolat  MAMAÝ ')).toBe('zhanbolat mamay');
    expect(foldForMatch('ЕЦ-166/5')).toBe('ец 166 5');
  });
});

describe('matchOptions', () => {
  const ids = (typed: string) => matchOptions(OPTIONS, typed).map((item) => item.id);

  it('finds by part of any name form, in either script', () => {
    expect(ids('kush')).toEqual(['p1', 'p2']);
    expect(ids('Кушак')).toEqual(['p1']);
    expect(ids('qasym')).toEqual(['p3']);
    expect(ids('ец-166')).toEqual(['f1']);
  });

  it('wants every typed word', () => {
    expect(ids('serik kush')).toEqual(['p2']);
    expect(ids('serik nurlan')).toEqual([]);
  });

  it('puts names that start with the word before names that only contain it', () => {
    const options = [option('a', 'Bakhyt Akhmetov'), option('b', 'Akhan Bolat')];
    expect(matchOptions(options, 'akh').map((item) => item.id)).toEqual(['b', 'a']);
  });

  it('lists everyone by label for an empty box, up to the limit', () => {
    expect(matchOptions(OPTIONS, '').map((item) => item.id)).toEqual(['p3', 'p1', 'p2', 'f1']);
    expect(matchOptions(OPTIONS, '', 2)).toHaveLength(2);
  });
});
