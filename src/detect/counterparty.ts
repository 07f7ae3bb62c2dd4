/**
 * Who a BAA is with, read from the words around it, and whether "BAA" is a Business Associate
 * Agreement at all. Rules that generalize rather than list:
 * - the BAA's counterparty is named and it is not OpenAI, whatever its name ("a BAA with Supabase",
 *   "PostHog's BAA", "does Nhost sign a BAA?") → the question is for them; so is a business of theirs
 *   named by its role ("a BAA with our billing company", "com eles" after "um hospital parceiro");
 * - "BAA" spelled out as something else ("the Bay Area AI Alliance (BAA)", "a BAA (Bachelor of
 *   Applied Arts)"), part of a name ("BAA Training Ltd", "Baa Baa Farm") → no BAA at all.
 * Each BAA is looked at through a window of bounded size, so the reading is linear in the text.
 */

/** A party named as the BAA's other side, where it stands in the text. */
export interface Party {
  name: string;
  offset: number;
  /** The letter is addressed to this party ("Dear Deepgram Team"): its "your" is theirs, not ours. */
  addressed?: boolean;
}

export interface BaaContext {
  /** Parties other than OpenAI named as the BAA's other side. */
  otherParties: Party[];
  /** "BAA" written here means something else (an acronym spelled out, a name). */
  otherMeaning: boolean;
}

/** Characters read on each side of a BAA. */
const WINDOW = 120;

/** Names that are us, in the languages we read ("mit Ihnen", "avec vous", "con ustedes", "met jullie"). */
const OURS =
  /^(?:open ?ai|chat ?gpt|you|your|yours|us|ihnen|sie|ihr|ihrer|ihrem|euch|vous|usted|ustedes|voi|lei|voc[eê]s?|jullie|u)(?!\p{L})/iu;

/** A gloss that names us or health ("BAA - Bitte um Angebot für die API") is about a BAA with us. */
const OURS_OR_HEALTH = /\b(?:api|chatgpt|openai|hipaa|phi)\b/i;

/** Words that spell out a Business Associate Agreement in the languages we read. */
const SPELLED_AS_BAA =
  /business|associate|asociad|associ[eé]|gesch[äa]ftspartner|partner|zakenpartner|agreement|acuerdo|accord|vereinbarung|acordo|overeenkomst|contrat|contract|vertrag|hipaa|アソシエ|提携/i;

