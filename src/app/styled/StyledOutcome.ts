/**
 * The live region under the action buttons. It stays in the page while empty (screen readers announce
 * what is put into a region that already exists), so it takes no room until there is something to say.
 */
import styled from 'styled-components';

export const StyledOutcome = styled.div`
  &:not(:empty) {
    margin-top: ${(p) => p.theme.space.sm};
  }
`;
