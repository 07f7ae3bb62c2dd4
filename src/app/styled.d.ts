// styled-components' theme is Garden's theme: lets styles read theme.space, theme.fontSizes, … typed.
import type { IGardenTheme } from '@zendeskgarden/react-theming';

declare module 'styled-components' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
  export interface DefaultTheme extends IGardenTheme {}
}
