/**
 * Detection reads email conversations as an agent does: answers to our "API or ChatGPT Enterprise?"
 * (a product, an ordinal, a clue), the customer's side (requester and copied colleagues), and near
 * misses that only look like BAA requests. Each row says why.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/detect';
import type { Ticket, TicketComment } from '../../src/ticket/ticket';
import { ticketFromZendesk } from '../../src/ticket/fromZendesk';

const QUESTION =
  'Thank you for reaching out! Could you please specify whether you require a Business Associate Agreement (BAA) for using our API or for ChatGPT Enterprise?';
const ENTERPRISE_FIRST = 'Is the BAA for ChatGPT Enterprise or for the API?';

/** A thread: the customer's request, our question, then the customer's reply (quoting our question). */
function answered(
  reply: string,
  question = QUESTION,
  quote = true,
  request = 'Hello, we need a BAA with OpenAI.',
): Ticket {
  const comments: TicketComment[] = [
    { id: 1, authorRole: 'requester', public: true, body: request, html: false },
    { id: 2, authorRole: 'agent', public: true, body: question, html: false },
    {
      id: 3,
      authorRole: 'requester',
      public: true,
      body: quote
        ? `${reply}\n\nOn Tue, 3 Nov 2026 at 10:02, OpenAI Support <support@openai.com> wrote:\n> ${question}`
        : reply,
      html: false,
    },
  ];
  return { subject: 'BAA', description: request, comments };
}

describe('answers to our question', () => {
  it.each([
    ['a product named above the quoted question', 'The API, please.', 'api'],
    ['an ordinal in the order we offered', 'Option 1', 'api'],
    ['"the latter"', 'The latter.', 'enterprise'],
    ['a bare number', '2', 'enterprise'],
    ['Spanish ordinal', 'La segunda, gracias.', 'enterprise'],
    ['French ordinal', 'Le premier.', 'api'],
    ['Japanese ordinal', '後者です。', 'enterprise'],
    ['Dutch ordinal', 'De eerste graag.', 'api'],
    ['Swedish ordinal', 'Det första, tack.', 'api'],
    [
      'a product, and the other ruled out by "nothing on"',
      'API - we use the realtime voice stuff over websockets to answer the office phone line. nothing on chatgpt.',
      'api',
    ],
    [
      'clues, and ChatGPT ruled out by "no one" far before it',
      'We call the models from our backend for a phone agent. No one on our team uses ChatGPT for PHI.',
      'api',
    ],
    ['Korean ordinal', '후자입니다. 직원 15명 정도가 사용할 예정입니다.', 'enterprise'],
    ['Polish ordinal', 'Druga opcja, dziękuję.', 'enterprise'],
    ['Turkish ordinal', 'İlki, teşekkürler.', 'api'],
    [
      'a clue to how they use us',
      'Our backend calls the models with our API keys through the Python SDK.',
      'api',
    ],
    [
      'a clue the other way',
      'We just want our 300 staff to use ChatGPT with seats for everyone.',
      'enterprise',
    ],
  ])('%s → %s', (_why, reply, expected) => {
    expect(detect(answered(reply)).caseId).toBe(expected);
  });

  it('reads "I don\'t know which one we\'d need" as no choice, whatever clue comes with it', () => {
    const reply =
      "Honestly I'm not sure - what's the difference between the two? We're not developers, we just want something that helps us with notes. I don't know which one we'd need.";
    expect(detect(answered(reply)).caseId).toBe('unclear');
  });

  it('reads "first" late in a sentence as no ordinal ("the BAA in place first")', () => {
    const reply =
      "Honestly we haven't decided how we'll use it. Leadership just wants the BAA in place first. What is the pricing difference?";
    expect(detect(answered(reply)).caseId).toBe('unclear');
  });

  it('reads an ordinal in the order this question offered the products', () => {
    expect(detect(answered('The second one.', ENTERPRISE_FIRST)).caseId).toBe('api');
  });

  it('says in the evidence that the phrase answered our question', () => {
    const evidence = detect(answered('Option 2')).evidence[0];
    expect(evidence).toMatchObject({ text: 'Option 2', answers: 'enterprise', commentId: 3 });
  });

  it('finds our question quoted below the answer when the export left our message out', () => {
    const ticket = answered('the first one');
    const withoutOurMessage = {
      ...ticket,
      comments: ticket.comments.filter((c) => c.authorRole !== 'agent'),
    };
    expect(detect(withoutOurMessage).caseId).toBe('api');
  });

  it('never reads the quoted question as the customer naming both products', () => {
    expect(detect(answered('Enterprise please')).caseId).toBe('enterprise');
  });

  it.each([
    [
      'English, the other product mentioned after it',
      'The API. Our claims parser sends scanned EOBs to gpt-4o, nobody on our team uses the ChatGPT app for this.',
      'api',
    ],
    ['German, after a greeting', 'Guten Tag Lena,\n\nfür die API. ChatGPT kennen wir nur privat.', 'api'],
    [
      'Japanese, after a thank-you',
      'ご返信ありがとうございます。\nAPI です。ChatGPT の画面は使う予定はございません。',
      'api',
    ],
    [
      'Spanish, the product ending its clause',
      'ChatGPT Enterprise, pero ojo: solo para el área administrativa. La API no la necesitamos por ahora.',
      'enterprise',
    ],
  ])('takes an answer that opens with one product as the choice: %s', (_why, reply, expected) => {
    expect(detect(answered(reply)).caseId).toBe(expected);
  });

  it.each([
    [
      'German, for a colleague',
      'Hallo Lukas,\n\nich antworte für Jan: Es geht um die API. ChatGPT nutzen wir intern nicht mit Patientendaten.',
      'api',
    ],
    [
      'Japanese, a name with its particle',
      'Kenji様\n\nご回答ありがとうございます。API の方です。ChatGPT は業務では使用しておりません。',
      'api',
    ],
    [
      'Portuguese "no nosso backend" (in our backend)',
      'Oi Ana, aqui é o Thiago. É API — usamos no nosso backend em Python.',
      'api',
    ],
  ])('reads the opening answer: %s', (_why, reply, expected) => {
    expect(detect(answered(reply)).caseId).toBe(expected);
  });

  it.each([
    [
      'French, "the first time"',
      "Je ne sais pas trop, c'est la première fois qu'on fait ce genre de démarche. Qu'est-ce qui est le plus adapté dans notre cas ?",
    ],
    [
      'Italian, "prima dell\'incontro" (before the meeting)',
      "Prima dell'incontro vorremmo capire meglio. Quale dei due ci serve?",
    ],
  ])('reads no ordinal in %s', (_why, reply) => {
    expect(detect(answered(reply)).caseId).toBe('unclear');
  });

  it('reads a Japanese answer whose other product is "not planned" as the product chosen', () => {
    const reply =
      'ご返信ありがとうございます。\nAPI 利用です。弊社のシステムから API を呼び出しております。ChatGPT Enterprise の契約予定はございません。';
    expect(detect(answered(reply)).caseId).toBe('api');
  });

  it('does not take a product in a long opening sentence as the choice', () => {
    const reply =
      'We tried ChatGPT with a few nurses last spring and liked it.\nNow our developers want the API.';
    expect(detect(answered(reply)).caseId).not.toBe('enterprise');
  });

  it('reads a bare number on the first line, above a signature, as the option chosen', () => {
    expect(detect(answered('2\n\nElena')).caseId).toBe('enterprise');
  });
});

describe("the customer's side", () => {
  it('reads a copied colleague who answers for the requester as the customer', () => {
    const raw = {
      id: 1,
      subject: 'BAA',
      requester_id: 10,
      email_cc_ids: [11],
      description: 'We need a BAA.',
      comments: [
        { id: 1, author_id: 10, public: true, body: 'We need a BAA.' },
        { id: 2, author_id: 99, public: true, body: QUESTION },
        { id: 3, author_id: 11, public: true, body: 'Answering for Ana: the API.' },
      ],
    };
    expect(detect(ticketFromZendesk(raw)).caseId).toBe('api');
  });
});

const one = (text: string, subject = 'Question'): Ticket => ({ subject, description: text, comments: [] });

describe('near misses are no BAA request to us', () => {
  it.each([
    [
      'a BAA with another company, whatever its name',
      'Does Nhost sign a BAA? We host patient data with them.',
      'other',
    ],
    [
      'a BAA with a vendor not on any list',
      'We need a BAA with ChartGenie before rolling out their scribe.',
      'other',
    ],
    [
      'BAA spelled out as something else',
      'I graduate with a BAA (Bachelor of Applied Arts) and love your ChatGPT Plus app.',
      'other',
    ],
    [
      'an acronym defined before it',
      'I run the Bay Area AI Alliance (BAA) and would love a talk about HIPAA and ChatGPT.',
      'other',
    ],
    ['part of a company name', 'Please reissue the ChatGPT Business invoices for BAA Training Ltd.', 'other'],
    ['a name in title case', 'Baa Baa Farm keeps getting 429s on gpt-4o-mini.', 'other'],
    [
      'a rejection of something else (a job)',
      'My job application for the role was rejected. I have HIPAA and BAA experience; can I get feedback? The recruiter did not say.',
      'other',
    ],
    [
      'recruiting mail',
      'We are hiring a compliance lead (BAA negotiation). Compensation is great; know a candidate?',
      'other',
    ],
  ])('%s', (_why, text, expected) => {
    expect(detect(one(text)).caseId).toBe(expected);
  });

  it('still reads a BAA with OpenAI when another company is named too', () => {
    expect(
      detect(one('Supabase offers a BAA for our database; we also need a BAA with OpenAI for the API.'))
        .caseId,
    ).toBe('api');
  });
});

describe('rejections and new requests', () => {
  it('reads a past rejection of one product beside a new request for the other as that product', () => {
    const text =
      'Our API BAA was declined in September for a symptom checker. This is a separate request: our staff want ChatGPT Enterprise seats and need a BAA.';
    expect(detect(one(text)).caseId).toBe('enterprise');
  });

  it.each([
    [
      'German, an appeal ("Widerspruch einlegen")',
      'Mit Bedauern haben wir Ihre Entscheidung zu unserer BAA-Anfrage zur Kenntnis genommen. Wir möchten dagegen Widerspruch einlegen. Wie läuft das ab?',
    ],
    [
      '"looked at again"',
      "We'd like to understand this decision on our BAA request. What's the path to get this looked at again?",
    ],
  ])('reads a request to review the decision again as rejected: %s', (_why, text) => {
    expect(detect(one(text, 'Re: Decision on your BAA request')).caseId).toBe('rejected');
  });

  it("reads the customer's own organization's request (\"Highlands Medical Center's request for a BAA\") as no other party", () => {
    const text =
      "Highlands Medical Center's request for a BAA was not approved last week. Our board asks for the specific reasons in writing. Can support obtain the reviewer's feedback for us?";
    expect(detect(one(text, 'Written explanation of BAA rejection')).caseId).toBe('rejected');
  });

  it('reads the other product named only in a question about the decision as no new request', () => {
    const text =
      'Our BAA request for the API was denied last week. What are our options at this point? And does this decision affect the ChatGPT Team subscription we already use for internal (non-PHI) work?';
    expect(detect(one(text, 'BAA denied - what are our options?')).caseId).toBe('rejected');
  });

  it('finds the product rejected just after the rejection ("declined our request for the API")', () => {
    const text =
      'Last month the BAA team declined our request for the API, and we have accepted that. Separately, our 250 clinical staff would like ChatGPT Enterprise. Is a BAA possible for ChatGPT Enterprise?';
    expect(detect(one(text, 'After the API decision')).caseId).toBe('enterprise');
  });

  it('still reads a rejection of the product they ask about again as rejected', () => {
    expect(detect(one('Our BAA request for the API was declined. Can we re-apply?')).caseId).toBe('rejected');
  });

  it('reads a BAA in place for one product, named just before it, as a request for the other', () => {
    const text =
      'We already have ChatGPT Enterprise with a BAA in place. Now our data team wants to call the models programmatically through the API. Is there a separate process?';
    expect(detect(one(text)).caseId).toBe('api');
  });

  it('reads a rejection followed by a BAA in place, in the same message, as history', () => {
    const text =
      'Last year our first application was declined. We re-applied with the clinician-facing version, and the BAA has been in place since then. How do we add our second team to the organization?';
    expect(detect(one(text, 'Question')).caseId).toBe('other');
  });

  it('reads "as soon as the BAA is in place" as a wish, beside a rejection of the other product', () => {
    const text =
      'Last month we applied for an API BAA and it was declined. What we really want is for our 60 nurses to use ChatGPT Enterprise. We are ready to sign for the seats as soon as the BAA is in place.';
    expect(detect(one(text, 'Switching our BAA request to ChatGPT Enterprise')).caseId).toBe('enterprise');
  });

  it('keeps to the new product when the rejection is mentioned again without a product', () => {
    const text =
      'Our API BAA application was declined last week. What we need now is ChatGPT Enterprise for our 35 clinicians. Can we get a BAA for that instead, and does the decline count against us?';
    expect(detect(one(text, 'After API BAA decline - ChatGPT Enterprise instead?')).caseId).toBe(
      'enterprise',
    );
  });

  it('reads a rejection beside one weak clue to another product as rejected', () => {
    const text =
      "Nous avons reçu un refus pour notre demande de BAA. Comment redéposer ? C'est envoyé à l'équipe.";
    expect(detect(one(text, 'Refus de notre demande de BAA')).caseId).toBe('rejected');
  });

  it('sets the covered product aside, however often it is named again', () => {
    const ticket: Ticket = {
      subject: 'Bestehendes API-BAA – gilt das auch für ChatGPT Enterprise?',
      description: '',
      comments: [
        {
          id: 1,
          authorRole: 'requester',
          public: true,
          body: 'Wir haben seit April ein BAA für unsere API-Organisation. Jetzt möchte unsere US-Niederlassung ChatGPT Enterprise für 30 Ärzte einführen. Gilt unser bestehendes BAA auch dafür?',
          html: false,
        },
        {
          id: 2,
          authorRole: 'agent',
          public: true,
          body: 'Bitte wenden Sie sich an unser Sales-Team.',
          html: false,
        },
        {
          id: 3,
          authorRole: 'requester',
          public: true,
          body: 'Danke, habe das Formular ausgefüllt und auf das bestehende API-BAA verwiesen.',
          html: false,
        },
      ],
    };
    expect(detect(ticket).caseId).toBe('enterprise');
  });

  it('reads "does our existing BAA cover ChatGPT?" as a question, not as ChatGPT covered', () => {
    const text =
      "We've had an API BAA with OpenAI since 2024. Our clinical ops team now wants ChatGPT for 250 staff. Does our existing BAA cover ChatGPT, or do we need a new one?";
    expect(detect(one(text, 'Extending our BAA to ChatGPT')).caseId).toBe('enterprise');
  });

  it.each(['-', '–'])('reads a dash (%s) between spaces as the end of a negation', (dash) => {
    const text = `We need a BAA. We don't use the API ${dash} ChatGPT Enterprise is what our staff use.`;
    expect(detect(one(text))).toMatchObject({ caseId: 'enterprise', level: 'high' });
  });
});

