/** The detected case, its confidence (level and percent), and "Why": the evidence phrases as text, with where each was found. */
import type { Detection, Evidence } from '../detect/types';
import { t } from '../i18n/t';
import { Subtle } from './styles';

export function CaseSummary({ detection }: { detection: Detection }) {
  return (
    <section aria-labelledby="detected-case">
      <h2 id="detected-case">{t(`case.${detection.caseId}`)}</h2>
      <Subtle>
        {t('confidence.label', {
          level: t(`confidence.${detection.level}`),
          percent: Math.round(detection.confidence * 100),
        })}
      </Subtle>
      <h3 id="why">{t('why.title')}</h3>
      {detection.evidence.length === 0 ? (
        <p>{t('why.none')}</p>
      ) : (
        <ul aria-labelledby="why">
          {detection.evidence.map((evidence, index) => (
            <li key={index}>
              <q>{evidence.text}</q>{' '}
              <Subtle as="span">
                {evidence.answers ? `${t('why.answered', { product: t(`case.${evidence.answers}`) })}, ` : ''}
                {evidence.negated ? `${t('why.ruledOut')}, ` : ''}
                {whereFound(evidence)}
              </Subtle>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function whereFound(evidence: Evidence): string {
  if (evidence.field !== 'comment') return t(`why.${evidence.field}`);
  return evidence.commentId === undefined ? t('why.comment') : t('why.commentId', { id: evidence.commentId });
}
