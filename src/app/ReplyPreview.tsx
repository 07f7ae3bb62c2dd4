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
      <section aria-labelledby="preview-title">
        <h3 id="preview-title">{t('preview.title')}</h3>
        <p>{t('preview.none')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="preview-title">
      <h3 id="preview-title">{t('preview.title')}</h3>
      <Preview data-testid="reply-preview">{reply.text}</Preview>
      <Subtle>{t(`preview.format.${format}`)}</Subtle>
    </section>
  );
}
