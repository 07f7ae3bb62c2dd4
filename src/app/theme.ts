/**
 * The Garden theme in the agent's color scheme (Zendesk's light or dark mode). Garden's components pick
 * their light or dark colors from `colors.base`; our own styled elements read the same variables with
 * Garden's getColor (see src/app/styled/).
 *
 * The system font stack ends with the usual Japanese, Chinese and Korean UI fonts of macOS, Windows and
 * Linux, so a requester's name in Japanese never shows as empty boxes where the first fonts lack the glyphs.
 */
import { DEFAULT_THEME, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { ColorScheme } from '../zendesk/client';

/** After Garden's stack: CJK UI fonts, most common first; the browser's own fallback still follows. */
export const CJK_FONTS = [
  '"Hiragino Sans"',
  '"Hiragino Kaku Gothic ProN"',
  '"Yu Gothic UI"',
  'Meiryo',
  '"Microsoft YaHei"',
  '"Malgun Gothic"',
  '"Noto Sans CJK JP"',
  '"Noto Sans JP"',
].join(',');

/** Garden's system stack with the CJK fonts placed before its final generic `sans-serif`. */
export function withCjkFonts(stack: string): string {
  const generic = ',sans-serif';
  return stack.endsWith(generic)
    ? `${stack.slice(0, -generic.length)},${CJK_FONTS}${generic}`
    : `${stack},${CJK_FONTS}`;
}

export function themeFor(scheme: ColorScheme): IGardenTheme {
  return {
    ...DEFAULT_THEME,
    colors: { ...DEFAULT_THEME.colors, base: scheme },
    fonts: { ...DEFAULT_THEME.fonts, system: withCjkFonts(DEFAULT_THEME.fonts.system) },
  };
}
