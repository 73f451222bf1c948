/** Lists typed into one box: aliases, tags, address lines. */

/** Splits on commas and new lines, trims, drops empties and repeats. */
export function splitList(text: string): string[] {
  return unique(text.split(/[,\n]/));
}

/** Splits on new lines only (address lines may contain commas). */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function unique(parts: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of parts) {
    const value = part.trim();
    if (value && !seen.has(value)) {
      seen.add(value);
      result.push(value);
    }
  }
  return result;
}