describe('confidence', () => {
  it('is never high for a text that asks nothing of us', () => {
    const text = 'Doctors paste patient notes into ChatGPT without a BAA, a researcher said on our blog.';
    expect(detect(one(text, 'Blog')).level).not.toBe('high');
  });

  it('is high for a product only when the BAA is asked for, not merely named beside a question', () => {
    const named =
      'We are rolling out ChatGPT Enterprise to our nurses and our compliance officer mentioned a BAA. How many seats can we start with?';
    const asked = 'We are rolling out ChatGPT Enterprise to our nurses. How do we get a BAA for it?';
    expect(detect(one(named)).level).toBe('medium');
    expect(detect(one(asked)).level).toBe('high');
  });

  it('is low when one weak clue decides (right about three times in four on held-out tickets)', () => {
    const detection = detect(answered('our developers'));
    expect(detection.caseId).toBe('api');
    expect(detection.level).toBe('low');
  });
});

describe('a product is named clearly, never by one ambiguous word', () => {
  it('asks when only "our app" says which, however often it is repeated', () => {
    expect(
      detect(one('We need a HIPAA agreement for our app. Our app stores patient notes.', 'Our app')).caseId,
    ).toBe('unclear');
  });

  it('takes an ordinal that comes with a clue of its own', () => {
    expect(detect(answered('a primeira! usamos gpt-4o-mini dentro do nosso sistema')).caseId).toBe('api');
  });

  it.each([
    [
      'French, server side with our keys',
      'Nous appelons vos modèles depuis notre logiciel, côté serveur, avec nos clés.',
      'api',
    ],
    [
      'Spanish, the product ruled out after it',
      'Lo usamos desde nuestro backend. ChatGPT no lo usamos.',
      'api',
    ],
    ['Japanese, "the developer one"', '開発者向けの方です。', 'api'],
    ['Italian, "the one for the staff"', 'Quella per i dipendenti, grazie.', 'enterprise'],
  ])('reads how the customer uses us: %s', (_why, reply, expected) => {
    expect(detect(answered(reply)).caseId).toBe(expected);
  });
});

describe('mail that asks nothing of us is set aside, message by message', () => {
  it.each([
    [
      'a press inquiry',
      'I am a reporter working on a piece about HIPAA. Could someone confirm on the record whether OpenAI signs BAAs?',
    ],
    [
      'a student',
      'Je suis étudiante et je rédige mon mémoire sur les Business Associate Agreements. Pourriez-vous échanger 30 minutes ?',
    ],
    [
      'phishing',
      'Seu contrato BAA com a OpenAI vence hoje. Para evitar a suspensão da sua conta, confirme seus dados de pagamento.',
    ],
    ['a seminar invitation', '【無料セミナー】HIPAA・BAA対応の基礎。12月15日開催、お申し込みはこちら。'],
    [
      'an article, under a question for a title',
      'Does OpenAI sign a HIPAA BAA? By the editors · 5 min read. Key takeaways: OpenAI signs BAAs for API customers and for ChatGPT Enterprise.',
    ],
    [
      "a pull request to another project's docs",
      '## What does this PR do?\nAdds our HIPAA page: how to request a BAA for the API.\n## Test plan\nBuilt the docs locally.',
    ],
    [
      'a blogger, in German',
      'Ich schreibe für einen Blog einen Artikel über KI in Arztpraxen: was ist ein BAA? Wir selbst benötigen keinen Vertrag.',
    ],
    [
      "a pull request's template",
      'Say we may do a BAA sometimes. Anywhere else I missed?\n\n## Checklist\n- [ ] Titles are in sentence case\n- [ ] Feature names are in title case',
    ],
    [
      'phishing, in Swedish',
      'Vi fick ett mejl om en "HIPAA BAA-avgift" på 499 USD. Vi har aldrig bett om något BAA. Är detta verkligen från er? Det ser ut som nätfiske.',
    ],
    [
      'a partnership pitch',
      "I'm the co-founder of Redactify. We provide a de-identification API for clinical text, useful for developers still waiting on a BAA. Would your developer partnerships team be interested in a marketplace listing? Happy to send a demo.",
    ],
    [
      'a panel invitation',
      'We would like to invite a representative from OpenAI to join our panel on BAAs and HIPAA. Travel and lodging are covered for panelists.',
    ],
    [
      'a prize scam',
      'Dear Beneficiary, to claim your prize please send your bank details. Processing requires a small HIPAA/BAA compliance fee.',
    ],
    [
      'a job seeker, in Spanish',
      'Llevo 8 años negociando BAAs para empresas de salud. Me encantaría trabajar en OpenAI. ¿Puedo mandar mi CV?',
    ],
    [
      'a translation agency, in Italian',
      "Siamo un'agenzia specializzata in traduzioni mediche: traduciamo BAA e informative HIPAA. Possiamo inviarvi un preventivo?",
    ],
    [
      'a consultancy, in Swedish',
      'Jag arbetar på CompliWise, en konsultbyrå som hjälper AI-företag med BAA-mallar. Har ni 20 minuter nästa vecka?',
    ],
  ])('%s', (_why, text) => {
    expect(detect(one(text)).caseId).toBe('other');
  });

  it('reads a ticket that is only a Japanese automatic reply, its subject included, as asking nothing', () => {
    const text = '（自動応答メッセージ）出張のため不在にしております。返信は7月1日以降となります。';
    expect(detect(one(text, '自動応答: Re: BAA申請について')).caseId).toBe('other');
  });

  it('keeps the request open when an automatic reply answers our question', () => {
    const ticket = answered(
      'I am out of the office with limited access to email until Monday. Automatic reply.',
      QUESTION,
      false,
    );
    expect(detect(ticket).caseId).toBe('unclear');
  });
});

describe('BAA requests to other companies, and other BAAs', () => {
  it.each([
    [
      "a letter to another company's team",
      'Dear Deepgram Team,\n\nWe use your speech-to-text API for patient visits. Please send your standard BAA.',
    ],
    [
      "whether another company's product is HIPAA compliant",
      'Is Keybase HIPAA compliant? Can I discuss PHI (Personal Health Information) with a colleague on it?',
    ],
    [
      'a greeting to another company on a later line',
      'Re: our rollout\n  Hi Vercel support,\n\nWe host our patient portal with you. Please send your standard BAA.',
    ],
    [
      'a greeting to another company after Windows line ends',
      'Re: our rollout\r\nHi Vercel support,\r\n\r\nWe host our patient portal with you. Please send your standard BAA.',
    ],
    [
      'BAAs with named providers',
      'HIPAA requires BAAs with Cloudflare and Supabase before we store PHI. Upgrade plans and execute BAAs.',
    ],
    [
      'GitHub mail about another project',
      'I would love to see HIPAA compliance and a BAA agreement for this project.',
      '[nhost/nhost] HIPAA Compliance (Issue #342)',
    ],
    [
      'the Boston Athletic Association',
      'The BAA denied entry to runners who qualified by less than two minutes for the marathon.',
    ],
    [
      'a BAA in place, a question about invoices',
      'Wir haben seit Dezember ein unterzeichnetes BAA für unsere API-Nutzung. Auf den Rechnungen fehlt unsere USt-IdNr.',
    ],
    [
      'no BAA needed',
      "Our legal team has confirmed we won't be processing PHI, so no BAA is needed. Could you send your SOC 2 report?",
    ],
    [
      'a dotted B.A.A. as a company name',
      'In qualità di DPO di B.A.A. Servizi Assicurativi S.r.l., chiedo copia dei dati degli account ChatGPT.',
    ],
    [
      "another company's product by name",
      'I asked ChatGPT how to get a BAA for our Google Workspace and it said to contact support. Where do I do that?',
    ],
    [
      'a privacy question about ChatGPT',
      'Does ChatGPT comply with HIPAA? Is what I type kept private, and is it used for training?',
    ],
  ])('%s → other', (_why, text, subject?: string) => {
    expect(detect(one(text, subject)).caseId).toBe('other');
  });
});

