import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/detect';
import type { Detection } from '../../src/detect/types';
import type { AuthorRole, Ticket, TicketComment } from '../../src/ticket/ticket';
import { readText } from '../../src/text/ceiling';

const CLARIFY =
  'Thank you for reaching out! Could you please specify whether you require a Business Associate Agreement (BAA) for using our API or for ChatGPT Enterprise?';

type Turn = [AuthorRole | 'note', string] | [AuthorRole, string, 'html'];

/** A ticket as Zendesk holds it: the description repeated as the first comment, then the conversation. */
function ticket(subject: string, description: string, turns: Turn[] = []): Ticket {
  const comments: TicketComment[] = [
    { id: 1, authorRole: 'requester', public: true, body: description, html: false },
    ...turns.map(([role, body, html], index): TicketComment => ({
      id: index + 2,
      authorRole: role === 'note' ? 'agent' : role,
      public: role !== 'note',
      body,
      html: html === 'html',
    })),
  ];
  return { subject, description, comments };
}

const caseOf = (t: Ticket): string => detect(t).caseId;
const texts = (d: Detection): string[] => d.evidence.map((e) => e.text);

describe('detect: what it reads', () => {
  it('reads the subject, the description and the conversation', () => {
    expect(caseOf(ticket('BAA for the API', 'Hello, how do we start?'))).toBe('api');
    expect(caseOf(ticket('Question', 'We need a BAA for ChatGPT Enterprise.'))).toBe('enterprise');
    expect(caseOf(ticket('Question', 'Hello', [['requester', 'We need a BAA for the API.']]))).toBe('api');
  });

  it('reads the description once although Zendesk repeats it as the first comment', () => {
    const detection = detect(ticket('Help', 'We need a BAA for the API.'));
    expect(detection.evidence.filter((e) => e.field === 'description')).toEqual([]);
    expect(detection.evidence.filter((e) => e.text === 'BAA')).toHaveLength(1);
  });

  it('reads the description once when its first comment has another format (HTML, link URLs)', () => {
    const plain = 'We need a BAA for the API (see https://platform.openai.com/docs).';
    const html = '<p>We need a <b>BAA</b> for the <a href="https://platform.openai.com/docs">API</a>.</p>';
    const detection = detect({
      subject: 'Help',
      description: plain,
      comments: [{ id: 1, authorRole: 'requester', public: true, body: html, html: true }],
    });
    expect(detection.evidence.filter((e) => e.text === 'BAA')).toHaveLength(1);
    expect(detection.evidence.every((e) => e.field === 'comment')).toBe(true);
  });

  it('sets aside what agents wrote, internal notes included', () => {
    const answered = ticket('BAA', 'Do you sign BAAs?', [
      ['note', 'Probably ChatGPT Enterprise, they have seats'],
      ['agent', CLARIFY],
    ]);
    expect(caseOf(answered)).toBe('unclear');
  });

  it('recognises our own routine reply when the export has no author ids', () => {
    const t: Ticket = {
      subject: 'BAA',
      description: 'We need a BAA for our API integration.',
      comments: [
        {
          id: 1,
          authorRole: 'unknown',
          public: true,
          body: 'We need a BAA for our API integration.',
          html: false,
        },
        { id: 2, authorRole: 'unknown', public: true, body: `Hi Ann,\n\n${CLARIFY}`, html: false },
        { id: 3, authorRole: 'unknown', public: true, body: 'Thanks!', html: false },
      ],
    };
    expect(caseOf(t)).toBe('api');
  });

  it('sets aside the earlier messages a reply quotes', () => {
    const reply = `It's for the API.\n\nOn Mon, Mar 3, 2025 at 9:00 AM OpenAI Support <support@openai.com> wrote:\n> ${CLARIFY}`;
    expect(
      caseOf(
        ticket('BAA', 'Do you sign BAAs?', [
          ['agent', CLARIFY],
          ['requester', reply],
        ]),
      ),
    ).toBe('api');
    const inline = `> ${CLARIFY}\nChatGPT Enterprise, for our staff.`;
    expect(
      caseOf(
        ticket('BAA', 'Do you sign BAAs?', [
          ['agent', CLARIFY],
          ['requester', inline],
        ]),
      ),
    ).toBe('enterprise');
  });
});

