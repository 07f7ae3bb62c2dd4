/**
 * The detected case: a large Garden tag, the sidebar's most important words.
 * 1. The body text size rather than the tag's small one.
 * 2. A long case name ("Follow-up after a rejected BAA request") wraps inside the tag instead of being cut:
 *    Garden's tag is one fixed-height line and ellipsizes its text. Same 32 px height on one line.
 */
import { Tag } from '@zendeskgarden/react-tags';
import styled from 'styled-components';

export const StyledCaseTag = styled(Tag)`
  max-width: 100%;
  height: auto; /* [2] */
  padding-top: ${(p) => p.theme.space.base * 1.5}px; /* [2] */
  padding-bottom: ${(p) => p.theme.space.base * 1.5}px; /* [2] */
  font-size: ${(p) => p.theme.fontSizes.md}; /* [1] */
  line-height: ${(p) => p.theme.lineHeights.md}; /* [1] */
  white-space: normal; /* [2] */

  & > * {
    white-space: normal; /* [2] */
    overflow: visible;
  }
`;