describe('refusals and denials that are not our decision', () => {
  it.each([
    [
      "the customer's client said no",
      'Abbiamo un\'integrazione via API con il vostro endpoint chat completions. Il cliente ci ha detto "no BAA, no go-live". Come funziona la richiesta?',
      'api',
    ],
    [
      'denial reason codes of insurance claims',
      'We need a BAA with OpenAI. Our automations send EOB text to OpenAI with our API key and get back the denial reason codes.',
      'api',
    ],
    [
      'a mail bounce, in Spanish',
      'Intenté enviar nuestra solicitud de BAA para el uso de la API a baa@openai.com, pero el correo me fue rechazado. Llamamos a sus modelos desde nuestro backend.',
      'api',
    ],
  ])('%s', (_why, text, expected) => {
    expect(detect(one(text, 'BAA')).caseId).toBe(expected);
  });

  it('reads Portuguese "reenviar" (send a document again) as no re-application', () => {
    const text =
      'Nosso BAA com a OpenAI (uso da API) foi assinado em abril. Estamos passando por uma auditoria e não encontro o PDF final. Vocês conseguem me reenviar a versão executada?';
    expect(detect(one(text, 'Cópia do BAA assinado para auditoria')).caseId).not.toBe('rejected');
  });

  it('reads invitations to a workspace "rejected" as no BAA decision', () => {
    const text =
      'Our ChatGPT Enterprise workspace has been live since spring with our BAA. Every invite to those users is rejected with: This domain is not verified. How do we add a second domain?';
    expect(detect(one(text, 'Invites rejected')).caseId).not.toBe('rejected');
  });

  it.each([
    [
      'a hard requirement',
      'We are interested in ChatGPT Enterprise for our clinical staff. A signed BAA is a hard requirement from our legal team before any pilot.',
      'enterprise',
    ],
    [
      'French, "il nous faut"',
      "Avant tout usage de l'IA d'OpenAI au centre de New York, il nous faut un BAA signé avec eux. Comment l'obtenir ?",
      'unclear',
    ],
  ])('reads a signed BAA wished for as a condition, not a BAA in place: %s', (_why, text, expected) => {
    expect(detect(one(text, 'BAA')).caseId).toBe(expected);
  });

  it.each([
    ['never mind', 'Hi again - never mind on the BAA for now, our counsel says we do not need one.'],
    [
      'German, the negation ending the clause',
      'Wir haben keine Kunden in den USA, ein HIPAA-BAA brauchen wir also nicht.',
    ],
    ['Italian, plural', 'Non abbiamo clienti negli USA, quindi HIPAA e BAA non ci riguardano.'],
    [
      'Italian, "non è richiesto alcun BAA"',
      'Potete inviarmi il vostro modello di NDA? Non è richiesto alcun BAA: si tratta solo della riservatezza.',
    ],
  ])('reads a BAA refused in other words as no BAA wanted: %s', (_why, text) => {
    expect(detect(one(text, 'Frage')).caseId).toBe('other');
  });

  it.each([
    [
      'non-negotiable',
      'We are moving forward with ChatGPT Enterprise for 450 physicians, so a BAA is non-negotiable for us.',
      'enterprise',
    ],
    [
      'Spanish, "a nadie" as an object',
      'Queremos contratar ChatGPT Enterprise. Jurídico necesita que se firme un BAA antes de dar acceso a nadie.',
      'enterprise',
    ],
    [
      '"must have … before"',
      'Our policy: any AI vendor must have a signed BAA on file with us before it can be used. Please send whatever BAA you have.',
      'unclear',
    ],
  ])('still reads a BAA wished for as a request: %s', (_why, text, expected) => {
    expect(detect(one(text, 'BAA')).caseId).toBe(expected);
  });

  it('reads "ein BAA ist für uns also kein Thema" as no BAA wanted', () => {
    const text =
      'Wir nutzen die OpenAI-API und möchten einen Rahmenvertrag. Wir verarbeiten keine US-Gesundheitsdaten, ein BAA ist für uns also kein Thema.';
    expect(detect(one(text, 'Rahmenvertrag')).caseId).toBe('other');
  });

  it.each([
    [
      '"please return a signed BAA"',
      'OpenAI has been flagged in our vendor onboarding as requiring a Business Associate Agreement. Please return a signed BAA or send us your standard BAA for review.',
    ],
    [
      '"we\'d like to have a BAA … executed"',
      "We'd like to have a BAA with OpenAI executed this quarter. Can you let me know what's required?",
    ],
    [
      '"to be able to tell the client we have a BAA"',
      'Whichever is faster to get approved. We just need to be able to tell the client we have a BAA with OpenAI.',
    ],
  ])('reads a BAA wished for, not one in place: %s', (_why, text) => {
    expect(detect(one(text, 'BAA')).caseId).toBe('unclear');
  });

  it('reads a BAA "in place before they renew" as a requirement, not a BAA in place', () => {
    const text =
      'Our bigger customers ask us to prove that every subprocessor touching patient info has a BAA in place before they renew. Can you help?';
    expect(detect(one(text, 'BAA for subprocessor list')).caseId).toBe('unclear');
  });
});

describe('rejections are about our decision on their BAA', () => {
  it('does not read a bounced address as a rejection', () => {
    const text =
      'I emailed baa@openai.com about a BAA for our API organization and got "550 5.1.1 Recipient address rejected". Which address should I use?';
    expect(detect(one(text)).caseId).toBe('api');
  });

  it("does not read our own FAQ's re-apply as a rejection", () => {
    const question = `${QUESTION}\nWhat happens if I'm not approved? We'll give feedback and you can update your intended use and re-apply.`;
    expect(detect(answered('API please.', question, false)).caseId).toBe('api');
  });

  it('reads a reply to our refusal notice as rejected', () => {
    const ticket = one(
      '却下の理由を具体的に教えてください。利用目的を修正して再申請することは可能でしょうか。',
      'Re: BAAのご依頼について',
    );
    expect(detect(ticket).caseId).toBe('rejected');
  });

  it('reads a BAA wished for in words that also say "have a BAA" as the topic', () => {
    const text =
      'Our first hospital customer needs us to have a BAA with OpenAI covering our API usage. How do we start?';
    expect(detect(one(text)).caseId).toBe('api');
  });
});

describe('what the customer rules out', () => {
  it('reads a list letter as the option it labels', () => {
    const question = 'Is the BAA for (a) our API or (b) ChatGPT Enterprise?';
    expect(detect(answered('B', question, false)).caseId).toBe('enterprise');
  });

  it('reads a product dropped in a longer phrase as ruled out', () => {
    const text =
      'We decided not to go ahead with ChatGPT Enterprise this year. Our engineering team is now building on the API and needs a BAA.';
    expect(detect(one(text)).caseId).toBe('api');
  });

  it('never reads "enterprise" describing the customer as the product', () => {
    const text = 'We are a large enterprise health system with 4,000 employees and need a BAA with OpenAI.';
    expect(detect(one(text)).caseId).toBe('unclear');
  });
});

describe('"BAA" in other senses', () => {
  it.each([
    [
      'spelled out after "="',
      "I organize BAA Health AI Night (BAA = Bay Area AI). We'd love someone from OpenAI to give a talk. Who should I ask?",
    ],
    [
      'spelled after a dash',
      "Scrivo per conto della BAA - Bottega d'Arte Applicata di Firenze. Ci piacerebbe avere un relatore di OpenAI.",
    ],
    [
      'spelled in brackets after a year',
      'Organizamos la convocatoria BAA 2027 (Becas de Artes Aplicadas) y nos gustaría invitar a OpenAI a patrocinarla.',
    ],
    [
      'a research funding call, on health',
      'Our lab is preparing a proposal in response to DARPA BAA HR001125S0007 (clinical decision support). Would OpenAI participate as a subcontractor?',
    ],
    [
      "a sheep in a toddlers' game",
      'I make a game for toddlers: you tap the sheep and it says baa. Since last week story requests come back with a refusal.',
    ],
    [
      'a French degree',
      "Le BAA c'est mon programme, le baccalauréat en administration des affaires à HEC Montréal. Y a-t-il un rabais étudiant?",
    ],
    [
      'the Buy American Act, beside ChatGPT Enterprise and a hospital',
      "Our hospital's contracting officer requires every vendor to complete a BAA certification (Buy American Act) before we can issue the PO for ChatGPT Enterprise seats.",
    ],
    [
      'a name given to a custom GPT',
      'Our clinic built a custom GPT called "BAA" for intake staff. Since yesterday it ignores its instructions. Can someone look into it?',
    ],
    [
      'the sheep',
      'The moderation endpoint flags "Baa, baa, black sheep, have you any wool?" as harassment in our kids app. Is this a known false positive?',
    ],
  ])('%s', (_why, text) => {
    expect(detect(one(text)).caseId).toBe('other');
  });

  it.each([
    [
      'the Boston Athletic Association, dotted',
      'The Boston Athletic Association (B.A.A.) is urging qualifiers for the 2014 Boston Marathon to submit their applications this week.',
    ],
    [
      "the Boston Marathon's organizer, beside a hospital",
      'Our hospital foundation has 12 charity bibs from the B.A.A. for the 2026 Boston Marathon. Would OpenAI consider a sponsorship?',
    ],
    [
      'the airport operator',
      'BAA are clearly annoyed at UKBA. When you go to other airports around the world, the queues are shorter.',
    ],
    [
      'an atoll of the Maldives',
      'Eine Woche im Baa-Atoll: nach dem Nachtflug landeten wir in Malé, die Vorfreude stieg!',
    ],
  ])('%s', (_why, text) => {
    expect(detect(one(text, 'News')).caseId).toBe('other');
  });

  it("reads another company's documentation offering its BAAs as theirs", () => {
    const text =
      'Axiom complies with HIPAA and its core principles. BAAs are available for Enterprise customers.';
    expect(detect(one(text, 'Add HIPAA compliance')).caseId).toBe('other');
  });

  it('reads "we sign BAAs with our customers" beside a request to us as a request', () => {
    const text = 'We sign BAAs with our customers, so we need a BAA with OpenAI for our API integration.';
    expect(detect(one(text, 'BAA')).caseId).toBe('api');
  });

  it('reads a gloss after a dash that names us as no other sense', () => {
    expect(detect(one('BAA - Bitte um Angebot für die API', 'BAA')).caseId).toBe('api');
  });

  it('reads "…, not the HIPAA business associate agreement." as no BAA wanted', () => {
    const text =
      'To be clear so it does not get misrouted: this is the Buy American Act statement, not the HIPAA business associate agreement.';
    expect(detect(one(text, 'BAA certification for VA contract')).caseId).toBe('other');
  });
});

describe("a record system or AI scribe as the BAA's other side", () => {
  it('reads "our Epic BAA" as theirs', () => {
    const text =
      'Our Epic BAA covers the AI charting features they added last month, right? Just checking before we turn them on.';
    expect(detect(one(text, 'Question about our BAA')).caseId).toBe('other');
  });

  it('reads such a name given for context as no party', () => {
    const text =
      "We're building an AI scribe (think a smaller Abridge). We need the BAA to go live; it's all API calls from our backend.";
    expect(detect(one(text, 'BAA for pilot')).caseId).toBe('api');
  });
});

describe("a possessive that is the customer's own", () => {
  it('reads "Customer\'s BAA declined" from a reseller as the rejection it is', () => {
    const text =
      "I'm writing on behalf of our customer Pinnacle Chiropractic Network. Their BAA application was declined. Can you tell us why?";
    expect(detect(one(text, "Customer's BAA declined - Pinnacle Chiropractic Network")).caseId).toBe(
      'rejected',
    );
  });

  it('reads no party across a dash: "St. Brendan\'s Health - Business Associate Agreement"', () => {
    const text =
      "Please forward OpenAI's standard BAA and the name of someone in your legal department. We need a fully executed Business Associate Agreement first.";
    expect(detect(one(text, "St. Brendan's Health - Business Associate Agreement")).caseId).toBe('unclear');
  });
});

describe('what a BAA is, and who it is with', () => {
  it('reads a remark in brackets after "BAA" as a remark, not as what it stands for', () => {
    const text =
      'Die Kliniken fragen, ob für unseren ChatGPT Edu Workspace ein BAA abgeschlossen werden kann.';
    expect(detect(one(text, 'ChatGPT Edu + BAA (Kooperation mit US-Kliniken)')).caseId).toBe('enterprise');
  });

  it('reads a BAA in place for the API, asked to carry over to ChatGPT Enterprise, as a request for it', () => {
    const text =
      'We signed a BAA for the API last year. Now 300 employees want ChatGPT Enterprise. Does the existing BAA carry over to ChatGPT Enterprise, or do we need a separate one?';
    expect(detect(one(text)).caseId).toBe('enterprise');
  });

  it('reads HIPAA ruled out as no BAA question', () => {
    const text =
      'Estamos fazendo um piloto com a API, sem dados de pacientes. O nosso DPO pediu o DPA de vocês. Não temos operação nos EUA, então nada de HIPAA aqui.';
    expect(detect(one(text)).caseId).toBe('other');
  });

  it('reads a rejection written in Polish or Chinese', () => {
    expect(detect(one('Wniosek o BAA został odrzucony. Dlaczego?')).caseId).toBe('rejected');
    expect(detect(one('我们的BAA申请被拒，请问原因？')).caseId).toBe('rejected');
  });
});

describe('answers and parties, in detail', () => {
  it('lets an ordinal answer outweigh the other product named in passing', () => {
    const question =
      'Is the BAA for ChatGPT Enterprise (the workspace your staff would log into), or for the API platform (your software calling our models)?';
    const reply =
      'The second one. Our engineers built a claims-coding assistant that calls your models, nobody at Northgate logs into ChatGPT for work.';
    expect(detect(answered(reply, question)).caseId).toBe('api');
  });

  it('never reads "last month" as the last option offered', () => {
    const reply = 'Neither, actually. We applied for the API BAA last month and got a no. Can we re-apply?';
    expect(detect(answered(reply)).caseId).toBe('rejected');
  });

  it('reads "mit Ihnen" as us, not as another party', () => {
    expect(detect(one('Hallo, wir möchten einen BAA mit Ihnen abschließen.')).caseId).toBe('unclear');
  });

  it('reads a customer under a BAA with us, asking about an outage, as no request', () => {
    const text =
      'Our calls to /v1/responses return 500s. We are under a BAA with you and these requests contain PHI. Is there an incident?';
    expect(detect(one(text, 'API 500 errors')).caseId).toBe('other');
  });
});

