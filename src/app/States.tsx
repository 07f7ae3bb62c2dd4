/**
 * The sidebar's shell (its `main` landmark, themed) and the states shared by the registration wait and the
 * ticket read: loading (Garden skeleton lines where the suggestion will be, with a status line) and an
 * error (a Garden alert with a retry button, in its own chunk: see LoadError).
 */
import { forwardRef, lazy, Suspense, type ReactNode } from 'react';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import { t } from '../i18n/suggestion';
import type { ColorScheme } from '../zendesk/client';
import type { LoadErrorProps } from './LoadError';
import { StyledRoot } from './styled/StyledRoot';
import { StyledSection } from './styled/StyledSection';

const LoadError = lazy(() => import('./LoadError'));

interface ShellProps {
  /** The agent's color scheme, when known: end-to-end tests and the workspace read it. */
  scheme?: ColorScheme;
  children: ReactNode;
}

export const Shell = forwardRef<HTMLElement, ShellProps>(function Shell({ scheme, children }, ref) {
  return (
    <StyledRoot ref={ref} data-color-scheme={scheme}>
      {children}
    </StyledRoot>
  );
});

export function Loading() {
  return (
    <StyledSection aria-busy="true">
      <SM role="status" isBold={false}>
        {t('loading')}
      </SM>
      {/* The shape of the suggestion to come: the case, its confidence, and a phrase. */}
      <Skeleton width="40%" aria-hidden="true" />
      <Skeleton width="70%" aria-hidden="true" />
      <Skeleton width="90%" aria-hidden="true" />
    </StyledSection>
  );
}

export function ErrorState(props: LoadErrorProps) {
  return (
    <Suspense fallback={null}>
      <LoadError {...props} />
    </Suspense>
  );
}