/** "a BAA with Supabase", "un BAA con Epic": the party after the BAA ("for" is not: "a BAA for Acme Health" is theirs). */
const PARTY_AFTER =
  /^(?:s|['’]s)?\s+(?:(?:agreements?|addendums?|contracts?)\s+)?(?:with|from|signed by|offered by|provided by|con|avec|mit|com|met)\s+(?:the\s+)?([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2})/u;
/** "Does Nhost sign a BAA?", "PostHog offers a BAA": the party before it, as the one who signs or offers. */
const PARTY_BEFORE =
  /(?:^|[\s(])((?:Does|Do|Will|Would|Can|Could)\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(offers?|provides?|offering|providing|signs?|enters? into)\s+(?:a\s+|an\s+|the\s+|their\s+)?$/u;
/** Sentence openers, pronouns, our product words and dates ("signed by Friday"): capitalized, but no party. */
const NOT_A_PARTY =
  /^(?:does|do|did|will|would|can|could|is|are|we|i|they|our|my|the|a|an|please|also|and|but|if|so|hi|hello|thanks|no|yes|who|which|what|when|how|why|currently|hipaa|phi|baa|baas|business|covered|health|healthcare|medical|api|apis|enterprise|team|teams|edu|plus|pro|gpt|platform|whisper|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|eod|end|q[1-4]|customer|customers|client|clients)$/i;

const COMPANY_SUFFIX =
  /^(?:[\s,]+[A-Z][\w&-]*){0,3}[\s,]+(?:Ltd|Limited|Inc|LLC|GmbH|Corp|BV|B\.V\.|SA|S\.A\.|Srl|S\.r\.l|SpA|S\.p\.A|AG|Pty|PLC)\b/u;

function partyName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const words = raw.split(/\s+/).filter((word) => !NOT_A_PARTY.test(word.replace(/['’]s$/u, '')));
  const name = words.join(' ');
  if (name === '' || OURS.test(name)) return undefined;
  return name;
}

function partyAfter(after: string, from: number): Party | undefined {
  const match = PARTY_AFTER.exec(after);
  const name = partyName(match?.[1]);
  return match?.[1] && name ? { name, offset: from + after.indexOf(match[1]) } : undefined;
}

/**
 * A business the customer deals with, named by its role: "a BAA with our billing company", "BAAs signed with
 * our own vendors", "un BAA con nuestros proveedores". The BAA is between them, not with us.
 */
const ROLE =
  '(?:vendor|biller|billing (?:company|service|firm)|(?:transcription|answering|shredding|staffing|cleaning) (?:company|service)|(?:sub)?contractor|partner|client|insurer|payer|clearinghouse|proveedor|fornecedor|fournisseur|prestataire|fornitore|leverancier|dienstleister|cliente|klant|kunden?|socio|parceiro|partenaire)';
/**
 * One business of theirs ("our biller", "the transcription company"); "any vendor", "every subcontractor" is
 * a policy that includes us, and "our clinic" is the customer.
 */
const DETERMINERS =
  '(?:the|our|my|her|his|their|nuestro|nuestra|mi|el|la|nosso|nossa|o|a|notre|mon|ma|le|unserem|unseren|dem|den|nostro|nostra|il|onze|de|het)\\s+(?:own\\s+|outside\\s+|new\\s+|external\\s+)?';
const ROLE_AFTER = new RegExp(
  `^(?:s|['’]s)?\\s+(?:signed\\s+)?(?:with|between us and|con|avec|mit|com|met|entre nosotros y|entre nous et|entre n[óo]s e)\\s+${DETERMINERS}(?:[a-z]+\\s+)?${ROLE}(?!\\p{L})`,
  'iu',
);
/** "… hired a billing company. My attorney says I need a BAA with them": the role named before is the party. */
const THEM_AFTER =
  /^(?:s|['’]s)?\s+(?:signed\s+)?(?:with them|com eles|com elas|con ellos|con ellas|avec eux|avec elles|con loro|met hen|met hun)(?!\p{L})/iu;
const ROLE_ANYWHERE = new RegExp(`(?<!\\p{L})${ROLE}(?!\\p{L})`, 'giu');
/** OpenAI or its products named: "them" after it is us ("anyone here uses OpenAI … we need a BAA from them"). */
const US_ANYWHERE = /open ?ai|chat ?gpt|\bapi\b|\byou\b|\byour\b/giu;

function partyByRole(after: string, before: string, from: number): Party | undefined {
  const named = ROLE_AFTER.exec(after);
  if (named && !/\b(?:your|you|openai)\b/iu.test(named[0])) return { name: named[0].trim(), offset: from };
  if (!THEM_AFTER.test(after)) return undefined;
  const lastRole = lastIndexOf(ROLE_ANYWHERE, before);
  return lastRole >= 0 && lastRole > lastIndexOf(US_ANYWHERE, before)
    ? { name: 'them', offset: from }
    : undefined;
}

/** Where the pattern's last match in the text starts, or -1. */
function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index;
  return last;
}

/** "Does Nhost sign a BAA?" names a party; "Our officer signs the BAA" does not (only a question's "sign" counts). */
function partyBefore(before: string, from: number): Party | undefined {
  // The pattern is tried at every character; most windows have none of its verbs.
  if (
    !before.includes('offer') &&
    !before.includes('provid') &&
    !before.includes('sign') &&
    !before.includes('enter')
  )
    return undefined;
  const match = PARTY_BEFORE.exec(before);
  if (!match?.[2] || (match[3]?.startsWith('sign') && !match[1])) return undefined;
  const name = partyName(match[2]);
  return name ? { name, offset: from + match.index + match[0].indexOf(match[2]) } : undefined;
}

const isLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || code > 0x7f;

/** Where each "baa" of the lower-cased text stands as a word of its own. */
function baaPositions(lower: string): number[] {
  const positions: number[] = [];
  for (let at = lower.indexOf('baa'); at >= 0; at = lower.indexOf('baa', at + 3)) {
    // "BAAs with Cloudflare" too: a plural's "s" is read as part of what follows.
    const next = lower.charCodeAt(at + 3) === 0x73 ? at + 4 : at + 3;
    if (!isLetter(lower.charCodeAt(at - 1)) && !isLetter(lower.charCodeAt(next))) positions.push(at);
  }
  return positions;
}

/**
 * Capitalized words whose initials spell the acronym: B, then A ("Bachelor of Applied Arts", "Boston
 * Athletic Association", "Bay Area AI Alliance", or in lower case "baccalauréat en arts appliqués");
 * "BAA (Kooperation mit US-Kliniken)" is a remark.
 */
function spellsBaa(words: string): boolean {
  return initials(words).includes('BA');
}

/** The initials of the capitalized words; all lower case ("baccalauréat en arts appliqués"): of its words of four letters or more. */
function initials(words: string): string {
  const capitalized = words.match(/\p{Lu}[\p{L}-]*/gu) ?? [];
  const spelled = capitalized.length > 0 ? capitalized : (words.match(/\p{L}{4,}/gu) ?? []);
  return spelled
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}

/** "BAA" spelled out as something else, or standing in a name. */
/** Characters before a BAA read for "called", "named": the longest such word, a quote mark and spaces. */
const NAMED_WINDOW = 16;
/** "called", "named" just before, a quote mark between: the BAA is a name. */
const NAMED_BEFORE =
  /\b(?:called|named|nicknamed|llamad[oa]|nommée?|appelée?|chiamat[oa]|genannt|heet|chamad[oa])\s*(?:["“'‘«]\s*)?$/iu;

/** "BAA (Bachelor of Applied Arts)", "BAA 2027 (Becas de Artes Aplicadas)": spelled out as something else. */
function spelledOutAfter(after: string): boolean {
  const bracketed = /^\s*(?:\d{2,4}\s*)?\(([^)]{6,80})\)/u.exec(after)?.[1];
  return bracketed !== undefined && spellsBaa(bracketed) && !SPELLED_AS_BAA.test(bracketed);
}

function meansSomethingElse(text: string, at: number): boolean {
  const word = text.slice(at, at + 3);
  const after = text.slice(at + 3, at + 3 + WINDOW);
  const before = text.slice(Math.max(0, at - WINDOW), at);
  if (spelledOutAfter(after)) return true;
  // "BAA = Bay Area AI", "BAA - Bottega d'Arte Applicata": every letter spelled ("BAA - Bitte um Angebot" is not).
  // "\"BAA\" is our Boston Admin Accounts prefix", "BAA stands for …" too.
  const glossed = /^["”']?\s*(?:[=:–—-]|stands for|means|is (?:our|the|an?))\s*([^,.;:()\n=]{6,80})/u.exec(
    after,
  )?.[1];
  if (
    glossed &&
    initials(glossed).startsWith('BAA') &&
    !SPELLED_AS_BAA.test(glossed) &&
    !OURS_OR_HEALTH.test(glossed)
  )
    return true;
  // A GPT "called "BAA"", a project "named BAA": a name given to something.
  if (NAMED_BEFORE.test(before.slice(-NAMED_WINDOW))) return true;
  // "the Bay Area AI Alliance (BAA)"
  if (before.endsWith('(') && after.startsWith(')')) {
    const spelledBefore = capitalizedRunBefore(before.slice(0, -1));
    if (spelledBefore && spellsBaa(spelledBefore) && !SPELLED_AS_BAA.test(spelledBefore)) return true;
  }
  // "Baa Baa Farm": a name written in title case next to another capitalized word (the words before
  // are split only for a title-case "Baa").
  if (word === 'Baa') {
    const previousWord = before.trimEnd().split(/\s+/u).pop() ?? '';
    const spaceBefore = before.length > before.trimEnd().length;
    if (/^\s+[A-Z]/u.test(after) || (spaceBefore && /^[A-Z]/u.test(previousWord))) return true;
  }
  // "Baa, baa, black sheep": the sheep says it twice.
  if (/^[\s,!]+baa(?!\p{L})/iu.test(after)) return true;
  // "BAA Training Ltd"
  return COMPANY_SUFFIX.test(after);
}

/** `lower`: the text lower-cased with its length kept (the folded text), when already made. */
/** The capitalized words (with short joiners: "of", "AI") ending the text, if two or more: a name spelled out. */
function capitalizedRunBefore(text: string): string | undefined {
  const words = text.trimEnd().split(/\s+/u).slice(-8);
  let start = words.length;
  let capitalized = 0;
  while (start > 0) {
    const word = words[start - 1] ?? '';
    if (/^[A-Z]/u.test(word)) capitalized++;
    else if (word.length > 4) break;
    start--;
  }
  return capitalized >= 2 ? words.slice(start).join(' ') : undefined;
}

/**
 * "Dear Deepgram Team," "Hi Vercel support": a letter addressed to another company's team, at a line's
 * start. Sticky: it is tried only where a line starts (see addressedTeam), not at every character.
 */
const ADDRESSED_TEAM =
  /[ \t]*(?:Dear|Hi|Hello|Hey|Hola|Estimado equipo de|Bonjour l'équipe|Liebes|Olá equipe|Ciao team|Beste)\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)\s+(?:Team|team|Support|support|Sales|sales|folks)\b/uy;
/** The same greeting at any line's start, for a text whose lines may end other than with "\n". */
const ADDRESSED_TEAM_AT_ANY_LINE = new RegExp(`^${ADDRESSED_TEAM.source}`, 'mu');

/** The first line that greets another company's team (what ADDRESSED_TEAM_AT_ANY_LINE finds). */
function addressedTeam(text: string): RegExpExecArray | null {
  // A pattern's "^" tries every character; only "\n" is looked for here (includes is a fast scan).
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029'))
    return ADDRESSED_TEAM_AT_ANY_LINE.exec(text);
  for (let start = 0; start >= 0;) {
    ADDRESSED_TEAM.lastIndex = start;
    const match = ADDRESSED_TEAM.exec(text);
    if (match) return match;
    const newline = text.indexOf('\n', start);
    start = newline < 0 ? -1 : newline + 1;
  }
  return null;
}

/** "Is Keybase HIPAA compliant?", "Is Zoom HIPAA-compliant": the product asked about. */
const COMPLIANT_QUESTION =
  /\b(?:Is|is|Are|are)\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+HIPAA[- ]compliant/u;
/** Characters before "HIPAA compliant" read for the product asked about. */
const COMPLIANT_WINDOW = 60;

/** The other company's product a "Is … HIPAA compliant?" question is about, read only where the phrase stands. */
function compliantQuestion(text: string, lower: string): Party | undefined {
  const at = lower.search(/hipaa[- ]compliant/u);
  if (at < 0) return undefined;
  const from = Math.max(0, at - COMPLIANT_WINDOW);
  const match = COMPLIANT_QUESTION.exec(text.slice(from, at + 16));
  const name = partyName(match?.[1]);
  return match?.[1] && name ? { name, offset: from + match.index + match[0].indexOf(match[1]) } : undefined;
}

/**
 * "Deepgram's speech-to-text API", "PostHog's BAA": a product or BAA that is another company's; not "Highlands
 * Medical Center's request for a BAA", the customer's own request.
 */
const POSSESSED =
  /\b([A-Z][\w.&-]*)['’]s\s+(?!request|application)(?:\w[\w-]*\s+){0,3}?(?:API|APIs|platform|BAA|Business Associate|Cloud|service|services)\b/gu;
/** Words that only a BAA in another sense keeps company with: athletics, broadband, degrees, airports, the Maldives atoll. */
const OTHER_SENSE =
  /\b(?:runners?|qualif(?:ier|ying)|broadband|bachelor|baccalaur\S*|airports?|heathrow|gatwick|stansted|sheep|lambs?|atoll[oi]?|atolls|maldiv\w*|malediven)\b/i;
/**
 * A BAA in another sense whatever else is said: research funding calls ("DARPA BAA HR001125S0007") and
 * the Boston Marathon's organizer ("charity bibs from the B.A.A.", a hospital foundation's team) are often
 * about health.
 */
const STRONG_OTHER_SENSE =
  /\b(?:darpa|broad agency announcements?|agency announcement|marathon|athletic association|buy american)\b/i;
const HEALTH_SENSE = /\b(?:hipaa|phi|patient|health|medical|clinic|hospital|covered entity)/i;

/** "[PostHog/posthog] HIPAA Compliance (Issue #17504)": GitHub's mail about another project's issue. */
const REPOSITORY_SUBJECT = /^(?:(?:Re|RE|Fwd|FW):\s*)?\[([\w.-]+)\/[\w.-]+\]/u;

/** Parties named away from the BAA: the company a letter is addressed to, or whose product it is. */
function partiesAround(text: string): Party[] {
  const parties: Party[] = [];
  const addressed = addressedTeam(text);
  const addressedName = partyName(addressed?.[1]);
  if (addressed?.[1] && addressedName)
    parties.push({
      name: addressedName,
      offset: addressed.index + addressed[0].indexOf(addressed[1]),
      addressed: true,
    });
  // A possessive needs an apostrophe before its "s": most messages have none, and the pattern costs a
  // try at every capitalized word.
  const possessives = text.includes("'s") || text.includes('’s') ? text.matchAll(POSSESSED) : [];
  for (const match of possessives) {
    const name = partyName(match[1]);
    if (name && match[1]) parties.push({ name, offset: match.index });
    if (parties.length >= 2) break;
  }
  return parties;
}

export function baaContext(text: string, lower = text.toLowerCase()): BaaContext {
  const context: BaaContext = { otherParties: [], otherMeaning: false };
  if (lower.length !== text.length) return context;
  const repository = REPOSITORY_SUBJECT.exec(text)?.[1];
  if (repository && !/^open-?ai$/i.test(repository))
    context.otherParties.push({ name: repository, offset: 1 });
  // "B.A.A. Servizi Assicurativi S.r.l.", "la B.A.A. (Bocciofila Amatori Alessandria)": the dotted
  // acronym as a company's or a club's name.
  const dotted = /B\.A\.A\./u.exec(text);
  const afterDotted = dotted ? text.slice(dotted.index + 6, dotted.index + 6 + WINDOW) : '';
  if (dotted && (COMPANY_SUFFIX.test(afterDotted) || spelledOutAfter(afterDotted)))
    context.otherMeaning = true;
  // "Is Keybase HIPAA compliant?": a question about another company's product, with no BAA named.
  const compliant = compliantQuestion(text, lower);
  if (compliant) context.otherParties.push(compliant);
  if (!lower.includes('baa') && !lower.includes('b.a.a') && !lower.includes('business associate'))
    return context;
  context.otherParties.push(...partiesAround(text.slice(0, WINDOW * 40)));
  // The health test first: it stops at the first health word, the weaker senses' alternation reads it all.
  if (STRONG_OTHER_SENSE.test(lower) || (!HEALTH_SENSE.test(lower) && OTHER_SENSE.test(lower)))
    context.otherMeaning = true;

  for (const at of baaPositions(lower)) {
    if (meansSomethingElse(text, at)) {
      context.otherMeaning = true;
      continue;
    }
    const before = text.slice(Math.max(0, at - WINDOW), at);
    const after = text.slice(at + 3, at + 3 + WINDOW);
    const party =
      partyAfter(after, at + 3) ??
      partyBefore(before, at - before.length) ??
      partyByRole(after, before, at + 3);
    if (party) context.otherParties.push(party);
  }
  return context;
}