describe('a product ruled out after it is named', () => {
  it('reads "ChatGPT isn\'t something our IT team allows" beside "our own application" as the API', () => {
    const question =
      'Are you planning to send PHI through the OpenAI API from your own application, or are you looking at ChatGPT Enterprise for your staff?';
    const reply =
      "Our own application. ChatGPT isn't something our IT team allows on company laptops anyway.";
    expect(detect(answered(reply, question)).caseId).toBe('api');
  });

  it.each([
    [
      'Dutch, the product before "doen we niets"',
      'Het gaat om ChatGPT Enterprise. Met de API doen we niets.',
      'enterprise',
    ],
    [
      'German, "haben wir nicht"',
      'ChatGPT Enterprise für das Team. Eine API-Integration haben wir nicht.',
      'enterprise',
    ],
    ['English, "is out of scope"', 'The API. ChatGPT Enterprise is out of scope for us.', 'api'],
  ])('%s', (_, reply, expected) => {
    expect(detect(answered(reply)).caseId).toBe(expected);
  });

  it('reads a negation that ends the clause a few words after the product (German word order)', () => {
    const reply = 'Für die Entwickler-Plattform. ChatGPT selbst nutzen wir dafür gar nicht.';
    expect(detect(answered(reply)).caseId).toBe('api');
  });

  it('rules nothing out with "… or not?"', () => {
    const ticket = answered('Wir brauchen ChatGPT Enterprise, aber brauchen wir die API oder nicht?');
    expect(detect(ticket).caseId).toBe('unclear');
  });

  it('rules out the data, not the product it would go into: "won\'t allow PHI in the workspace"', () => {
    const reply =
      "Neither, exactly - the university already has ChatGPT Edu. The School of Medicine wants to extend it to clinical faculty, and counsel won't allow PHI in the workspace without a BAA covering it.";
    expect(detect(answered(reply)).caseId).toBe('enterprise');
  });

  it('rules out the clue that goes on the noun ruled out: "no ChatGPT Enterprise workspace"', () => {
    const reply = 'Nobody here has a ChatGPT Enterprise workspace; the BAA would be for the API.';
    expect(detect(answered(reply))).toMatchObject({ caseId: 'api', level: 'high' });
  });
});

describe('what the latest message says counts most', () => {
  it('lets an answer that names one product outweigh the other product named before we asked', () => {
    const ticket = answered('api');
    const first =
      'A colleague sent me your ChatGPT Enterprise deck, but my question is different: we need a BAA.';
    ticket.description = first;
    const [request] = ticket.comments;
    if (request) request.body = first;
    expect(detect(ticket).caseId).toBe('api');
  });

  it('leaves a quoted decline behind when the customer says this is a different question', () => {
    const text = [
      'Different question this time. What we want now is ChatGPT Enterprise for our 250 clinical staff, and we need a BAA covering that. Who do I talk to?',
      '',
      'On Thu, Apr 16, 2026 at 2:11 PM OpenAI BAA Team <baa@openai.com> wrote:',
      '> We are unable to approve your BAA request for the API use case described.',
    ].join('\n');
    expect(detect(one(text, 'Re: BAA request declined')).caseId).toBe('enterprise');
  });

  it('reads a card declined "when I try to pay" as money, not a BAA decision', () => {
    const text =
      'Different issue this time. Our corporate Amex keeps getting declined when I try to pay the November invoice. Can you check?\n\nOn Thu, Jul 9, 2026 at 3:12 PM OpenAI BAA Team <baa@openai.com> wrote:\n> We are unable to approve a BAA for the use case described.';
    expect(detect(one(text, 'Re: BAA request declined')).caseId).toBe('other');
  });

  it('reads a BAA signed, in German or French, beside another question as no request', () => {
    const german =
      'Unser BAA mit OpenAI ist seit Juli unterschrieben. Für ein Audit benötigen wir den SOC-2-Bericht. Wo kann ich ihn anfordern?';
    expect(detect(one(german, 'SOC 2 Bericht')).caseId).toBe('other');
  });

  it('reads "prima che" ("before") beside a full product name as no ordinal', () => {
    const reply =
      'Vorremmo attivare ChatGPT Enterprise per i 90 dipendenti della clinica, e il BAA serve prima che qualcuno inserisca dati dei pazienti.';
    expect(detect(answered(reply)).caseId).toBe('enterprise');
  });

  it('reads an answer that mentions "services" as the customer\'s words, not a sales pitch', () => {
    const reply = 'Nobody here uses ChatGPT. Six services hit the embeddings endpoints with our keys.';
    expect(detect(answered(reply)).caseId).toBe('api');
  });

  it("reads a bounce notice and an insurer's refusal as no BAA decision", () => {
    const bounce =
      "Votre message n'a pas pu être remis aux destinataires suivants. Le serveur de destination a rejeté le message : 550 5.1.1 Adresse inconnue.";
    expect(detect(one(bounce, 'Non remis : Re: Votre demande de BAA')).caseId).toBe('other');
    const insurer =
      "Notre assureur cyber a rejeté notre déclaration de sinistre. Nous utilisons l'API OpenAI (BAA signé en mars) : pouvez-vous nous fournir une attestation ?";
    expect(detect(one(insurer, 'Sinistre cyber')).caseId).toBe('other');
  });
});

describe('refusals that are not ours, and mail passed on', () => {
  it.each([
    [
      'a bounced email to baa@, while a BAA is still wanted',
      'I emailed baa@openai.com about a BAA for our API usage. The first got no answer, the second came back with "550 5.7.1 Message rejected". Is that address right? We need the BAA.',
      'api',
    ],
    [
      'an organization verification refused',
      'Our organization verification was rejected this morning. We already have a signed BAA with you. Can someone look at it?',
      'other',
    ],
    [
      'a quota increase refused, in French',
      "Notre demande d'augmentation de quota a été refusée hier. Nous avons un BAA signé avec vous depuis l'automne. Pourriez-vous réexaminer ?",
      'other',
    ],
    [
      "the customer's own officer who won't sign off",
      "Does OpenAI sign BAAs? Our HIPAA security officer won't sign off on the project otherwise.",
      'unclear',
    ],
  ])('%s', (_why, text, expected) => {
    expect(detect(one(text, 'Question')).caseId).toBe(expected);
  });

  it('reads "No PHI goes in there" followed by "so we need a BAA" as a request', () => {
    const text =
      'We have ChatGPT for our staff; no PHI goes in there. Separately, our engineers built a tool on the OpenAI API with our API keys that will process PHI, so we need a BAA for the API.';
    expect(detect(one(text)).caseId).toBe('api');
  });

  it('reads "unless we have a BAA" as a BAA wanted, not one in place', () => {
    const text =
      'Our website chatbot is ChatGPT-powered: it calls your API with our key. Our privacy officer says switch it off unless we have a BAA with OpenAI. Can we get one?';
    expect(detect(one(text)).caseId).toBe('api');
  });

  it('reads the mail below a cover note whose subject says FW: as the author passing it on', () => {
    const text = [
      'Please see the note from our CMO below. Can you tell us how to get this started?',
      '',
      '-----Original Message-----',
      'From: Dr. Paul Weiss <pweiss@example.com>',
      'Sent: Friday, March 6, 2026 6:41 PM',
      'Subject: ChatGPT upgrade',
      '',
      "We'd like to move our ChatGPT Team workspace to Enterprise and get a BAA signed so the physicians can use it.",
    ].join('\n');
    expect(detect(one(text, 'FW: ChatGPT upgrade')).caseId).toBe('enterprise');
    expect(detect(one(text, 'ChatGPT upgrade')).caseId).toBe('other');
  });
});

describe('a BAA ruled out or already signed, in the languages we read', () => {
  it.each([
    [
      'Portuguese: HIPAA and BAA do not apply',
      'Queremos saber se o ChatGPT está em conformidade com a LGPD. Não atendemos pacientes dos EUA, então HIPAA e BAA não se aplicam a nós.',
    ],
    [
      'Italian: no BAA, only GDPR',
      "Vorrei sapere se le conversazioni su ChatGPT vengono usate per l'addestramento. Non lavoriamo con pazienti americani, quindi nessun BAA, solo GDPR.",
    ],
    [
      'Japanese: HIPAA and BAA are not relevant',
      '個人で ChatGPT を使っています。日本の病院なので HIPAA や BAA は関係ありません。',
    ],
    [
      'Spanish: a signed BAA, and an outage',
      'Seguimos sin servicio. Tenemos el BAA firmado desde marzo, pero todas las llamadas a la API devuelven error 503.',
    ],
    [
      'Japanese: BAA already concluded, and an invoice',
      'API 利用料の請求書の宛名を変更したいです。BAA は既に締結済みで、問題ありません。',
    ],
    [
      'English: a wish in the sentence before does not undo "the BAA is signed"',
      "Thanks, that's what we needed. Now that the BAA is signed, how do I add a second org to the same billing account?",
    ],
    [
      'Chinese: a card declined, the BAA signed',
      '我们续费 ChatGPT Business 时信用卡被拒绝了。我们已经签过 BAA，只是想知道能否改用银行转账付款。',
    ],
    [
      'French: a degree spelled out in lower case',
      "Titulaire d'un BAA (baccalauréat en arts appliqués), ma candidature a été refusée sur votre portail.",
    ],
  ])('%s → other', (_why, text) => {
    expect(detect(one(text)).caseId).toBe('other');
  });
});

describe('no BAA wanted, in more words', () => {
  it.each([
    [
      'Italian, not using us directly',
      'Il nostro fornitore ci ha mandato un BAA da firmare. Noi non usiamo OpenAI direttamente.',
    ],
    ['German, "keinen BAA"', 'Vielen Dank, dann brauchen wir keinen BAA – wir haben keine US-Patienten.'],
    [
      'Spanish, nothing to sign',
      'Quisiera citar la política de OpenAI sobre HIPAA y los BAA. No necesitamos firmar nada.',
    ],
    [
      'a student citing us for a paper',
      "I'm a BSN student writing a policy paper. Could someone tell me whether ChatGPT is HIPAA compliant? My instructor wants a primary source.",
    ],
  ])('%s', (_why, text) => {
    expect(detect(one(text, 'Question')).caseId).toBe('other');
  });
});

describe('how long the process takes', () => {
  it('is no question about how long data is kept', () => {
    const text =
      "Our two developers have keys on platform.openai.com and use the embeddings endpoint to build a search over our patient visit notes. Our lawyer says we need the HIPAA paper from you before we load real notes. What's the process and how long does it take?";
    expect(detect(one(text, 'HIPAA paperwork for our platform account')).caseId).toBe('api');
  });
});

describe("a person's curiosity", () => {
  it('reads "just curious" whether ChatGPT is HIPAA compliant, used on one\'s own phone, as no BAA request', () => {
    const text =
      "I'm an ICU nurse and use ChatGPT Plus on my own phone to study. I never put patient info in it, but coworkers argue about whether it's HIPAA compliant. Just curious what the real answer is?";
    expect(detect(one(text, 'Is ChatGPT HIPAA compliant?')).caseId).toBe('other');
  });
});

describe("a patient's own privacy question", () => {
  it('reads "is ChatGPT HIPAA compliant? my doctor typed my info into it" as no BAA request', () => {
    const text =
      'is chatgpt hipaa compliant? my doctor typed stuff into it during my appointment today. does openai have my health info now? who do i complain to';
    expect(detect(one(text, 'is chatgpt hipaa compliant')).caseId).toBe('other');
  });
});

describe('phishing passed on to us', () => {
  it('reads "is this legit?" over a forwarded BAA renewal notice as no BAA request', () => {
    const text =
      'Is this legit? We do not even have a BAA with you, and the link domain looks weird.\n\n---------- Forwarded message ---------\nFrom: OpenAI Compliance <compliance@openai-baa-notice.com>\nSubject: ACTION REQUIRED: Your BAA has expired\n\nYour OpenAI Business Associate Agreement (BAA) has expired. To avoid suspension of your API access, please e-sign the renewed agreement.';
    expect(detect(one(text, 'Fwd: ACTION REQUIRED: Your BAA has expired')).caseId).toBe('other');
  });

  it('reads the subject, the note and the mail it forwards as one message ("Is this legit?" … "phishing")', () => {
    const text =
      'Hi, I got the email below. We never requested a BAA with OpenAI, so this looks like phishing to me. Can you confirm?\n\n---------- Forwarded message ---------\nFrom: OpenAI Compliance <compliance@openai-docs-sign.com>\nSubject: Action required: sign your OpenAI BAA\n\nYour HIPAA Business Associate Agreement is ready. Sign within 24 hours: https://openai-docs-sign.com/baa/7781';
    expect(detect(one(text, 'Is this legit? "Sign your OpenAI BAA"')).caseId).toBe('other');
  });
});

