/**
 * The reply exactly as it will be inserted. Rendered from the plain-text form as React text (line breaks
 * kept by CSS), never as HTML: settings and the requester's name are in it.
 */
import type { Reply } from '../compose/compose';
import { t } from '../i18n/t';
import type { ReplyFormat } from '../ticket/plan';
import { Preview, Subtle } from './styles';

export function ReplyPreview({ reply, format }: { reply: Reply; format: ReplyFormat }) {
  if (reply.lines.length === 0) {
    return (
      <div>
        <h3 id="preview-title">{t('preview.title')}</h3>
        <p>{t('preview.none')}</p>
      </div>
    );
  }
  return (
    <div>
      <h3 id="preview-title">{t('preview.title')}</h3>
      {/* Scrolls when long; focusable so the keyboard can scroll it too. */}
      <Preview data-testid="reply-preview" role="region" aria-labelledby="preview-title" tabIndex={0}>
        {reply.text}
      </Preview>
      <Subtle>{t(`preview.format.${format}`)}</Subtle>
    </div>
  );
}
