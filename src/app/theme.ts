/**
 * The Garden theme in the agent's color scheme (Zendesk's light or dark mode), and its color variables.
 *
 * Why not Garden's getColor: it pulls in polished, color2k and lodash (about 9 KB gzip) to support
 * transparency and offsets this sidebar never uses. The sidebar's colors are plain variable references
 * ('neutralHue.900', 'palette.white'), resolved here against the same theme.
 */
import { DEFAULT_THEME, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { ColorScheme } from '../zendesk/client';

export function themeFor(scheme: ColorScheme): IGardenTheme {
  return { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } };
}

type Variables = IGardenTheme['colors']['variables']['light'];
export type ColorVariable = {
  [G in keyof Variables & string]: `${G}.${keyof Variables[G] & string}`;
}[keyof Variables & string];

/** The color of a theme variable (e.g. 'foreground.subtle') in the theme's color scheme. */
export function themeColor(theme: IGardenTheme, variable: ColorVariable): string {
  const [group, name] = variable.split('.') as [keyof Variables, string];
  const reference = (theme.colors.variables[theme.colors.base][group] as Record<string, string>)[name] ?? '';
  const [source, shade] = reference.split('.');
  const palette = theme.palette as unknown as Record<string, string | Record<string, string>>;
  if (source === 'palette' && shade !== undefined) return asColor(palette[shade]);
  // 'neutralHue.900': the hue's name is a theme color ('grey'), whose shades are in the palette.
  const hue = (theme.colors as unknown as Record<string, string>)[source ?? ''] ?? '';
  const shades = palette[hue];
  return typeof shades === 'object' && shade !== undefined ? asColor(shades[shade]) : 'inherit';
}

function asColor(value: unknown): string {
  return typeof value === 'string' ? value : 'inherit';
}