describe('a request withdrawn', () => {
  it('reads a thread whose latest message needs nothing from us after all as no BAA wanted', () => {
    const reply =
      "After a meeting today we decided to go with the assistant built into our EHR instead. So we won't need anything from OpenAI after all.";
    expect(detect(answered(reply)).caseId).toBe('other');
  });

  it.each([
    ['English', 'Our board decided not to move forward with the project, so please withdraw our request.'],
    ['Spanish', 'Al final el doctor decidió no seguir con el proyecto, así que ya no lo necesitamos.'],
    ['French', "Notre client a annulé le contrat, donc nous n'avons plus besoin du BAA."],
    [
      'German, "no more" after the final negation',
      'Das US-Projekt wurde gestoppt. Wir brauchen das BAA nicht mehr.',
    ],
    ['Portuguese', 'Decidimos avançar com outro fornecedor, por isso já não precisamos.'],
    ['Italian', 'Per ora abbiamo deciso di non usare l’IA: non ne abbiamo più bisogno.'],
    ['Dutch', 'Het project is stopgezet, de BAA is niet meer nodig.'],
    ['Japanese', 'プロジェクトが中止になったため、必要なくなりました。'],
    [
      'English, "won\'t be needing it"',
      "Leadership decided to go with the AI scribe built into our EHR instead, so we won't be needing it after all. Please close out our request.",
    ],
    [
      'French, "nous n\'en avons pas besoin"',
      "Un confrère m'a parlé d'un BAA, mais cela ne concerne que les États-Unis : nous n'en avons pas besoin.",
    ],
    [
      'Spanish, "no vamos a necesitar"',
      'El hospital decidió no avanzar con el proyecto, así que por ahora no vamos a necesitar el BAA.',
    ],
    [
      'English, "not going to put any patient" data in it',
      "never mind, talked to my partner and we're not going to put any patient stuff in it. ignore",
    ],
    [
      'English, "won\'t need it after all"',
      "Thanks. We won't need it after all - our investors pushed us to another vendor.",
    ],
    [
      'English, "decided not to go ahead"',
      'We discussed it yesterday and decided not to go ahead with any AI tools this year.',
    ],
    [
      'English, a duplicate',
      'Please disregard this ticket - my colleague already opened one for the same thing.',
    ],
    ['Portuguese, "não vamos mais precisar"', 'Conversei com nosso advogado e não vamos mais precisar.'],
    [
      'French, "nous n\'en avons plus besoin"',
      "Merci, mais finalement nous n'en avons plus besoin. Vous pouvez clore la demande.",
    ],
    ['Japanese, "不要になりました"', '社内で検討した結果、今回は不要になりました。'],
  ])('in %s', (_language, reply) => {
    expect(detect(answered(reply)).caseId).toBe('other');
  });
});

describe("the customer's choice", () => {
  it('reads "We decided: ChatGPT Enterprise" as the choice, beside an API offer turned down', () => {
    const reply =
      "Hi Rafael, following up as promised. We decided: ChatGPT Enterprise for our providers and MAs. Our EHR vendor offered an API-based add-on but we're not going that route. What are the next steps?";
    expect(detect(answered(reply)).caseId).toBe('enterprise');
  });
});

describe('a later choice leaves earlier messages behind', () => {
  it('reads "Correction: what we actually need now is ChatGPT Enterprise" after an API request as enterprise', () => {
    const ticket: Ticket = {
      subject: 'BAA for our EHR integration',
      description: '',
      comments: [
        {
          id: 1,
          authorRole: 'requester',
          public: true,
          body: 'We need a BAA for our EHR integration on the API.',
          html: false,
        },
        { id: 2, authorRole: 'agent', public: true, body: 'Thanks, we will look into it.', html: false },
        {
          id: 3,
          authorRole: 'requester',
          public: true,
          body: 'Correction, sorry: the EHR integration is on hold. What we actually need now is a BAA for ChatGPT Enterprise so our physicians can use it. The API pilot is paused.',
          html: false,
        },
      ],
    };
    expect(detect(ticket).caseId).toBe('enterprise');
  });
});

describe('the other product set apart', () => {
  it('reads "the API project is separate" beside "this one is for ChatGPT Enterprise" as enterprise', () => {
    const reply =
      'Hi - as I said below, this one is for ChatGPT Enterprise for the nursing pilot. The API project is separate and not something I need help with.';
    expect(detect(answered(reply)).caseId).toBe('enterprise');
  });

  it('reads "I\'m not sure what the API is … no programming" as ChatGPT Enterprise', () => {
    const reply =
      "I'll be honest, I'm not sure what the API is. We just want the doctors and nurses to use the regular ChatGPT website. No programming.";
    expect(detect(answered(reply)).caseId).toBe('enterprise');
  });

  it('reads "Existing BAA + ChatGPT Enterprise" in a subject as two matters, not a BAA covering ChatGPT', () => {
    const text =
      'We already have a BAA in place for our API organization. Leadership now wants ChatGPT Enterprise for 200 staff, and we would need a BAA covering that.';
    expect(detect(one(text, 'Existing BAA + ChatGPT Enterprise')).caseId).toBe('enterprise');
  });
});

describe('one negation over a list, and "unrelated to"', () => {
  it('rules out every product a negation lists ("ChatGPT Enterprise or any ChatGPT seats")', () => {
    const reply =
      "Quick correction: we don't actually have ChatGPT Enterprise or any ChatGPT seats. What the hospital needs is a BAA covering our use of the API. So it's the API BAA we need.";
    expect(detect(answered(reply)).caseId).toBe('api');
  });

  it('reads a product "unrelated to" the question as ruled out', () => {
    const reply =
      'One more thing, unrelated to the API stuff (just our scheduling tool). Our providers want to use ChatGPT in our company workspace and we need a BAA first. How do we get that?';
    expect(detect(answered(reply)).caseId).toBe('enterprise');
  });
});

describe('a product kept away from health data', () => {
  it('is not what the BAA is for ("a ChatGPT Team workspace, but nobody puts PHI in there")', () => {
    const text =
      "Our service passes patient call transcripts to gpt-4o-mini through the Python SDK, and counsel says we need the BAA executed first. FWIW we also have a ChatGPT Team workspace but nobody puts PHI in there and we don't plan to.";
    expect(detect(one(text, 'Getting the BAA signed before prod')).caseId).toBe('api');
  });

  it("sets aside only the product the health data clause names (\"C'est pour l'API : … personne n'utilise ChatGPT avec des données patients\")", () => {
    const reply =
      "C'est pour l'API : on passe par l'endpoint Responses depuis notre backend, personne n'utilise ChatGPT avec des données patients.";
    expect(detect(answered(reply)).caseId).toBe('api');
  });

  it('is not what the BAA is for beside the words "no PHI"', () => {
    const text =
      'Some context: we have a ChatGPT Team workspace that our marketing folks use (no PHI, and it stays that way). What we need a BAA for is our symptom checker, which calls gpt-4.1 through the Responses API.';
    expect(detect(one(text, 'BAA - clarification')).caseId).toBe('api');
  });

  it('is what the BAA is for when the same sentence says it waits for one ("no patient data without a BAA")', () => {
    const reply =
      'Our clinicians use ChatGPT Business (80 licences) for notes, but they may not put patient data in it without a BAA. We build no software.';
    expect(detect(answered(reply)).caseId).toBe('enterprise');
  });
});

describe('"no PHI" about one product', () => {
  it('is no refusal of any BAA when the PHI then goes somewhere else', () => {
    const reply =
      "Got it, then just the API. Our ChatGPT Team use is internal stuff like marketing copy, no PHI, and we're keeping it that way. The PHI flows through our product's backend, which calls the Responses API.";
    expect(detect(answered(reply)).caseId).toBe('api');
  });
});

describe('a product added to an existing BAA', () => {
  it('is asked for when the subject asks ("Adding API to our existing BAA?")', () => {
    const text =
      'We signed a BAA with OpenAI last fall as part of our ChatGPT Enterprise contract. Our data science group now wants to call the models through the API with our own platform keys. What do we need to get a BAA in place for the API side?';
    expect(detect(one(text, 'Adding API to our existing BAA?')).caseId).toBe('api');
  });
});

describe('a change of mind', () => {
  it('keeps a product ruled out in the latest message out, whatever weak clue to it remains', () => {
    const first = 'We need a BAA for ChatGPT Enterprise for our urgent care locations.';
    const latest =
      "Actually, we're not going to do Enterprise, too many seats for what we need. Our developer will build a small internal tool on the API. So it's the API BAA we need now.";
    const ticket: Ticket = {
      subject: 'BAA for ChatGPT Enterprise',
      description: first,
      comments: [
        { id: 1, authorRole: 'requester', public: true, body: first, html: false },
        {
          id: 2,
          authorRole: 'agent',
          public: true,
          body: 'To explore a BAA for ChatGPT Enterprise, please contact our sales team.',
          html: false,
        },
        { id: 3, authorRole: 'requester', public: true, body: latest, html: false },
      ],
    };
    expect(detect(ticket).caseId).toBe('api');
  });

  it('reads "ChatGPT Enterprise is not an option" as ChatGPT Enterprise ruled out', () => {
    const text =
      'ChatGPT Enterprise is not an option for a 12-person practice. Can we get a BAA for the API? Our developer would build a tool that calls your models.';
    expect(detect(one(text, 'BAA')).caseId).toBe('api');
  });
});

describe('"instead" without "of"', () => {
  it('affirms the product before it: "on the API instead" never turns into ChatGPT', () => {
    const text =
      "We asked sales about a BAA for our 10-seat ChatGPT Team workspace and were told that isn't something they can do on our plan. That's fine. Our developer is going to build a small tool on the API instead, using our own org. How do we get a BAA for that?";
    expect(detect(one(text, 'BAA for API instead')).caseId).not.toBe('enterprise');
  });

  it('reads Italian "invece" without "di" the same way', () => {
    expect(detect(one('Il BAA ci serve invece per la vostra API.', 'BAA')).caseId).toBe('api');
  });
});

describe('a weak clue in the latest message', () => {
  it('does not outweigh a clear name before it ("150 hospitalists and APPs")', () => {
    const ticket: Ticket = {
      subject: 'BAA for ChatGPT for Healthcare',
      description: '',
      comments: [
        {
          id: 1,
          authorRole: 'requester',
          public: true,
          body: 'We would like to deploy ChatGPT for Healthcare to our hospitalists, with a BAA. Who do I talk to?',
          html: false,
        },
        { id: 2, authorRole: 'agent', public: true, body: 'Please fill in the sales form.', html: false },
        {
          id: 3,
          authorRole: 'requester',
          public: true,
          body: 'Done. We are looking at roughly 150 hospitalists and APPs initially.',
          html: false,
        },
      ],
    };
    expect(detect(ticket).caseId).toBe('enterprise');
  });
});

