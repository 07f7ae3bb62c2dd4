/**
 * Message structure: what the author writes now, apart from what they quote or forward, in every
 * language we read, before detection reads a phrase. Offsets stay true in every part.
 */
import { describe, expect, it } from 'vitest';
import { messageStructure } from '../../src/message/structure';

const QUESTION =
  'Thank you for reaching out! Could you please specify whether you require a Business Associate Agreement (BAA) for using our API or for ChatGPT Enterprise?';

const own = (text: string): string => messageStructure(text).own.replace(/\s+/g, ' ').trim();

describe('messageStructure: the reply above the quoted history', () => {
  it.each([
    [
      'English Gmail header',
      `API please\n\nOn Tue, Nov 3, 2026 at 10:02 AM OpenAI Support <support@openai.com> wrote:\n> ${QUESTION}`,
    ],
    [
      'Gmail header wrapped over two lines',
      `API please\n\nOn Tue, Nov 3, 2026 at 10:02 AM OpenAI Support <\nsupport@openai.com> wrote:\n${QUESTION}`,
    ],
    [
      'Spanish',
      `API please\n\nEl mar, 3 nov 2026 a las 10:02, Soporte OpenAI (<support@openai.com>) escribió:\n${QUESTION}`,
    ],
    [
      'French',
      `API please\n\nLe mar. 3 nov. 2026 à 10:02, Support OpenAI <support@openai.com> a écrit :\n${QUESTION}`,
    ],
    [
      'German',
      `API please\n\nAm Di., 3. Nov. 2026 um 10:02 Uhr schrieb OpenAI Support <support@openai.com>:\n${QUESTION}`,
    ],
    [
      'Portuguese',
      `API please\n\nEm ter., 3 de nov. de 2026 às 10:02, OpenAI Support <support@openai.com> escreveu:\n${QUESTION}`,
    ],
    [
      'Italian',
      `API please\n\nIl giorno mar 3 nov 2026 alle ore 10:02 OpenAI Support <support@openai.com> ha scritto:\n${QUESTION}`,
    ],
    [
      'Dutch',
      `API please\n\nOp di 3 nov 2026 om 10:02 schreef OpenAI Support <support@openai.com>:\n${QUESTION}`,
    ],
    [
      'Japanese',
      `API please\n\n2026年11月3日(火) 10:02 OpenAI Support <support@openai.com>:のメッセージ:\n${QUESTION}`,
    ],
    [
      'Japanese (書きました)',
      `API please\n\n2026年11月3日 10:02 に OpenAI Support <support@openai.com> が書きました:\n${QUESTION}`,
    ],
    [
      'Zendesk delimiter',
      `API please\n\n##- Please type your reply above this line -##\n\nYour request (4512) has been updated.\n${QUESTION}`,
    ],
    [
      'translated delimiter',
      `API please\n##- Bitte geben Sie Ihre Antwort oberhalb dieser Zeile ein -##\n${QUESTION}`,
    ],
    [
      'Outlook block',
      `API please\n\n________________________________\nFrom: OpenAI Support <support@openai.com>\nSent: Tuesday, November 3, 2026 10:02 AM\nTo: Ana\nSubject: Re: BAA\n\n${QUESTION}`,
    ],
    [
      'Outlook block in French',
      `API please\n\nDe : OpenAI Support <support@openai.com>\nEnvoyé : mardi 3 novembre 2026 10:02\nÀ : Ana\nObjet : RE: BAA\n${QUESTION}`,
    ],
    [
      'Outlook block in Dutch',
      `API please\n\nVan: OpenAI Support <support@openai.com>\nVerzonden: dinsdag 3 november 2026 10:02\nAan: Ana\nOnderwerp: BAA\n${QUESTION}`,
    ],
    [
      'Outlook block in Japanese',
      `API please\n\n差出人: OpenAI Support <support@openai.com>\n送信日時: 2026年11月3日 10:02\n宛先: Ana\n件名: BAA\n${QUESTION}`,
    ],
    [
      "written below Zendesk's delimiter, above the notification's copy",
      `##- Please type your reply above this line -##\n\nAPI please\n\nRavi (OpenAI Support)\n\nDec 1, 2026, 10:47 PST\n\n${QUESTION}`,
    ],
    [
      'written below a translated delimiter, above a reply header',
      `##- このラインより上に返信を入力してください -##\n\nAPI please\n\nOpenAI サポート 田中 さんが 2026年12月1日 17:22 に書きました:\n> ${QUESTION}`,
    ],
    [
      "written below the delimiter, above Zendesk's notification opening",
      `##- Please type your reply above this line -##\n\nAPI please\n\nYour request (2300052) has been updated. To add additional comments, reply to this email.\n\nLena (OpenAI)\n\nMay 13, 2025, 11:40 PDT\n\n${QUESTION}`,
    ],
    [
      'written at the very bottom, below the notification copy and its rule',
      `##- Please type your reply above this line -##\n\nYour request (2300052) has been updated. To add additional comments, reply to this email.\n\nLena (OpenAI)\n\nMay 13, 2025, 11:40 PDT\n\n${QUESTION}\n\n--------------------------------\n\nAPI please`,
    ],
    ['original message', `API please\n-----Original Message-----\n${QUESTION}`],
    ['quoted lines', `API please\n> ${QUESTION}\n>> older`],
  ])("%s: only the answer is the author's own", (_why, text) => {
    expect(own(text)).toBe('API please');
    expect(messageStructure(text).quoted).toContain('ChatGPT Enterprise');
  });
});

