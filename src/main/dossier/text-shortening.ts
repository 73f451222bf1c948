/** Shortening free text for lists and tables, at a word boundary where there is one. */

/** Text on one line: runs of white space (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `length` characters of the text on one line, cut after a word and marked with "…". */
export function shorten(text: string, length: number): string {
  const flat = oneLine(text);
  if (flat.length <= length) return flat;
  const cut = flat.lastIndexOf(' ', length - 1);
  return `${flat.slice(0, cut > length * 0.6 ? cut : length - 1).trimEnd()}…`;
}
