/** Choosing one record by typing part of its name: the matching, kept pure for tests. */

export interface PickOption {
  readonly id: string;
  /** What the option reads as. */
  readonly label: string;
  /** A second, quieter line: the native name, the region… */
  readonly detail?: string;
  /** Every form the option is found by (names, aliases, codes). */
  readonly names: readonly string[];
}

/** Case and diacritics folded, runs of spaces and punctuation made one space. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The options whose names contain every typed word, those where a name starts with the
 * first word first, then by label; at most `limit`.
 */
export function matchOptions(
  options: readonly PickOption[],
  typed: string,
  limit = 30,
): PickOption[] {
  const wanted = foldForMatch(typed).split(' ').filter(Boolean);
  const scored: { option: PickOption; rank: number }[] = [];
  for (const option of options) {
    const names = option.names.map(foldForMatch);
    if (wanted.length > 0 && !wanted.every((word) => names.some((name) => name.includes(word)))) {
      continue;
    }
    const first = wanted[0];
    const rank =
      first === undefined
        ? 1
        : names.some((name) => name.startsWith(first) || name.includes(` ${first}`))
          ? 0
          : 1;
    scored.push({ option, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.option.label.localeCompare(b.option.label))
    .slice(0, limit)
    .map((entry) => entry.option);
}
