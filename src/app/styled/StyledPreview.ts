/**
 * The reply preview: a recessed Garden Well holding the reply as text.
 * 1. Line breaks kept, nothing interpreted as markup; long words and URLs wrap instead of widening the app.
 * 2. A long reply scrolls inside the well, so the sidebar keeps a bounded height.
 * 3. It is focusable (so the keyboard can scroll it): Garden's focus ring, as on its other controls.
 */
import { Well } from '@zendeskgarden/react-notifications';
import { focusStyles } from '@zendeskgarden/react-theming';
import styled from 'styled-components';

export const StyledPreview = styled(Well)`
  max-height: 20em; /* [2] */
  overflow: auto; /* [2] */
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.sm};
  white-space: pre-wrap; /* [1] */
  overflow-wrap: anywhere; /* [1] */
  ${(p) => focusStyles({ theme: p.theme })}/* [3] */
`;
