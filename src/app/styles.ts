/**
 * The sidebar's styled elements, in the Garden theme's colors and sizes so dark mode follows Zendesk.
 * Native elements (button, label + select) keep keyboard and screen-reader behaviour as browsers give
 * it, and cost far fewer bytes than Garden's buttons and forms packages.
 */
import styled, { createGlobalStyle, css } from 'styled-components';
import { themeColor } from './theme';

const focusRing = css`
  &:focus-visible {
    outline: ${(p) => p.theme.borderWidths.md} solid ${(p) => themeColor(p.theme, 'border.primaryEmphasis')};
    outline-offset: 1px;
  }
`;

/** The iframe's page: no default margin (the iframe is sized to Root), and the theme's background. */
export const PageStyle = createGlobalStyle`
  body {
    margin: 0;
    background: ${(p) => themeColor(p.theme, 'background.default')};
  }
`;

export const Root = styled.div`
  box-sizing: border-box;
  padding: ${(p) => p.theme.space.sm};
  font-family: ${(p) => p.theme.fonts.system};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  background: ${(p) => themeColor(p.theme, 'background.default')};
  color: ${(p) => themeColor(p.theme, 'foreground.default')};

  h2,
  h3 {
    margin: ${(p) => p.theme.space.sm} 0 ${(p) => p.theme.space.xs};
    font-size: ${(p) => p.theme.fontSizes.md};
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }
  p,
  ul {
    margin: 0 0 ${(p) => p.theme.space.xs};
  }
  ul {
    padding-left: ${(p) => p.theme.space.md};
  }
`;

export const Subtle = styled.p`
  color: ${(p) => themeColor(p.theme, 'foreground.subtle')};
`;

/** The reply exactly as it goes in, as text: line breaks kept, nothing interpreted as markup. */
export const Preview = styled.div`
  max-height: 20em;
  overflow: auto;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.sm};
  border: ${(p) => p.theme.borders.sm} ${(p) => themeColor(p.theme, 'border.default')};
  border-radius: ${(p) => p.theme.borderRadii.md};
  ${focusRing}
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xs};
  margin: ${(p) => p.theme.space.sm} 0;
`;

export const Warning = styled.div`
  color: ${(p) => themeColor(p.theme, 'foreground.warning')};
`;

/** A Garden-looking button; `$primary` for the main action. */
export const Button = styled.button<{ $primary?: boolean }>`
  min-height: ${(p) => p.theme.space.base * 8}px;
  padding: 0 ${(p) => p.theme.space.sm};
  border: ${(p) => p.theme.borders.sm} ${(p) => themeColor(p.theme, 'border.primaryEmphasis')};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => (p.$primary ? themeColor(p.theme, 'background.primaryEmphasis') : 'transparent')};
  color: ${(p) => themeColor(p.theme, p.$primary ? 'foreground.onEmphasis' : 'foreground.primary')};
  font: inherit;
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  cursor: pointer;
  ${focusRing}

  &:disabled {
    border-color: ${(p) => themeColor(p.theme, 'border.disabled')};
    background: transparent;
    color: ${(p) => themeColor(p.theme, 'foreground.disabled')};
    cursor: default;
  }
`;

export const Label = styled.label`
  display: block;
  margin-top: ${(p) => p.theme.space.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const Hint = styled.div`
  color: ${(p) => themeColor(p.theme, 'foreground.subtle')};
`;

export const Select = styled.select`
  box-sizing: border-box;
  width: 100%;
  min-height: ${(p) => p.theme.space.base * 8}px;
  margin-top: ${(p) => p.theme.space.xxs};
  padding: 0 ${(p) => p.theme.space.xs};
  border: ${(p) => p.theme.borders.sm} ${(p) => themeColor(p.theme, 'border.emphasis')};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => themeColor(p.theme, 'background.default')};
  color: inherit;
  font: inherit;
  ${focusRing}
`;