describe("messageStructure: Zendesk's notification copy", () => {
  it('reads an older message of the copy, below its rule with its sender and date, as quoted', () => {
    const text = `##- Please type your reply above this line -##\n\nYour request (7) has been updated. To add additional comments, reply to this email.\n\nLena (OpenAI)\n\nMay 13, 2025, 11:40 PDT\n\n${QUESTION}\n\n--------------------------------\n\nAna Lopez\n\nMay 12, 2025, 09:02 PDT\n\nWe need a BAA.`;
    expect(own(text)).toBe('');
  });

  it("reads Zendesk's footer below the last rule as no reply", () => {
    const text = `##- Please type your reply above this line -##\n\nLena (OpenAI)\n\nMay 13, 2025, 11:40 PDT\n\n${QUESTION}\n\n--------------------------------\nThis email is a service from OpenAI Support. Delivered by Zendesk`;
    expect(own(text)).toBe('');
  });
});

describe('messageStructure: signatures, footers and forwarded mail', () => {
  it.each([
    ['mobile footer', 'We want the API.\n\nSent from my iPhone', 'We want the API.'],
    ['German mobile footer', 'Wir brauchen die API.\nVon meinem iPhone gesendet', 'Wir brauchen die API.'],
    [
      'signature after a closing',
      'We want a BAA.\n\nBest regards,\nJane Doe\nEnterprise Architect\n+1 555 0100',
      'We want a BAA. Best regards,',
    ],
    ['signature delimiter', 'We want a BAA.\n-- \nJane\nChatGPT Enterprise admin', 'We want a BAA.'],
    [
      'confidentiality footer',
      'We want a BAA.\n\nCONFIDENTIALITY NOTICE: This e-mail may contain protected health information intended only for the recipient.\nIt mentions HIPAA.',
      'We want a BAA.',
    ],
    ['a closing on the first line is words, not a signature', 'Thanks!\nThe API.', 'Thanks! The API.'],
    [
      'a long line after a closing is more words',
      `Thanks,\n${'We use the API from our backend to summarise notes and need it covered. '.repeat(2)}`,
      `Thanks, ${'We use the API from our backend to summarise notes and need it covered. '.repeat(2).trim()}`,
    ],
  ])('%s', (_why, text, expected) => {
    expect(own(text)).toBe(expected);
  });

  it("reads a forwarded mail as the author's older words, apart from what they write now", () => {
    const text =
      'See below, can you help?\n\n---------- Forwarded message ---------\nFrom: Ana <ana@clinic.org>\nDate: Mon, 2 Nov 2026\nSubject: BAA\nTo: it@clinic.org\n\nWe need a BAA for ChatGPT Enterprise.';
    const parts = messageStructure(text);
    expect(parts.own.trim()).toBe('See below, can you help?');
    expect(parts.forwarded.trim()).toBe('We need a BAA for ChatGPT Enterprise.');
  });

  it('keeps every offset: each part is as long as the message', () => {
    const text = `Yes, the API.\n> earlier\nthanks\n\nOn Tue, 3 Nov 2026, Support <s@x.com> wrote:\nold`;
    const parts = messageStructure(text);
    for (const part of [parts.own, parts.quoted]) expect(part).toHaveLength(text.length);
    expect(parts.own.indexOf('thanks')).toBe(text.indexOf('thanks'));
  });

  it('leaves a message without history whole', () => {
    const text = 'We need a BAA for the API.\nAs I wrote: it is urgent.';
    expect(messageStructure(text)).toMatchObject({ own: text, forwarded: '', quoted: '' });
  });

  it('reads a many-line message in linear time (many closings, many blank lines)', () => {
    const text = 'Thanks,\n\n\n\n'.repeat(20_000);
    expect(messageStructure(text).own).toHaveLength(text.length);
  });
});
