/** A block of the sidebar (a div; `as="section"` where it is a labelled region) whose parts (heading, text, list) sit close together. */
import styled from 'styled-components';

export const StyledSection = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
  min-width: 0;
`;