describe('a BAA in place, and a question about something else', () => {
  it.each([
    [
      'the product signed with the BAA',
      'We signed our ChatGPT Enterprise contract and BAA in June. The August invoice still charges for all 300 seats. Can someone look at this?',
    ],
    [
      'approved',
      'Our BAA got approved last week. Since then we see 429 errors on gpt-4o. Did our limits change?',
    ],
    [
      'executed, with a date',
      "We're on ChatGPT Enterprise (our workspace, BAA executed back in January) and need to add 50 seats. Who handles seat true-ups now?",
    ],
    [
      'signed with the contract',
      'Can we reduce our ChatGPT Enterprise seats at renewal? Also our BAA for the workspace was signed with the original contract; I assume it carries over.',
    ],
    [
      'signed, with a date',
      "We're a HIPAA workflow (BAA signed in August, ZDR enabled). Why do we get 429s at 40% of our limit?",
    ],
    [
      'Spanish, "tenemos un BAA"',
      'Tenemos un BAA con OpenAI para la API. ¿Cómo cambio la dirección de facturación?',
    ],
    [
      'Swedish, "vi har haft ett BAA"',
      'Vi har haft ett BAA med er sedan i höstas, men sedan i morse får alla anrop felet 429.',
    ],
    [
      'fully signed',
      'Update: we emailed baa@ and the BAA was fully signed yesterday. Separate question: how do I invite two engineers to our org?',
    ],
    [
      'Dutch, "we hebben een BAA en …"',
      'We hebben een BAA en zero data retention op deze organisatie. Sinds vanochtend krijgen we time-outs op de API.',
    ],
    [
      'Polish, signed already',
      'Mamy już podpisane BAA z OpenAI, więc to nie jest pytanie o BAA. Od wczoraj dostajemy błędy 429 na gpt-4o.',
    ],
    ['German, "wir haben ein BAA"', 'Wir haben ein BAA mit OpenAI. Wie ändern wir die Rechnungsadresse?'],
    [
      'a weak clue to the other product',
      'CuraNote signed a BAA with OpenAI last year for our API organization. We need to transfer the org to the admin account of our new parent company. What is the process?',
    ],
    [
      'Japanese, before a particle',
      'BAA 締結済みの組織で、新しいプロジェクトの API キーが 401 になります。ご教示ください。',
    ],
    [
      'Korean',
      '저희는 이미 OpenAI와 BAA를 체결하고 API를 사용 중입니다. 청구 주소를 변경하고 싶습니다. 어떻게 하나요?',
    ],
    [
      'German, signed "im Mai" (the month, not Italian "mai")',
      'Unser BAA mit OpenAI wurde im Mai unterzeichnet. Könnten Sie uns bitte eine Kopie für das Audit senden?',
    ],
    [
      'German, in use including the BAA',
      'Wir haben ChatGPT Enterprise inklusive BAA seit August im Einsatz. Könnten Sie die Rechnung mit PO-Nummer neu ausstellen?',
    ],
    [
      'Dutch, signed at the end of the clause',
      'Wij hebben in maart onze BAA voor de API getekend. Op de laatste factuur staat een verkeerd btw-nummer.',
    ],
    [
      'Japanese, concluded',
      'APIの利用についてはBAAの締結も完了しており、問題なく利用できております。請求書の宛名を変更できますか。',
    ],
    [
      'Korean, completed',
      '저희는 올해 초 API 사용에 대한 BAA 체결을 완료했습니다. 새 개발자를 조직에 초대하려면 어떻게 하나요?',
    ],
    [
      'Italian, in force',
      'Il contratto e il BAA sono regolarmente in vigore. Potete confermarci le coordinate bancarie per la fattura di ChatGPT Enterprise?',
    ],
    [
      '"our BAA came through, all signed"',
      'Thanks Lucas, our BAA came through last week, all signed. Unrelated question: how do I change the billing email on our platform account?',
    ],
    [
      '"our BAA went through"',
      'Our BAA went through last week, thanks. Now a mundane question: how do we rotate the project API keys without downtime?',
    ],
    [
      '"we have our BAA with you"',
      'We have our BAA with you for the API (signed in January). Where can we get the current subprocessor list?',
    ],
    [
      'handled already by our contracts team',
      'We are onboarding OpenAI as a supplier for our ChatGPT Enterprise subscription and need a W-9. Our contracts team already handled the MSA and BAA.',
    ],
    [
      '"our BAA stays as is"',
      'We would like to reduce our ChatGPT Enterprise seats from 150 to 110 at renewal. Our BAA stays as is. Who do I talk to?',
    ],
    [
      'Polish, "mamy już podpisaną umowę", a different matter',
      'Mamy już podpisaną umowę BAA dla API. Piszę w innej sprawie: prosimy o zmianę adresu na fakturach.',
    ],
    [
      'Dutch, "is al sinds vorig jaar geregeld"',
      'Ons BAA voor de API is al sinds vorig jaar geregeld. Een nieuwe collega heeft toegang nodig tot het dashboard om de API-keys te beheren.',
    ],
    [
      'a section of the BAA, dated',
      'Our API agreement with OpenAI terminated on April 30. Pursuant to Section 6.3 of our Business Associate Agreement dated July 1, 2024, please provide written certification that all PHI has been returned or destroyed.',
    ],
    [
      'Portuguese, "foi assinado"',
      'O nosso BAA foi assinado em abril para a API. Vocês conseguem reenviar a versão executada para a auditoria?',
    ],
    [
      'Spanish, the renewal of the BAA',
      '¿Quién gestiona ahora la renovación de nuestro contrato de ChatGPT Enterprise y del BAA? Nuestro contacto cambió de equipo.',
    ],
  ])('%s', (_why, text) => {
    expect(detect(one(text, 'Question')).caseId).toBe('other');
  });

  it('reads a product ruled out beside a BAA in place as the one it covers, and the other as asked for', () => {
    const ticket = answered(
      "Pas pour l'API : nos développeurs ont déjà leur BAA. Cette fois c'est pour l'espace de travail ChatGPT de l'équipe médicale (une quarantaine de postes).",
    );
    expect(detect(ticket).caseId).toBe('enterprise');
  });

  it('reads "Adding API to our existing BAA" as asking to add it, not as covered', () => {
    const text =
      'We signed a BAA with OpenAI last fall as part of our ChatGPT Enterprise contract. Our data science team now wants to call the models via the API. Do we need a separate BAA for the API?';
    expect(detect(one(text, 'Adding API to our existing BAA')).caseId).toBe('api');
  });

  it('reads "whether we have a BAA" as a question, not one in place', () => {
    const text =
      'Usamos a OpenAI no nosso consultório e um paciente perguntou se temos um BAA. Não temos. Como faço para solicitar?';
    expect(detect(one(text, 'Acordo BAA')).caseId).toBe('unclear');
  });

  it('reads "fully executed" as in place, and "absent a fully executed BAA" as a condition', () => {
    const inPlace =
      'Attached is the fully executed Business Associate Agreement. One follow-up: how do we get zero data retention on a new project in our org?';
    expect(detect(one(inPlace, 'Re: next steps')).caseId).toBe('other');
    const condition =
      'Per our vendor policy, no agreement may be signed absent a fully executed Business Associate Agreement. Please forward OpenAI’s standard BAA.';
    expect(detect(one(condition, 'Business Associate Agreement')).caseId).toBe('unclear');
  });

  it('reads "Signed BAA needed" as a wish, and "our BAA requires" as no wish', () => {
    const text = 'Hello, our clinic app calls the OpenAI API from our backend. How do we get this done?';
    expect(detect(one(text, 'Signed BAA needed')).caseId).toBe('api');
    const requires =
      'We use your API under a BAA already. Does our BAA with OpenAI require us to notify you before we hire an annotation vendor?';
    expect(detect(one(requires, 'Subcontractor')).caseId).toBe('other');
  });

  it.each([
    'Our BAA has been in place since March. Since Monday our requests are rejected with a content policy error on radiology images. Is that expected?',
    'Our BAA was signed last year. Our app was rejected by the App Store review because it mentions HIPAA; can you send proof of the BAA?',
  ])('reads a moderation or app-store rejection as no BAA decision: "%s"', (text) => {
    expect(detect(one(text, 'Rejected')).caseId).toBe('other');
  });

  it('reads a file "too large" and refused by the API as no BAA decision', () => {
    const text =
      'BAA ist seit März unterschrieben. Längere Diktate sind größer als 25 MB und werden mit "413 Request Entity Too Large" abgelehnt. Können Sie das Limit erhöhen?';
    expect(detect(one(text, 'Whisper API: Dateigröße')).caseId).toBe('other');
  });

  it('reads a BAA one "should have in place" as a wish', () => {
    const text =
      'I use ChatGPT Plus to tidy up my session notes. My state board rep told me I should have a BAA in place with any vendor that touches client information. Is it possible to get a BAA for my ChatGPT account?';
    expect(detect(one(text, 'BAA for my ChatGPT account?')).caseId).toBe('enterprise');
  });

  it('reads a Dutch BAA that must still be signed ("wordt getekend") as a wish', () => {
    const text =
      'We willen ChatGPT Enterprise uitrollen voor 150 medewerkers. Onze jurist wil dat er eerst een BAA wordt getekend.';
    expect(detect(one(text, 'ChatGPT Enterprise')).caseId).toBe('enterprise');
  });

  it.each([
    "We'd like to set up a ChatGPT Business workspace for our 28 therapists, but only with a signed BAA. Who do I talk to?",
    "I'd rather give our nurses a managed workspace we control, with a signed BAA, than keep pretending it isn't happening.",
    "Nos infirmières utilisent déjà ChatGPT. Nous voudrions un espace de travail d'entreprise, avec gestion des comptes et un BAA signé, pour environ 70 infirmières.",
  ])('reads a signed BAA listed after a wish as wished for: "%s"', (text) => {
    expect(detect(one(text, 'BAA')).caseId).toBe('enterprise');
  });

  it.each([
    'We plan a rollout of ChatGPT to ~300 staff. Requirements from our side: SAML SSO, an admin console to manage seats, and a signed BAA since staff will include PHI in their chats.',
    "Une vingtaine de médecins utilisent déjà ChatGPT ; nous voulons leur fournir un espace de travail ChatGPT Enterprise avec un BAA signé. Pouvez-vous nous mettre en relation avec l'équipe commerciale ?",
  ])('reads a signed BAA listed among what they want, with no wish word, as wished for: "%s"', (text) => {
    expect(detect(one(text, 'BAA')).caseId).toBe('enterprise');
  });

  it('still reads a product the customer uses "with a signed BAA" as in place', () => {
    const text = 'We use ChatGPT Enterprise with a signed BAA. How do we add 20 seats before the renewal?';
    expect(detect(one(text, 'Seats')).caseId).toBe('other');
  });

  it('still reads a workspace "with a signed BAA" that the customer has as in place', () => {
    const text =
      "We'd like to add 40 seats, as we have ChatGPT Enterprise with a signed BAA. Who handles the true-up?";
    expect(detect(one(text, 'Seats')).caseId).toBe('other');
  });
});

describe('Portuguese "both"', () => {
  const question =
    'Obrigado por entrar em contato! Você poderia especificar se precisa de um Business Associate Agreement (BAA) para usar nossa API ou para o ChatGPT Enterprise?';

  it('reads "qual dos dois" as still choosing', () => {
    const ticket = answered(
      'Qual dos dois vocês recomendam para uma clínica pequena? Ainda não usamos nada.',
      question,
    );
    const detection = detect(ticket);
    expect([detection.caseId, detection.level]).toEqual(['unclear', 'medium']);
  });

  it.each([
    "Nous avons besoin d'un BAA pour ChatGPT Enterprise. Qui dois-je contacter ?",
    'Precisamos de um BAA para o ChatGPT Enterprise nas duas clínicas.',
    "Nous avons besoin d'un BAA pour ChatGPT Enterprise dans les deux cliniques.",
  ])(
    'reads French "dois" (must), "les deux" (the two) and Portuguese "duas" (two) as no "both": "%s"',
    (text) => {
      const detection = detect(one(text));
      expect([detection.caseId, detection.level]).toEqual(['enterprise', 'high']);
    },
  );
});

describe('confidentiality footers in more languages', () => {
  it('reads HIPAA and PHI in a Swedish footer as boilerplate, not a BAA question', () => {
    const text =
      'Hej, våra fakturor kommer i USD. Går det att få dem i SEK?\n\nDetta meddelande kan innehålla konfidentiell information, inklusive skyddad hälsoinformation (PHI) enligt HIPAA.';
    expect(detect(one(text, 'Fakturor')).caseId).toBe('other');
  });
});

describe("another country's law", () => {
  it.each([
    [
      'French, HDS',
      "Notre groupement hospitalier étudie ChatGPT Enterprise. La question bloquante est la certification HDS : OpenAI est-il certifié ? Précision : nous n'avons aucune activité aux États-Unis, donc la question du BAA / HIPAA ne nous concerne pas.",
    ],
    [
      'Dutch, AVG',
      "Onze praktijk overweegt ChatGPT Team. Onze FG wil eerst een verwerkersovereenkomst conform de AVG zien. Ik las over Amerikaanse BAA's, maar wij hebben uitsluitend Nederlandse patiënten. Kunt u die toesturen?",
    ],
    [
      'Portuguese, LGPD',
      'Comecei a usar o ChatGPT Plus. Um colega disse que nos EUA existe um tal de BAA por causa da HIPAA, mas aqui no Brasil a lei é a LGPD. Estou em conformidade?',
    ],
  ])('is the question, a BAA named only in passing: %s', (_why, text) => {
    expect(detect(one(text)).caseId).toBe('other');
  });

  it('reads "HDS rather than a BAA?" as a question about the other law', () => {
    const text =
      "Un client nous demande si OpenAI est certifié HDS. J'ai vu que vous proposez un BAA pour la HIPAA, mais nous n'avons aucune activité aux États-Unis.";
    expect(detect(one(text, 'Certification HDS plutôt que BAA ?')).caseId).toBe('other');
  });

  it('leaves a BAA wished for beside the GDPR a request', () => {
    const text =
      'We are a German company with US clinics: we need a DPA under the GDPR and a BAA for the API.';
    expect(detect(one(text)).caseId).toBe('api');
  });
});

