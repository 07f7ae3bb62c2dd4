/** The few styled elements the sidebar needs, in the theme's colors so dark mode follows Zendesk. */
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const Root = styled.div`
  box-sizing: border-box;
  padding: ${(p) => p.theme.space.sm};
  font-family: ${(p) => p.theme.fonts.system};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};

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
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

/** The reply exactly as it goes in, as text: line breaks kept, nothing interpreted as markup. */
export const Preview = styled.div`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.sm};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xs};
  margin: ${(p) => p.theme.space.sm} 0;
`;

export const Warning = styled.div`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.warning' })};
`;
