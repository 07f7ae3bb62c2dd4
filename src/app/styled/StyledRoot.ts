/**
 * The iframe's page and the sidebar's root.
 * 1. No default margin on the page (the iframe is sized to the root), and the theme's background.
 * 2. Garden's components assume a CSS reset (its css-bedrock): headings, paragraphs and lists carry no
 *    browser margins or sizes; spacing comes from the layout and sizes from Garden's typography.
 * 3. Even spacing between the sidebar's sections.
 */
import { getColor } from '@zendeskgarden/react-theming';
import styled, { createGlobalStyle } from 'styled-components';

export const PageStyle = createGlobalStyle`
  body {
    margin: 0; /* [1] */
    background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  }
  h1, h2, h3, h4, p, ul, ol, blockquote {
    margin: 0; /* [2] */
    font-size: inherit;
  }
  ul, ol {
    padding: 0; /* [2] */
  }
`;

export const StyledRoot = styled.main`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.md}; /* [3] */
  box-sizing: border-box;
  padding: ${(p) => p.theme.space.sm};
  font-family: ${(p) => p.theme.fonts.system};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  overflow-wrap: anywhere;
`;