describe('detect: the latest requester comment weighs most', () => {
  it('takes "It\'s for the API" after our clarifying question as the answer', () => {
    const t = ticket('BAA', 'How do I get a BAA?', [
      ['agent', CLARIFY],
      ['requester', "It's for the API."],
    ]);
    const detection = detect(t);
    expect(detection.caseId).toBe('api');
    expect(detection.evidence[0]).toMatchObject({ text: 'API', field: 'comment', commentId: 3 });
  });

  it('lets the answer decide when the first message named both products', () => {
    const t = ticket('BAA', 'We use ChatGPT Team in the office and the API in our product. We need a BAA.', [
      ['agent', CLARIFY],
      ['requester', 'The BAA is for the API.'],
    ]);
    expect(caseOf(t)).toBe('api');
  });

  it('lets a correction override the first message', () => {
    const t = ticket('BAA', 'We would like a BAA for the API.', [
      ['agent', 'To obtain a BAA for our API, please email baa@openai.com.'],
      ['requester', 'Sorry, correction: it is for ChatGPT Enterprise, not the API.'],
    ]);
    expect(caseOf(t)).toBe('enterprise');
  });

  it('reads "our request was declined" in a follow-up as rejected', () => {
    const t = ticket('BAA for the API', 'We need a BAA for the API.', [
      ['agent', 'To obtain a BAA for our API, please email baa@openai.com.'],
      ['requester', 'Update: our request was declined. What can we do?'],
    ]);
    const detection = detect(t);
    expect(detection.caseId).toBe('rejected');
    expect(detection.evidence[0]).toMatchObject({ text: 'declined', field: 'comment', commentId: 3 });
  });

  it('does not take a rejection that has not happened for one', () => {
    expect(caseOf(ticket('BAA', 'What happens if our BAA request is not approved?'))).toBe('unclear');
    expect(caseOf(ticket('BAA', 'Do you ever decline BAA requests? We need one for the API.'))).toBe('api');
    expect(caseOf(ticket('BAA', 'If we re-apply for the BAA, how long does it take?'))).toBe('rejected');
    expect(caseOf(ticket('Invoice', 'My card was declined when paying the invoice.'))).toBe('other');
  });

  it('answers "both" with the clarifying question', () => {
    expect(
      caseOf(
        ticket('BAA', 'We need a BAA.', [
          ['agent', CLARIFY],
          ['requester', 'Both, ideally.'],
        ]),
      ),
    ).toBe('unclear');
  });
});

describe('detect: negation', () => {
  it.each([
    ['We need a BAA, not for ChatGPT but for our API integration.', 'api'],
    ["We need a BAA. We don't use ChatGPT; our developers call the API.", 'api'],
    ['BAA please. Not the API: our staff use ChatGPT Enterprise.', 'enterprise'],
    ['We are not using the API at all, we want ChatGPT Enterprise for our nurses. BAA?', 'enterprise'],
    ['No, es para la API, no para ChatGPT. Necesitamos el BAA.', 'api'],
    ["Ce n'est pas pour ChatGPT mais pour l'API : il nous faut un BAA.", 'api'],
    ['Für die API, ChatGPT nutzen wir nicht. Wir brauchen eine BAA.', 'api'],
    ['ChatGPTではなく、APIでBAAが必要です。', 'api'],
  ])('%s -> %s', (text, expected) => {
    expect(caseOf(ticket('BAA', text))).toBe(expected);
  });

  it('does not carry a negation across a sentence', () => {
    expect(caseOf(ticket('BAA', 'We need a BAA. No. It is for the API.'))).toBe('api');
  });

  it('marks a ruled-out product as negated evidence', () => {
    const detection = detect(ticket('BAA', 'We need a BAA, not for ChatGPT but for our API integration.'));
    expect(detection.evidence).toContainEqual(expect.objectContaining({ text: 'ChatGPT', negated: true }));
  });
});