describe('a refusal standing alone', () => {
  it('reads "No BAA - …" as no BAA wanted', () => {
    const ticket = answered("No BAA - we're an edtech company, no health data anywhere near it.");
    expect(detect(ticket).caseId).toBe('other');
  });

  it.each(['We have no BAA. How do we get one?', 'No BAA yet, how do we get one?'])(
    'still reads "%s" as a request',
    (text) => {
      expect(detect(one(text, 'BAA')).caseId).toBe('unclear');
    },
  );
});

describe('building nothing on our models', () => {
  it('rules the API out ("We don\'t actually build anything on your models – our product doesn\'t use AI")', () => {
    const reply =
      "We don't actually build anything on your models – our product doesn't use AI. It's our internal revenue cycle team (about 30 people) that wants to use ChatGPT with patient account data.";
    expect(detect(answered(reply)).caseId).toBe('enterprise');
  });
});

describe('a correction in the latest message', () => {
  it('is the choice, over what came before ("So it\'s the API BAA we need now")', () => {
    const reply =
      "Update: we spoke with your sales team and the seat minimum doesn't work for a group our size. Our devs are going to build a small internal tool on the API instead (they already have an account on the platform). So it's the API BAA we need now.";
    const request = "We'd like ChatGPT Enterprise for our 40 care coordinators, with a BAA.";
    expect(detect(answered(reply, QUESTION, true, request)).caseId).toBe('api');
  });
});

describe('French "n\'est pas concernée"', () => {
  it('rules out the product just before it, and "il s\'agit des comptes ChatGPT Enterprise" chooses', () => {
    const reply =
      "Merci, mais je me suis trompé : l'API n'est pas concernée, nous ne développons rien. Il s'agit des comptes ChatGPT Enterprise de nos médecins. C'est pour ceux-là qu'il nous faut le BAA.";
    expect(detect(answered(reply, QUESTION, true, "Bonjour, nous voudrions un BAA pour l'API.")).caseId).toBe(
      'enterprise',
    );
  });
});

describe('German "ChatGPT selbst setzen wir nicht ein"', () => {
  it('rules ChatGPT out', () => {
    const text =
      'Wir brauchen ein BAA. Es geht um die Batch-Schnittstelle. ChatGPT selbst setzen wir nicht ein.';
    expect(detect(one(text, 'BAA')).caseId).toBe('api');
  });
});

describe('a product put off', () => {
  it('is not this request\'s, "a 2026 thing at the earliest", beside "let\'s just do Enterprise now"', () => {
    const reply =
      "Mostly ChatGPT Enterprise - that's for our 60 care coordinators and it's the urgent part. Our devs have talked about the API but that's a 2026 thing at the earliest, so let's just do Enterprise now.";
    expect(detect(answered(reply)).caseId).toBe('enterprise');
  });

  it.each([
    "We're doing the API integration first, as planned. ChatGPT Enterprise for physicians is a maybe for next fiscal year and not part of this request. Please proceed with the API BAA only.",
    "We'll probably look at ChatGPT Enterprise next year for the ops team, but that's not what this is about. Today we need the BAA for the API.",
  ])('is not this request\'s: "%s"', (text) => {
    expect(detect(answered(text)).caseId).toBe('api');
  });
});

describe('ChatGPT put to work on a BAA', () => {
  it.each([
    "I'm using ChatGPT Plus to draft a Business Associate Agreement between my dental office and our new billing company, and it keeps stopping halfway. Is that a limit of my plan?",
    'Pedi para o ChatGPT me ajudar a escrever um modelo de BAA para eu assinar com os meus clientes. Ele sempre para no meio da resposta. É limite do plano gratuito?',
  ])('reads ChatGPT as the tool and the BAA as its document: "%s"', (text) => {
    expect(detect(one(text, 'ChatGPT stops')).caseId).toBe('other');
  });

  it('still reads staff using ChatGPT to draft notes, and a BAA asked in the next sentence, as a request', () => {
    const text =
      'On voudrait que nos infirmières utilisent ChatGPT pour rédiger les transmissions. Il faut un BAA avec vous je crois ?';
    expect(detect(one(text, 'chatgpt pour nos infirmières')).caseId).toBe('enterprise');
  });
});

describe('who the BAA is with', () => {
  it.each([
    'Is there a template so I can write a proper HIPAA BAA between us and the transcription company?',
    'We just signed with an outside biller. Our attorney says we need a BAA with our billing company first. Any advice?',
    'Un hospital parceiro nos EUA quer que assinemos um BAA com eles. Vocês teriam um modelo que possamos usar?',
  ])('reads a BAA with a business of theirs, named by its role, as no request to us: "%s"', (text) => {
    expect(detect(one(text, 'BAA')).caseId).toBe('other');
  });

  it.each([
    'Our policy: we sign a BAA with every vendor that touches PHI. How do we get one from OpenAI?',
    'Hola, quisiera saber si OpenAI puede firmar un BAA con nuestra clínica.',
    'Anyone here who uses OpenAI with patient records needs a signed BAA with them. Please start the process.',
  ])(
    'still reads a policy for every vendor, the customer itself, or "them" after OpenAI as a request: "%s"',
    (text) => {
      expect(detect(one(text, 'BAA')).caseId).toBe('unclear');
    },
  );

  it('reads a date after "signed by" as no party', () => {
    const text = 'We need the BAA signed by Friday for our API project. How do we start?';
    expect(detect(one(text)).caseId).toBe('api');
  });
});

describe('Polish', () => {
  it('reads a BAA application not accepted, and applying again, as rejected', () => {
    const text =
      'Otrzymaliśmy informację, że nasz wniosek o BAA nie został zaakceptowany. Czy możemy złożyć wniosek ponownie?';
    expect(detect(one(text, 'Wniosek BAA – brak akceptacji')).caseId).toBe('rejected');
  });
});

describe('Swedish', () => {
  it('reads a BAA application refused ("fick avslag") as rejected', () => {
    const text =
      'Vi fick avslag på vår BAA-ansökan i förra veckan. Vad kan vi göra? Kan vi skicka in en ny ansökan?';
    expect(detect(one(text, 'BAA avslag')).caseId).toBe('rejected');
  });
});

describe('Turkish', () => {
  it('reads a BAA application not approved, and re-applying, as rejected', () => {
    const text =
      'Geçen hafta BAA başvurumuzun onaylanmadığına dair bir e-posta aldık. Kullanım senaryomuzu güncelleyip tekrar başvurmak istiyoruz.';
    expect(detect(one(text, 'BAA başvurumuz reddedildi')).caseId).toBe('rejected');
  });
});

describe('Korean', () => {
  it('reads Hangul words, and particles glued to Latin words, apart', () => {
    const rejected =
      '지난주 API 사용을 위한 BAA 신청이 승인되지 않았다는 메일을 받았습니다. 사용 사례를 수정해서 재신청하고 싶습니다.';
    expect(detect(one(rejected, 'BAA 승인 거절 관련')).caseId).toBe('rejected');
    const api =
      '서버에서 OpenAI API(gpt-4o, Whisper)를 호출해 진료 녹음을 요약하고 있습니다. 미국 고객사에서 OpenAI와의 BAA 체결을 요구하고 있어 절차를 문의드립니다.';
    const detection = detect(one(api, 'BAA 요청 (API 연동)'));
    expect([detection.caseId, detection.level]).toEqual(['api', 'high']);
  });
});

describe('single letters', () => {
  it('never reads the letter "b" ("plan B") as part of a BAA', () => {
    expect(detect(one('Our team follows HIPAA. For the rollout we chose plan B. Any tips?')).caseId).toBe(
      'other',
    );
  });
});

describe('a professor', () => {
  it('is no student writing a paper ("my professor")', () => {
    const text =
      "I'm an assistant professor. My lab's IRB-approved study calls GPT-4o from Python scripts against the API with our project key. The IRB says we need a BAA with OpenAI before we use identified notes. How do we request one?";
    expect(detect(one(text, 'BAA for IRB-approved research project')).caseId).toBe('api');
  });
});

describe('what a BAA is called', () => {
  it('reads "the HIPAA paperwork" as a BAA, and an IT services company as no sales pitch', () => {
    const paperwork =
      'Our devs run test data through the batch endpoint (Python SDK, keys under our org). Compliance says we cannot use real patient records until the HIPAA paperwork with you is signed. Who do I talk to?';
    expect(detect(one(paperwork, 'Paperwork needed before PHI goes through batch')).caseId).toBe('api');
    const company =
      "We are an IT services company developing a discharge summary generation application for one of our US hospital clients. It is built on gpt-4.1 through the OpenAI Python SDK. Per the client's compliance team, a BAA has to be executed between our organisation and OpenAI. Kindly share the procedure.";
    expect(detect(one(company, 'Requirement of BAA for API usage')).caseId).toBe('api');
  });
});

describe('a page posted as a ticket', () => {
  const article =
    'Is the OpenAI API HIPAA compliant?\nThe short version: OpenAI signs a Business Associate Agreement for the API only when the organization uses the zero data retention endpoints. Each BAA is reviewed case by case. The consumer tiers of ChatGPT are not covered, so the safest path for a developer is the API with a signed BAA and the right technical controls around the data.';

  it('reads an article that nobody writes to us (no "I" or "we", no greeting or "please") as no request, its title as why', () => {
    const detection = detect(one(article, 'Is OpenAI HIPAA compliant?'));
    expect(detection.caseId).toBe('other');
    expect(detection.evidence[0]?.text).toBe('Is the OpenAI API HIPAA compliant?');
  });

  it('reads a page of tables and lists, with few "the", as a page too', () => {
    const page =
      'Introduction\nChatGPT in its standard form is not HIPAA compliant and cannot be used by therapists to discuss client cases. Below is a summary of approaches available to therapists.\n| Method | HIPAA | Cost |\n|---|---|---|\n| Regular ChatGPT | No BAA | Free |\n| ChatGPT Enterprise | BAA available | Contact sales |\n| De-identified use | Risky | Free |\nEach option comes with limits and caveats for clinical work.';
    expect(detect(one(page, 'Can therapists use ChatGPT?')).caseId).toBe('other');
  });

  it.each([
    [
      'a person asking, with no greeting',
      'We need a BAA for our API integration. The app sends the visit notes to the API from our backend, with the keys of the organization, and the hospital that is our first customer wants the BAA in place before the launch. What is the process, and how long does the review of the request take for the zero data retention endpoints?',
      'api',
    ],
    [
      'a vendor-risk form that asks',
      'VENDOR RISK MANAGEMENT - ACTION REQUIRED. Supplier: OpenAI. Engagement: OpenAI API for the clinical summaries project. The supplier must provide an executed Business Associate Agreement before the purchase order is released. Please upload the signed BAA to the supplier portal by the end of the month so the review of the engagement can be completed.',
      'api',
    ],
    [
      'Spanish, which drops its pronouns',
      'Necesitamos un BAA para la API. La aplicación envía las notas de las consultas a la API de OpenAI desde el servidor, con las claves de la organización, y el cliente de Florida exige el BAA antes de la puesta en marcha del sistema en las clínicas de la red. ¿Cuál es el proceso para obtenerlo y cuánto tarda la revisión de la solicitud?',
      'api',
    ],
  ])('still reads %s', (_why, text, expected) => {
    expect(detect(one(text, 'BAA')).caseId).toBe(expected);
  });
});

