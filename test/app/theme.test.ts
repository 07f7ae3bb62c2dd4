/** The theme follows the agent's color scheme, and theme variables resolve to Garden's palette. */
import { PALETTE } from '@zendeskgarden/react-theming';
import { describe, expect, it } from 'vitest';
import { themeColor, themeFor } from '../../src/app/theme';

describe('themeColor', () => {
  it('resolves variables in the light scheme', () => {
    const light = themeFor('light');
    expect(light.colors.base).toBe('light');
    expect(themeColor(light, 'background.default')).toBe(PALETTE.white);
    expect(themeColor(light, 'foreground.default')).toBe(PALETTE.grey[900]);
    expect(themeColor(light, 'background.primaryEmphasis')).toBe(PALETTE.blue[700]);
  });

  it('resolves the same variables to the dark palette in the dark scheme', () => {
    const dark = themeFor('dark');
    expect(dark.colors.base).toBe('dark');
    expect(themeColor(dark, 'background.default')).toBe(PALETTE.grey[1100]);
    expect(themeColor(dark, 'foreground.default')).toBe(PALETTE.grey[300]);
  });
});