describe('detect: spelling and languages', () => {
  it.each([
    ['do u sign a hippa baa?', 'hippa baa'],
    ['We need a buisness associate agrement.', 'buisness associate agrement'],
    ['Our lawyer wants a B.A.A. first.', 'B.A.A.'],
  ])('finds the BAA in "%s" and quotes it as written', (text, phrase) => {
    const detection = detect(ticket('Question', text));
    expect(detection.caseId).toBe('unclear');
    expect(texts(detection)).toContain(phrase);
  });

  it.each([
    ['Necesitamos un acuerdo de asociado comercial para la API.', 'api'],
    ['Nous avons besoin d’un accord de partenaire commercial pour ChatGPT Enterprise.', 'enterprise'],
    ['Unser BAA-Antrag wurde abgelehnt.', 'rejected'],
    ['Precisamos de um acordo de associado de negócios para a API.', 'api'],
    ['ビジネスアソシエイト契約を締結したいです。', 'unclear'],
    ['事業提携契約の申請が却下されました。', 'rejected'],
    ['Nuestra solicitud de BAA fue rechazada.', 'rejected'],
    ['Notre demande de BAA a été refusée.', 'rejected'],
    ['Nossa solicitação de BAA foi recusada.', 'rejected'],
    ['BAAの申請が承認されませんでした。', 'rejected'],
  ])('%s -> %s', (text, expected) => {
    expect(caseOf(ticket('', text))).toBe(expected);
  });

  it('does not take a German DPA (Auftragsverarbeitung) for a BAA', () => {
    expect(
      caseOf(ticket('AVV', 'Wir benötigen einen Auftragsverarbeitungsvertrag nach DSGVO für die API.')),
    ).toBe('other');
  });
});

describe('detect: which product, and when to ask', () => {
  it('asks when both products need a BAA', () => {
    expect(caseOf(ticket('BAA', 'We need BAAs for both the API and ChatGPT Enterprise.'))).toBe('unclear');
    expect(
      caseOf(ticket('BAA', 'We use ChatGPT Team in the office and the API in our app; we need a BAA.')),
    ).toBe('unclear');
  });

  it('asks when the product is only hinted at', () => {
    expect(caseOf(ticket('BAA', 'We want to use GPT-4 with medical records, do we need a BAA?'))).toBe(
      'unclear',
    );
    expect(caseOf(ticket('BAA', 'Do we need an enterprise agreement to sign a BAA?'))).toBe('unclear');
  });

  it('sends any ChatGPT plan to sales (enterprise)', () => {
    for (const plan of [
      'ChatGPT Plus',
      'ChatGPT Team',
      'ChatGPT Edu',
      'ChatGPT Business',
      'ChatGPT for our clinicians',
    ]) {
      expect(caseOf(ticket('BAA', `Can we get a BAA for ${plan}?`)), plan).toBe('enterprise');
    }
  });

  it('asks with medium confidence when nothing points at a product, low when one product nearly wins', () => {
    const bare = detect(ticket('BAA', 'How can I get a BAA with OpenAI?'));
    const mixed = detect(
      ticket(
        'BAA',
        'We need a BAA for our API integration on our developer platform; a colleague mentioned ChatGPT.',
      ),
    );
    expect(bare).toMatchObject({ caseId: 'unclear', level: 'medium' });
    expect(mixed).toMatchObject({ caseId: 'unclear', level: 'low' });
  });

  it('names a product from hints that add up, but only with low confidence', () => {
    const hinted = detect(ticket('BAA', "We're building a chatbot with GPT-4 and need a BAA."));
    expect(hinted).toMatchObject({ caseId: 'api', level: 'low' });
  });

  it('is medium, not high, when the winning product has evidence against it', () => {
    const contested = detect(
      ticket(
        'BAA',
        'We need a BAA for the OpenAI API: our backend calls your models with our API key. Our staff also have a workspace.',
      ),
    );
    expect(contested).toMatchObject({ caseId: 'api', level: 'medium' });
  });

  it('is sure of "a BAA for the API" and less sure of a hint plus a weak counter-hint', () => {
    const clear = detect(ticket('BAA for the API', 'We need a BAA for the OpenAI API.'));
    expect(clear).toMatchObject({ caseId: 'api', level: 'high' });
    expect(clear.confidence).toBeGreaterThanOrEqual(0.8);
    expect(clear.confidence).toBeLessThanOrEqual(1);
  });
});