describe('rejections, in words and not', () => {
  it('reads "does not meet the criteria" as a rejection, in Spanish too', () => {
    const spanish =
      'El equipo de BAA nos escribió que nuestro caso de uso "no cumple con los criterios actuales" y que podíamos actualizarlo. ¿Qué tendríamos que cambiar? Usamos la API para resumir llamadas de pacientes.';
    expect(detect(one(spanish, 'Solicitud BAA')).caseId).toBe('rejected');
  });

  it('reads "caso de uso" (use case) as no condition ("caso" is Portuguese "if")', () => {
    const text =
      'Nos dijeron que nuestro caso de uso fue rechazado. ¿Podemos volver a presentar la solicitud de BAA?';
    expect(detect(one(text, 'BAA')).caseId).toBe('rejected');
  });

  it('reads another LLM provider declining as no decision of ours', () => {
    const text =
      "Our previous LLM provider declined to sign a BAA with us last month, so we're migrating our pipeline to your API. We'd like to get a BAA in place with OpenAI for the API.";
    expect(detect(one(text, 'BAA for API - previous vendor declined')).caseId).toBe('api');
  });

  it('reads applying again after "what if we are not approved?" as part of the question', () => {
    const text =
      'Queremos firmar el BAA para usar la API en nuestro chatbot. Una duda: ¿qué pasa si no nos aprueban? ¿Se puede volver a solicitar?';
    expect(detect(one(text, 'BAA para la API')).caseId).toBe('api');
  });

  it('reads denied and rejected claims as no BAA decision', () => {
    const text =
      'Our platform pulls denied claims and sends them to GPT-4.1 through your API. About 18% of claims get rejected or denied on first submission. Our compliance team says we need a BAA with OpenAI. How do we get one?';
    expect(detect(one(text, 'BAA needed - denial management workflow')).caseId).toBe('api');
  });

  it('reads the product a message names as rejected over the few words of its subject', () => {
    const text =
      'Vorige maand hebben we via sales geprobeerd ChatGPT Enterprise met BAA af te nemen, maar dat werd afgewezen omdat we te weinig seats nodig hebben. We willen nu de API gebruiken: onze ontwikkelaar bouwt een tool. Hoe vragen we daarvoor een BAA aan?';
    expect(detect(one(text, 'BAA voor API na afwijzing Enterprise')).caseId).toBe('api');
  });

  it('reads Italian "non è stata accolta" as a rejection', () => {
    const text =
      'Ieri ci avete comunicato che la nostra richiesta di BAA non è stata accolta. Vorremmo capire se esiste un modo per rivedere la decisione.';
    expect(detect(one(text, 'Richiesta BAA')).caseId).toBe('rejected');
  });

  it("reads a reply above our BAA team's decision as quoting the decision, like forwarding it", () => {
    const body =
      'Could we get more detail on this? We are not sure what specifically failed the evaluation.\n\nOn Thu, Apr 10, 2025 at 4:55 PM OpenAI BAA Team <baa@openai.com> wrote:\n\n> Hello Brian,\n>\n> We have reviewed your application and unfortunately we are unable to approve it at this time.\n>\n> Regards,\n> OpenAI BAA Team';
    const ticket: Ticket = {
      subject: 'Re: Your BAA request',
      description: body,
      comments: [{ id: 1, authorRole: 'requester', public: true, body, html: false }],
    };
    expect(detect(ticket).caseId).toBe('rejected');
  });

  it.each([
    [
      "We got the email from your BAA team saying our API use case (automated diagnosis suggestions) wasn't approved. Understood. Our 25 clinicians want to use ChatGPT to draft referral letters. Can we get ChatGPT Enterprise with a BAA for that instead?",
      'enterprise',
    ],
    [
      "Your sales team said a BAA isn't something they can offer on our 20-seat Team plan. Fine. Can we get a BAA for the API instead? Our developer would build a small internal tool on it.",
      'api',
    ],
  ])('reads a refusal for one product and a request for the other as that other: "%s"', (text, expected) => {
    expect(detect(one(text, 'BAA')).caseId).toBe(expected);
  });

  it('reads a purchase order rejected by their procurement team, to resubmit, as no BAA decision', () => {
    const text =
      "Our purchase order for OpenAI was rejected by our procurement team because there's no BAA on file for OpenAI as a vendor. How do we get one signed so I can resubmit the PO?";
    expect(detect(one(text, 'PO rejected - need BAA on file')).caseId).toBe('unclear');
  });

  it('reads "neither approval nor refusal" as a request still pending', () => {
    const french =
      "Nous avons écrit à baa@openai.com il y a dix jours pour notre organisation API. Notre demande n'a pas encore été traitée : nous n'avons reçu ni accord ni refus. Pourriez-vous vérifier ?";
    expect(detect(one(french, 'Relance – demande de BAA API')).caseId).toBe('api');
  });

  it('reads "acesso negado" (an API error) as no BAA decision', () => {
    const portuguese =
      'Nosso BAA foi assinado semana passada. Desde então, as chamadas para /v1/assistants retornam 403 com "acesso negado". Isso é esperado?';
    expect(detect(one(portuguese, 'Acesso negado na API depois do BAA')).caseId).toBe('other');
  });
});

describe('German "inklusive BAA"', () => {
  it('reads a quote including a BAA as asked for, not in place', () => {
    const text =
      'Unsere US-Tochter möchte ChatGPT für Unternehmen einführen, zunächst ca. 80 Lizenzen. Können Sie uns ein Angebot inklusive BAA zukommen lassen?';
    expect(detect(one(text, 'BAA für ChatGPT für Unternehmen')).caseId).toBe('enterprise');
  });
});

describe('other matters beside HIPAA', () => {
  it.each([
    [
      'a SOC 2 report and a security questionnaire',
      "As part of our annual vendor risk review, we need OpenAI's latest SOC 2 Type II report and a completed security questionnaire. We're a HIPAA covered entity so some questions relate to PHI handling. How do we request these?",
    ],
    [
      'a phishing report',
      'Our SOC flagged emails to our clinicians from "OpenAI BAA Team <baa@openai-compliance.net>" with a "Review and sign your Business Associate Agreement" link. We never requested a BAA. Please confirm this is not legitimate; it looks like someone impersonating you.',
    ],
    [
      'invoices, with the BAA fine',
      'Your monthly invoice emails are being rejected by our mail server. Please send future invoices to invoices@example.com. Our BAA and everything else with you is fine, this is just about where our ChatGPT Enterprise invoices go.',
    ],
    [
      '"BAA" spelled out as a prefix of theirs',
      'Checking on payment reference BAA-20391 ("BAA" is our Boston Admin Accounts prefix). Our card was charged twice for the same API usage invoice.',
    ],
  ])('reads %s as no BAA request', (_why, text) => {
    expect(detect(one(text, 'Question')).caseId).toBe('other');
  });

  it('still reads a BAA wished for beside a SOC 2 report as a request', () => {
    const text =
      'For our vendor review we need a BAA for the API and your SOC 2 report. How do we request them?';
    expect(detect(one(text, 'Vendor review')).caseId).toBe('api');
  });
});

describe('sales pitches that mention BAAs', () => {
  it.each([
    [
      'English, a complimentary review',
      "Our firm advises digital health companies on HIPAA. Many AI vendors struggle with business associate agreement language. We're offering a complimentary 30-minute review of your standard BAA template. If this is of interest, please reply.",
    ],
    [
      'Spanish, twenty minutes for a call',
      'En Normativa Salud ayudamos a empresas de tecnología a cumplir con HIPAA: auditorías, plantillas de BAA y capacitación. ¿Tendrían 20 minutos la próxima semana para una llamada?',
    ],
    [
      'Spanish, an online course at corporate rates',
      'Nuestra consultora ofrece un curso en línea sobre HIPAA y BAAs para equipos de soporte, con tarifas corporativas desde 10 personas. ¿Desean que les enviemos el temario?',
    ],
    [
      'Italian, a collaboration proposed',
      'Sono titolare di un’agenzia di traduzioni medico-legali (contratti BAA, informative privacy). Vi proponiamo una collaborazione per i vostri documenti. Resto a disposizione per una call conoscitiva.',
    ],
  ])('reads %s as no request', (_why, text) => {
    expect(detect(one(text, 'Proposal')).caseId).toBe('other');
  });
});

describe('a thread read in the order it was written', () => {
  it('reads what follows a decision in forwarded mail as part of it, not a new request after it', () => {
    const body = [
      'Forwarding the decision below. We would like it reconsidered. For context, our whole staff already uses ChatGPT Enterprise. Is there an appeal route?',
      '',
      '---------- Forwarded message ---------',
      'From: OpenAI BAA Team <baa@openai.com>',
      'Subject: Re: BAA application',
      '',
      'Thank you for your patience while we reviewed your request. Unfortunately we cannot approve a BAA for the described API use at this time.',
      '',
      '---------- Original message ---------',
      'From: Ana Ruiz <ana@example.org>',
      'Subject: BAA application',
      '',
      'We are a current ChatGPT Enterprise customer and would like a BAA for the API to build a dosing checker.',
    ].join('\n');
    expect(detect(one(body, 'Fwd: BAA decision')).caseId).toBe('rejected');
  });

  it("reads a request refused and appealed as the customer's case, though it asks for a call", () => {
    const spanish =
      'El equipo de BAA nos respondió que no pueden aprobar nuestra solicitud porque el asistente "da orientación médica". No es así: solo agenda citas. Queremos apelar la decisión. ¿Podemos tener una llamada?';
    expect(detect(one(spanish, 'Apelación - solicitud de BAA rechazada')).caseId).toBe('rejected');
  });

  it('reads a change of plans, ChatGPT talked out of, as the API it turns to', () => {
    const ticket = answered(
      "Change of plans: our IT consultant talked us out of rolling ChatGPT out to everyone. He'll wire our triage tool into your API instead, and staff won't use ChatGPT directly. So it's the API BAA we need after all.",
      QUESTION,
      true,
      'We would like a BAA for ChatGPT Business for our 20 staff.',
    );
    expect(detect(ticket).caseId).toBe('api');
  });
});

describe('names and phrases that are not what they look like', () => {
  it('reads a dotted B.A.A. spelled out as a club as no Business Associate Agreement', () => {
    const italian =
      "Sono il tesoriere della B.A.A. (Basket Amatori Arezzo). Abbiamo ChatGPT Plus per il calendario delle partite: come posso intestare la fattura all'associazione?";
    expect(detect(one(italian, 'Fattura B.A.A.')).caseId).toBe('other');
  });

  it('reads "Is a BAA available for this?" as asked of us, and Agent Builder and ChatKit as the API', () => {
    const text =
      "We built a referral-intake workflow in Agent Builder and embedded it on our portal with ChatKit, on our organization's keys. Is a BAA available for this?";
    expect(detect(one(text, 'BAA?')).caseId).toBe('api');
  });

  it.each([
    [
      'English, signed with the contract',
      'Our ChatGPT Enterprise contract (and the BAA signed with it) renews in March. Who is our new account contact?',
    ],
    [
      'German, declined before the noun',
      'Wir haben ChatGPT Enterprise inklusive unterzeichnetem BAA. Bitte ändern Sie unsere Rechnungsanschrift.',
    ],
    [
      'German, in the subject',
      'Bitte ändern Sie die Rechnungsanschrift für ChatGPT Enterprise auf Cambridge, MA.',
      'Neue Anschrift (Enterprise, BAA vorhanden)',
    ],
  ])('reads a BAA already in place (%s) as no new request', (_why, text, subject = 'Question') => {
    expect(detect(one(text, subject)).caseId).toBe('other');
  });

  it('reads ChatGPT used to review a BAA with a billing company as the tool, not a request', () => {
    const text =
      "I'm using ChatGPT to review the business associate agreement our clinic has with our billing company. It only reads the first pages of the .docx. Is there a page limit on Plus?";
    expect(detect(one(text, 'Upload question')).caseId).toBe('other');
  });
});

describe('letters about BAAs that ask none of us, and one that does', () => {
  it.each([
    [
      'a student writing a thesis, in Portuguese',
      'Sou estudante de mestrado e estou a preparar uma dissertação sobre contratos de dados de saúde. A OpenAI publica os termos do seu Business Associate Agreement? Trata-se apenas de investigação académica.',
    ],
    [
      'a podcast host',
      'I host a podcast for hospital compliance leaders. Our next episode covers how health systems contract with AI companies: BAAs, retention, audits. Would someone from OpenAI join a recorded conversation?',
    ],
    [
      'a customer closing the loop',
      'Just closing the loop: we emailed baa@, they approved us, and the countersigned agreement arrived this morning. Nothing else needed, you can close this.',
    ],
  ])('reads %s as no request', (_why, text) => {
    expect(detect(one(text, 'BAA')).caseId).toBe('other');
  });

  it("reads counsel's request that OpenAI enter into a BAA with their client as a request to us", () => {
    const text =
      "We are outside counsel to Vireo Health. Vireo's platform sends visit notes to OpenAI models through programmatic calls with Vireo's own API keys. We request that OpenAI enter into a Business Associate Agreement with Vireo covering these services.";
    expect(detect(one(text, 'Business Associate Agreement – Vireo Health')).caseId).toBe('api');
  });
});
