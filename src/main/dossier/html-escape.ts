/**
 * Escaping for the self-contained HTML export: every piece of archive text goes through
 * `escapeHtml` (element content and quoted attribute values) or `cssString` (inside <style>).
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML. Besides the markup characters, the colon of a web address ("https:") is
 * written as a character reference: the page shows the same text, but the file holds no
 * address that a mail filter, a converter or an automatic linker could pick up and fetch.
 * Control characters, which HTML does not allow, become U+FFFD.
 */
export function escapeHtml(text: string): string {
  return (
    text
      .replace(/[&<>"']/g, (char) => ENTITIES[char])
      .replace(/\b(https?|ftp|file)(:)/gi, '$1&#58;')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
  );
}

/**
 * Text as a quoted CSS string. Everything but letters, digits and spaces is written as a
 * hex escape, so nothing in the text can end the string, the rule or the <style> element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /^[A-Za-z0-9 ]$/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}
