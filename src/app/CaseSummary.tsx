/**
 * The detected case as a Garden tag (the page's level-two heading), its confidence, and "Why": the
 * evidence phrases as text, each with where it was found.
 */
import { MD, SM, Span, UnorderedList } from '@zendeskgarden/react-typography';
import type { Detection, Evidence } from '../detect/types';
import { t } from '../i18n/suggestion';
import type { CaseId } from '../routine/cases';
import { StyledCaseTag } from './styled/StyledCaseTag';
import { StyledRow } from './styled/StyledRow';
import { StyledSection } from './styled/StyledSection';

/** A hue per case, from Garden's primary hues, so agents learn the cases by color as well as by name. */
const CASE_HUES: Record<CaseId, string> = {
  api: 'blue',
  enterprise: 'kale',
  unclear: 'yellow',
  rejected: 'red',
  other: 'grey',
};

interface CaseSummaryProps {
  detection: Detection;
}

export function CaseSummary({ detection }: CaseSummaryProps) {
  return (
    <StyledSection as="section" aria-labelledby="detected-case">
      {/* The tag is the heading itself: a heading element around Garden's tag (a div) would not be valid. */}
      <StyledRow>
        <StyledCaseTag
          role="heading"
          aria-level={2}
          id="detected-case"
          size="large"
          hue={CASE_HUES[detection.caseId]}
        >
          {t(`case.${detection.caseId}`)}
        </StyledCaseTag>
        <SM>
          <Span hue="foreground.subtle">
            {t('confidence.label', {
              level: t(`confidence.${detection.level}`),
              percent: Math.round(detection.confidence * 100),
            })}
          </Span>
        </SM>
      </StyledRow>
      <MD tag="h3" id="why" isBold>
        {t('why.title')}
      </MD>
      {detection.evidence.length === 0 ? (
        <SM tag="p">{t('why.none')}</SM>
      ) : (
        <UnorderedList aria-labelledby="why" size="small">
          {detection.evidence.map((evidence, index) => (
            <UnorderedList.Item key={index}>
              <q>{evidence.text}</q>{' '}
              <Span hue="foreground.subtle">
                {evidence.answers ? `${t('why.answered', { product: t(`case.${evidence.answers}`) })}, ` : ''}
                {evidence.negated ? `${t('why.ruledOut')}, ` : ''}
                {whereFound(evidence)}
              </Span>
            </UnorderedList.Item>
          ))}
        </UnorderedList>
      )}
    </StyledSection>
  );
}

function whereFound(evidence: Evidence): string {
  if (evidence.field !== 'comment') return t(`why.${evidence.field}`);
  return evidence.commentId === undefined ? t('why.comment') : t('why.commentId', { id: evidence.commentId });
}
