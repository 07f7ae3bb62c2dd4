/**
 * The lines mail clients and Zendesk write around a message, as data, in the languages we read
 * (English, Spanish, French, German, Portuguese, Italian, Dutch, Japanese) and a few more.
 * Every entry is folded as ticket text is (lower case, no diacritics, "：" as ":"): see
 * foldForMatching.
 */

/** A reply header ends with a colon and holds one of these verbs ("On …, Ana <a@b.c> wrote:"). */
export const REPLY_HEADER_VERBS: readonly string[] = [
  'wrote', 'escribio', 'a ecrit', 'schrieb', 'escreveu', 'ha scritto', 'schreef', 'skrev', 'kirjoitti',
  'napisał', 'yazdı', '書きました', 'のメッセージ', '寫道', '写道', '작성',
]; // prettier-ignore

/** Outlook's header block ("From: … Sent: … To: … Subject: …"), field by field. */
export const HEADER_LABELS = {
  from: ['from', 'de', 'von', 'da', 'van', 'fra', 'od', '差出人', '送信者', '发件人', '보낸 사람'],
  sent: ['sent', 'envoye', 'gesendet', 'enviado', 'enviada', 'inviato', 'verzonden', 'verstuurd', '送信日時', '发送时间', '보낸 날짜'],
  date: ['date', 'datum', 'fecha', 'data', '日付', '日時'],
  to: ['to', 'a', 'an', 'para', 'aan', 'til', 'do', '宛先', '收件人', '받는 사람'],
  subject: ['subject', 'objet', 'betreff', 'asunto', 'assunto', 'oggetto', 'onderwerp', 'emne', 'temat', '件名', '主题', '제목'],
} as const; // prettier-ignore

/** Lines that open a forwarded mail: the author passes on older mail of their own. */
export const FORWARD_MARKERS: readonly string[] = [
  'forwarded message', 'begin forwarded message', 'mensaje reenviado', 'message transfere',
  'message reexpedie', 'weitergeleitete nachricht', 'mensagem encaminhada', 'mensagem reencaminhada',
  'messaggio inoltrato', 'doorgestuurd bericht', '転送メッセージ', '転送されたメッセージ', '転送:',
]; // prettier-ignore

/** Lines that open a quoted original ("-----Original Message-----"). */
export const ORIGINAL_MESSAGE_MARKERS: readonly string[] = [
  'original message', 'mensaje original', "message d'origine", 'ursprungliche nachricht', 'mensagem original',
  'messaggio originale', 'oorspronkelijk bericht', '元のメッセージ',
]; // prettier-ignore

/** Phone and app footers ("Sent from my iPhone"), a line of their own. */
export const MOBILE_FOOTERS: readonly string[] = [
  'sent from my', 'sent from outlook', 'sent from mail for', 'sent from yahoo', 'sent via', 'get outlook for',
  'enviado desde mi', 'enviado desde outlook', 'obtener outlook para', 'envoye de mon', 'envoye depuis',
  'telecharger outlook', 'von meinem', 'gesendet von', 'outlook fur', 'enviado do meu', 'enviado de meu',
  'enviado do outlook', 'inviato da', 'inviato dal', 'scarica outlook', 'verzonden vanaf', 'verstuurd vanaf',
  'verzonden met', 'outlook voor', 'iphoneから送信', 'androidから送信', 'outlook for ios', 'outlook for android',
]; // prettier-ignore

/** How a confidentiality footer opens; it counts only with one of the words below in its line. */
export const DISCLAIMER_OPENINGS: readonly string[] = [
  'confidentiality', 'confidential', 'disclaimer', 'privileged', 'important notice', 'notice:', 'this e-mail',
  'this email', 'this message', 'this communication', 'the information contained', 'the information in this',
  'aviso', 'este mensaje', 'este correo', 'la informacion contenida', 'avis de confidentialite', 'ce message',
  'ce courriel', 'ce mail', 'vertraulichkeit', 'diese e-mail', 'diese email', 'diese nachricht', 'esta mensagem',
  'este e-mail', 'este email', 'avviso di riservatezza', 'questo messaggio', 'questa e-mail', 'questa email',
  'le informazioni contenute', 'dit bericht', 'deze e-mail', 'deze email', 'このメール', '本メール',
  'この電子メール', '本電子メール', '機密',
]; // prettier-ignore

/** Words that make a footer opening a confidentiality footer. */
export const DISCLAIMER_WORDS: readonly string[] = [
  'confiden', 'privileg', 'intended', 'recipient', 'destinat', 'vertraulich', 'empfanger', 'riservat',
  'vertrouwelijk', 'bestemd', '機密', '秘密', '宛先', '受信者', '誤って', 'hipaa',
]; // prettier-ignore

/** A closing line; short lines after it (name, title, phone) are a signature. */
export const CLOSING_LINES: readonly string[] = [
  'thanks', 'thank you', 'thanks again', 'many thanks', 'thanks in advance', 'best', 'best regards',
  'regards', 'kind regards', 'warm regards', 'warmly', 'cheers', 'sincerely', 'respectfully', 'thx', 'br',
  'saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'gracias', 'muchas gracias', 'cordialmente',
  'cordialement', 'bien cordialement', 'merci', 'merci d\'avance', 'bien a vous', 'salutations',
  'mit freundlichen grußen', 'freundliche gruße', 'viele gruße', 'beste gruße', 'gruße', 'danke', 'vielen dank',
  'lg', 'mfg', 'atenciosamente', 'obrigado', 'obrigada', 'abracos', 'att', 'cordiali saluti', 'distinti saluti',
  'saluti', 'grazie', 'grazie mille', 'un saluto', 'met vriendelijke groet', 'met vriendelijke groeten',
  'vriendelijke groet', 'groeten', 'groet', 'bedankt', 'alvast bedankt', 'mvg',
  'よろしくお願いいたします', 'よろしくお願いします', 'よろしくお願い致します', '以上、よろしくお願いいたします',
]; // prettier-ignore

/** Words of Zendesk's notification opening ("Your request (123) has been updated"), folded. */
export const NOTIFICATION_UPDATED: readonly string[] = [
  'has been updated', 'ha sido actualizada', 'a ete mise a jour', 'wurde aktualisiert', 'foi atualizada',
  'e stata aggiornata', 'is bijgewerkt', '更新されました', '업데이트되었습니다',
]; // prettier-ignore
