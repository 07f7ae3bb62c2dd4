/** Items side by side (buttons, the case and its confidence) that wrap onto another line when narrow. */
import styled from 'styled-components';

export const StyledRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
`;