describe('detect: HIPAA beside a product', () => {
  it('is a BAA question when it asks or wishes', () => {
    expect(caseOf(ticket('Question', 'Is ChatGPT Team HIPAA compliant?'))).toBe('enterprise');
    expect(caseOf(ticket('Question', 'We need our API integration to be HIPAA compliant.'))).toBe('api');
    expect(caseOf(ticket('HIPAA compliance for the Whisper API', 'Hello, can you help us?'))).toBe('api');
  });

  it('is not one when it only states how things are', () => {
    const latency =
      'The realtime API is slow from our region. Our app is HIPAA-compliant already via our own infrastructure. Any tips?';
    expect(caseOf(ticket('Realtime API latency', latency))).toBe('other');
  });
});

describe('detect: not a BAA request', () => {
  it.each([
    ['Does Azure OpenAI Service come with a BAA?'],
    ['Is Amazon Bedrock covered under our AWS BAA?'],
    ['We need a BAA for Gemini on Google Cloud.'],
    ["Does Microsoft's BAA cover Copilot?"],
    ['We already signed our BAA, now how do I enable ZDR?'],
    ['Our BAA is in place; question about billing.'],
    ['How do I enable zero data retention for our API organization?'],
    ['Please send your DPA and SOC 2 report; GDPR review.'],
    ["We don't need a BAA, only zero data retention."],
    ['My card was declined.\n\n--\nJane | Sunrise Health | HIPAA Compliance Officer'],
    ['Password reset please.\n\nCONFIDENTIALITY NOTICE: this email may contain PHI protected under HIPAA.'],
  ])('%s -> other', (text) => {
    expect(caseOf(ticket('Question', text))).toBe('other');
  });

  it('names the other vendor as the reason', () => {
    expect(texts(detect(ticket('Question', 'Does Azure OpenAI Service come with a BAA?')))).toContain(
      'Azure OpenAI Service',
    );
  });

  it('still answers when another vendor is named but the BAA is with OpenAI', () => {
    expect(caseOf(ticket('BAA', 'We host on AWS and need a BAA with OpenAI for the API.'))).toBe('api');
    expect(caseOf(ticket('BAA', "We're moving from Azure OpenAI to your API and need a BAA."))).toBe('api');
    const azure =
      "We use Azure OpenAI Service. Does Microsoft's BAA cover it, or do we need a separate agreement with OpenAI?";
    expect(caseOf(ticket('BAA', azure))).toBe('other');
  });

  it('does not mistake a wish for a BAA already in place', () => {
    expect(caseOf(ticket('BAA', "We can't send PHI to the API until we have a BAA in place."))).toBe('api');
  });
});

describe('detect: HTML bodies', () => {
  it('strips tags, decodes entities and never reads script or style text', () => {
    const html =
      '<style>p::after{content:"ChatGPT Enterprise"}</style><script>var x = "ChatGPT Enterprise";</script>' +
      '<p>We need a <b>BAA</b> for the <i>API</i> &amp; its endpoints&nbsp;&mdash; thanks</p>';
    const detection = detect(ticket('Help', '', [['requester', html, 'html']]));
    expect(detection.caseId).toBe('api');
    expect(texts(detection)).toEqual(expect.arrayContaining(['API', 'endpoints', 'BAA']));
    expect(texts(detection).join(' ')).not.toMatch(/ChatGPT|<|&amp;/);
  });

  it('ignores attributes and comments', () => {
    const html =
      '<img src=x onerror="alert(\'API platform\')"><!-- the API --><a href="https://api.openai.com">ChatGPT Enterprise</a> BAA';
    expect(caseOf(ticket('Help', '', [['requester', html, 'html']]))).toBe('enterprise');
  });

  it('strips a plain body that obviously holds HTML', () => {
    const detection = detect(
      ticket('Help', '', [['requester', '<p>BAA for the API</p><script>ChatGPT</script>']]),
    );
    expect(detection.caseId).toBe('api');
  });
});

