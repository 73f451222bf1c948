/** A title for pasted text: its first line that has words, without Markdown's marks. */
const MAX_TITLE = 200;

export function guessTitle(text: string): string {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw
      .replace(/^\s*(#{1,6}\s+|[-*>]\s+)/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!/[\p{L}\p{N}]/u.test(line)) continue;
    if (line.length <= MAX_TITLE) return line;
    const cut = line.slice(0, MAX_TITLE);
    const space = cut.lastIndexOf(' ');
    return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return '';
}
