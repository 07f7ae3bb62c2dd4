/**
 * The reply exactly as it will be inserted, in a recessed Garden well. Rendered from the plain-text form as
 * React text (line breaks kept by CSS), never as HTML: settings and the requester's name are in it.
 */
import { MD, SM, Span } from '@zendeskgarden/react-typography';
import type { Reply } from '../compose/compose';
import { t } from '../i18n/t';
import type { ReplyFormat } from '../ticket/plan';
import { StyledPreview } from './styled/StyledPreview';
import { StyledSection } from './styled/StyledSection';

interface ReplyPreviewProps {
  reply: Reply;
  format: ReplyFormat;
}

export function ReplyPreview({ reply, format }: ReplyPreviewProps) {
  return (
    <StyledSection>
      <MD tag="h3" id="preview-title" isBold>
        {t('preview.title')}
      </MD>
      {reply.lines.length === 0 ? (
        <SM tag="p">{t('preview.none')}</SM>
      ) : (
        <>
          {/* Scrolls when long; focusable so the keyboard can scroll it too. */}
          <StyledPreview
            isRecessed
            data-testid="reply-preview"
            role="region"
            aria-labelledby="preview-title"
            tabIndex={0}
          >
            {reply.text}
          </StyledPreview>
          <SM>
            <Span hue="foreground.subtle">{t(`preview.format.${format}`)}</Span>
          </SM>
        </>
      )}
    </StyledSection>
  );
}
