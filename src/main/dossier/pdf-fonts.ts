/**
 * The fonts of exported PDFs: DejaVu Sans from the `dejavu-fonts-ttf` package, embedded
 * (subset) in every file. The PDF standard fonts have no Cyrillic, and DejaVu also covers
 * the Kazakh letters (ә ғ қ ң ө ұ ү һ і).
 */
import { createRequire } from 'node:module';

const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

/** Absolute paths of the font files, found the way Node finds any dependency. */
export function dossierFontPaths(): Record<FontName, string> {
  const require = createRequire(import.meta.url);
  return {
    regular: require.resolve(FONT_FILES.regular),
    bold: require.resolve(FONT_FILES.bold),
    italic: require.resolve(FONT_FILES.italic),
  };
}