describe('detect: evidence', () => {
  it('quotes each phrase exactly as written, with its field, comment id and offset', () => {
    const body = '<p>Our team needs a <b>Business Associate Agreement</b> for the OpenAI&nbsp;API.</p>';
    // The converter's text: tags gone, &nbsp; reads as a space.
    const plain = 'Our team needs a Business Associate Agreement for the OpenAI API.';
    const t: Ticket = {
      subject: 'HIPAA BAA',
      description: 'Hello',
      comments: [
        { id: 'c-1', authorRole: 'requester', public: true, body: 'Hello', html: false },
        { id: 'c-2', authorRole: 'requester', public: true, body, html: true },
      ],
    };
    const detection = detect(t);
    expect(detection.caseId).toBe('api');
    for (const item of detection.evidence) {
      const source =
        item.field === 'subject' ? t.subject : item.field === 'description' ? t.description : plain;
      expect(source.slice(item.offset, (item.offset ?? 0) + item.text.length)).toBe(item.text);
      if (item.field === 'comment') expect(item.commentId).toBe('c-2');
    }
    expect(detection.evidence).toContainEqual(
      expect.objectContaining({ text: 'OpenAI API', field: 'comment', commentId: 'c-2', signal: 'api' }),
    );
    expect(detection.evidence).toContainEqual(
      expect.objectContaining({ text: 'Business Associate Agreement', field: 'comment', offset: 17 }),
    );
    expect(detection.evidence).toContainEqual(
      expect.objectContaining({ text: 'HIPAA BAA', field: 'subject', offset: 0 }),
    );
  });

  it('keeps the original case and accents of what it quotes', () => {
    const detection = detect(
      ticket('', 'Notre demande a été REFUSÉE, pouvons-nous redéposer un accord BAA ?'),
    );
    expect(detection.caseId).toBe('rejected');
    expect(texts(detection)).toEqual(expect.arrayContaining(['REFUSÉE', 'accord BAA']));
  });
});

