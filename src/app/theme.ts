/** The Garden theme in the agent's color scheme (Zendesk's light or dark mode). */
import { DEFAULT_THEME, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { ColorScheme } from '../zendesk/client';

export function themeFor(scheme: ColorScheme): IGardenTheme {
  return { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } };
}
