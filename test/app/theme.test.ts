/**
 * The theme follows the agent's color scheme (Garden's variables resolve to the light or dark palette),
 * and its font stack names CJK fonts before the generic family, so Japanese never shows as boxes.
 */
import { DEFAULT_THEME, getColor, PALETTE } from '@zendeskgarden/react-theming';
import { describe, expect, it } from 'vitest';
import { themeFor, withCjkFonts } from '../../src/app/theme';

describe('themeFor', () => {
  it('resolves Garden variables to the light palette in the light scheme', () => {
    const light = themeFor('light');
    expect(light.colors.base).toBe('light');
    expect(getColor({ theme: light, variable: 'background.default' })).toBe(PALETTE.white);
    expect(getColor({ theme: light, variable: 'foreground.default' })).toBe(PALETTE.grey[900]);
  });

  it('resolves the same variables to the dark palette in the dark scheme', () => {
    const dark = themeFor('dark');
    expect(dark.colors.base).toBe('dark');
    expect(getColor({ theme: dark, variable: 'background.default' })).toBe(PALETTE.grey[1100]);
    expect(getColor({ theme: dark, variable: 'foreground.default' })).toBe(PALETTE.grey[300]);
  });

  it("keeps Garden's system fonts first and adds Japanese UI fonts before the generic sans-serif", () => {
    const fonts = themeFor('light').fonts.system.split(',');
    expect(fonts.slice(0, 3)).toEqual(DEFAULT_THEME.fonts.system.split(',').slice(0, 3));
    expect(fonts).toContain('"Hiragino Sans"');
    expect(fonts).toContain('"Noto Sans CJK JP"');
    expect(fonts.at(-1)).toBe('sans-serif');
  });

  it('appends the CJK fonts to a stack without a generic family', () => {
    expect(withCjkFonts('Inter').startsWith('Inter,"Hiragino Sans"')).toBe(true);
  });
});