describe('detect: size', () => {
  it('reads a 5 MB ticket to its end (its last tens of KB, past the ceiling)', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit; the weather is fine. '.repeat(
      66_000,
    );
    const body = `${filler}\nAnyway: we need a BAA for the API.`;
    expect(body.length).toBeGreaterThan(5_000_000);
    const detection = detect(ticket('Long', body));
    expect(detection.caseId).toBe('api');
    // Offsets count in the text detection read: the head, a blank line for the skipped middle, the tail.
    expect(detection.evidence[0]?.offset).toBe(readText(body, false).indexOf('API'));
  });

  it('reads a 5 MB HTML body full of tags', () => {
    const html = `${'<div><span>note</span> &amp; <b>x</b></div>'.repeat(120_000)}<p>BAA for ChatGPT Enterprise</p>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    expect(caseOf(ticket('Long', '', [['requester', html, 'html']]))).toBe('enterprise');
  });

  it('reads a million bare "No" answers after a product and a megabyte of spaces', () => {
    const body = `Do you sign a BAA for the API?${' '.repeat(1_000_000)}${'No, '.repeat(1_000_000)}`;
    expect(body.length).toBeGreaterThan(5_000_000);
    // The API is ruled out by the first "No", so no product is left: ask.
    expect(caseOf(ticket('Long', body))).toBe('unclear');
  });

  it('follows a 200-comment thread to the latest answer', () => {
    const turns: Turn[] = [];
    for (let i = 0; i < 99; i++) {
      turns.push(['requester', `Message ${i}: still checking with our compliance team about HIPAA.`]);
      turns.push(['agent', CLARIFY]);
    }
    turns.push(['requester', 'Finally decided: ChatGPT Enterprise for our staff.']);
    const detection = detect(ticket('BAA', 'We need a BAA.', turns));
    expect(detection.caseId).toBe('enterprise');
    expect(detection.evidence[0]?.commentId).toBe(200);
  });
});

describe('detect: held-out patterns (blind-1)', () => {
  it('does not read healthcare denials, appeals or our own legal sign-off as a BAA rejection', () => {
    const cases = [
      'Submitted the BAA request for the API last week (use case: claim denial letters).',
      'Our staff want ChatGPT Enterprise to draft prior-auth appeals and appeal letters. Do you sign a BAA?',
      "We are rolling out ChatGPT Enterprise. Legal won't sign off until we have a BAA in place.",
      'Queremos ChatGPT Enterprise para redactar cartas de apelación. ¿Firman un BAA?',
    ];
    for (const text of cases) expect(caseOf(ticket('BAA', text))).not.toBe('rejected');
    expect(caseOf(ticket('BAA', 'Our BAA request for the API was denied.'))).toBe('rejected');
    expect(caseOf(ticket('BAA', 'You declined our BAA application. Can we appeal?'))).toBe('rejected');
  });

  it('reads a bare "No" after a product question, and "none of us" as negation', () => {
    const noCode = "Use the API? No, we don't write code. We want ChatGPT for our staff and need a BAA.";
    expect(caseOf(ticket('BAA', noCode))).toBe('enterprise');
    expect(caseOf(ticket('BAA', 'Die API? Nein. Wir brauchen ein BAA für ChatGPT für das Team.'))).toBe(
      'enterprise',
    );
    expect(
      caseOf(ticket('BAA', 'ChatGPT for our nurses. None of us are developers. Do you sign a BAA?')),
    ).toBe('enterprise');
    // "No" that is not a bare answer ("nao acho" = "I can't find it") negates nothing.
    expect(caseOf(ticket('baa api', 'qual o email pra pedir o baa da api? nao acho mais no site'))).toBe(
      'api',
    );
  });

  it('takes "no BAA wanted" as final, also after the BAA (German word order), unless it names one product', () => {
    const vertex =
      'Google covers Vertex AI under their BAA. Comparing your models. Not asking for a BAA right now.';
    expect(caseOf(ticket('Vertex AI BAA', vertex))).toBe('other');
    const zdr =
      'Wie aktiviere ich Zero Data Retention für unsere API-Organisation? Ein BAA brauchen wir nicht.';
    expect(caseOf(ticket('ZDR', zdr))).toBe('other');
    const scoped = "We don't need a BAA for the API, only for ChatGPT Enterprise.";
    expect(caseOf(ticket('BAA', scoped))).toBe('enterprise');
  });

  it('does not take a pending BAA request for a BAA in place', () => {
    expect(caseOf(ticket('BAA', 'We have a BAA request in with your team. Is the API covered?'))).toBe('api');
    expect(caseOf(ticket('BAA', 'Our BAA is still pending. Does it cover the API?'))).toBe('api');
    expect(caseOf(ticket('BAA', 'We have a BAA with OpenAI already. Where can I download it?'))).toBe(
      'other',
    );
  });

  it('reads a BAA that covers one product, then the other product wanted, as a new request for that one', () => {
    const addEnterprise =
      'We already have a signed BAA covering our API usage. Now leadership wants ChatGPT Enterprise. Do we need a separate one?';
    expect(caseOf(ticket('BAA', addEnterprise))).toBe('enterprise');
    const addApi = 'Ya tenemos un BAA firmado para ChatGPT Enterprise. Ahora queremos usar la API.';
    expect(caseOf(ticket('BAA', addApi))).toBe('api');
    const same = 'We already have a signed BAA for the API. Where can I download it for our API org?';
    expect(caseOf(ticket('BAA', same))).toBe('other');
  });

  it('reads HIPAA and a BAA inside a confidentiality footer as boilerplate, in any language', () => {
    const footer =
      'CONFIDENTIALITY NOTICE: This message may contain protected health information subject to HIPAA and the Business Associate Agreement between the parties.';
    expect(caseOf(ticket('Invoice', `We were charged twice on our API account.\n\n${footer}`))).toBe('other');
    expect(caseOf(ticket('BAA', `We need a BAA for the API.\n\n${footer}`))).toBe('api');
    const ja =
      '請求書が二重に発行されています。\n※本メールにはHIPAAにより保護される医療情報が含まれる場合があります。';
    expect(caseOf(ticket('請求書の件', ja))).toBe('other');
    const es =
      'Nos cobraron dos veces.\nEste mensaje puede contener información de salud protegida sujeta a HIPAA y al acuerdo de asociado comercial entre las partes.';
    expect(caseOf(ticket('Factura', es))).toBe('other');
  });

  it('reads the typo "BBA" as a BAA only where HIPAA or patient data is named', () => {
    const whisper = 'Our dictation app sends audio to the Whisper API. We need a BBA before sending PHI.';
    expect(caseOf(ticket('BBA request', whisper))).toBe('api');
    expect(caseOf(ticket('BBA', 'Necesitamos un BBA para la API: procesamos datos de pacientes.'))).toBe(
      'api',
    );
    expect(caseOf(ticket('Hiring', 'Our new analyst has a BBA and will use the API.'))).toBe('other');
  });

  it('sets aside a product named as personal use beside the product the BAA is for', () => {
    const personal = 'I personally use ChatGPT Plus, but our reminder app will use your API. We need a BAA.';
    expect(caseOf(ticket('BAA', personal))).toBe('api');
    const es = 'Uso ChatGPT Plus a título personal, pero nuestra aplicación usa la API y necesitamos un BAA.';
    expect(caseOf(ticket('BAA', es))).toBe('api');
    // Without the personal-use marker, both products stand: ask.
    expect(caseOf(ticket('BAA', 'We use ChatGPT Plus, and our app will use your API. We need a BAA.'))).toBe(
      'unclear',
    );
  });

  it('keeps a Microsoft Copilot BAA question with Microsoft, even when Copilot uses OpenAI models', () => {
    const copilot =
      "Does Microsoft's BAA cover Copilot, since it uses OpenAI models? Or do we need one from you?";
    expect(caseOf(ticket('Copilot BAA', copilot))).toBe('other');
    const ours = 'We use Microsoft Copilot today but want a BAA with OpenAI for your API.';
    expect(caseOf(ticket('BAA', ours))).toBe('api');
  });

  it('reads a no that ends its clause right after a product as ruling it out (German word order)', () => {
    const de = 'Wir nutzen die API nicht. Einen BAA brauchen wir für ChatGPT Enterprise.';
    expect(caseOf(ticket('BAA', de))).toBe('enterprise');
    // Not when the clause goes on: "Isn't the API HIPAA compliant?"
    expect(caseOf(ticket('BAA', 'Ist die API nicht HIPAA-konform? Wir brauchen einen BAA.'))).toBe('api');
  });

  it('matches no phrase across a sentence end, but reads dots inside a word as part of it', () => {
    const es = 'Usamos ChatGPT Enterprise, la API no. Necesitamos un BAA.';
    expect(caseOf(ticket('BAA', es))).toBe('enterprise');
    const url = detect(ticket('BAA', 'We set up platform.openai.com with gpt-4.1 and need a BAA.'));
    expect(url.caseId).toBe('api');
    expect(texts(url)).toContain('platform.openai.com');
  });

  it('reads a bare "not needed" answering a BAA question as no BAA wanted', () => {
    expect(caseOf(ticket('BAA', 'BAA? Not needed. We only want to know API pricing.'))).toBe('other');
    expect(caseOf(ticket('BAA', '¿BAA? No hace falta. Solo queremos saber el precio de la API.'))).toBe(
      'other',
    );
    expect(caseOf(ticket('BAA', 'Do we need a BAA? No idea, we use the API for patient notes.'))).toBe('api');
  });
});
