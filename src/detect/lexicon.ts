/**
 * What detection looks for, as data: per-language phrase lists, one list per signal.
 *
 * A phrase is written as people write it; it is folded and tokenized exactly like ticket text
 * (lower case, no diacritics, filler words such as articles dropped), so "acuerdo de asociado
 * comercial" also matches "Acuerdo de Asociado Comercial" and "for the API" matches "for our API".
 * A weight after a phrase (`['developer', 0.5]`) says how strongly it points at its signal;
 * without one the signal's default weight applies (SIGNAL_WEIGHT).
 */

export type Signal =
  /** Names a Business Associate Agreement. */
  | 'baa'
  /** A typo for BAA ("BBA"): names one only where HIPAA or patient data is named too (else a degree). */
  | 'baaTypo'
  /** HIPAA named: a hint of a BAA question, not enough alone (signatures say "HIPAA-compliant"). */
  | 'hipaa'
  /** Patient data: a hint that, with HIPAA, makes a BAA question. */
  | 'phi'
  /** The API platform. */
  | 'api'
  /** ChatGPT in any plan (Enterprise, Team, Edu, Business, Plus, for Healthcare): sales handles it. */
  | 'enterprise'
  /** "Both": the two products at once. */
  | 'both'
  /** A request was declined. Counts only when it is about a BAA request. */
  | 'rejected'
  /** Re-applying or appealing, which only follows a rejection, even after "if" ("if we re-apply..."). */
  | 'reapply'
  /** A request or application: what a rejection is about. */
  | 'request'
  /** What else gets declined (a card, a payment, an insurance claim, an API call): "declined" next to it is no BAA rejection. */
  | 'declinable'
  /** "Different question this time": the message leaves the thread's earlier matter (a rejection) behind. */
  | 'newTopic'
  /** "We decided:", "what we actually need is": the product named next is the customer's choice. */
  | 'choice'
  /** The customer's own side (legal, compliance): "Legal won't sign off" is no rejection by us. */
  | 'ownSide'
  /** An agreement already signed or in place. */
  | 'already'
  /** Wanting or conditional words ("until we have", "needs a signed"): a BAA "in place" is not yet there. */
  | 'intent'
  /** A condition ("what happens if we're not approved?"): a rejection after it has not happened. */
  | 'conditional'
  /** Still choosing between the products ("still deciding between"): ask. */
  | 'undecided'
  /** Another vendor (Azure OpenAI, AWS, Google, Microsoft): their BAA is not ours to give. */
  | 'vendor'
  /** "With OpenAI", "your API": the question is about us even though a vendor is named. */
  | 'direct'
  /** Says outright that no BAA is wanted. */
  | 'noBaa'
  /** Negates a product named within a few words after it ("not the API", "we don't use ChatGPT"). */
  | 'negator'
  /** Negates the product just before it (Japanese: "ChatGPTではなく"). */
  | 'postNegator'
  /** Ends a negation's scope ("not ChatGPT but the API"). */
  | 'contrast'
  /** Personal use ("I personally use ChatGPT Plus"): a product named this way is not what the BAA is for. */
  | 'incidental'
  /** Put off ("ChatGPT Enterprise is a maybe for next year"): the product named before it is not this request's. */
  | 'deferred'
  /** E-mail confidentiality footers: HIPAA and PHI after it are boilerplate. */
  | 'disclaimer'
  /** Mail that asks nothing of us: recruiting, marketing, newsletters, invitations. */
  | 'notRequest'
  /** A person's privacy question: is what I type kept private, used for training, deleted? */
  | 'privacy'
  /** Points at the first product offered in our "API or ChatGPT Enterprise?" ("the first one", "前者"). */
  | 'firstOption'
  /** Points at the second product offered ("the latter", "option 2", "la segunda"). */
  | 'secondOption'
  /**
   * Another country's data-protection law (GDPR, LGPD, HDS), or another compliance document (a SOC 2 report, a
   * security questionnaire): a question under it is not a BAA request.
   */
  | 'otherLaw'
  /** Phrases that must not be read as their parts ("enterprise agreement", "not sure", a DPA). */
  | 'neutral';

/**
 * Wishes that make a BAA a condition, folded: a BAA "in place before they renew" or "a signed BAA is a hard
 * requirement" is not there yet.
 */
export const CONDITION_WORDS: ReadonlySet<string> = new Set([
  'before', 'until', 'unless', 'must', 'must have', 'requirement', 'hard requirement', 'prerequisite', 'mandatory', 'antes', 'antes de', 'hasta',
  'requisito', 'obligatorio', 'avant', 'avant de', 'jusqu a', 'exigence', 'obligatoire', 'bevor', 'solange',
  'voraussetzung', 'pflicht', 'finche', 'obbligatorio', 'voordat', 'totdat', 'vereiste',
  'verplicht', 'ate', 'obrigatorio',
]); // prettier-ignore

export type Term = string | readonly [phrase: string, weight: number];
export type SignalTerms = Partial<Record<Signal, readonly Term[]>>;

export const SIGNAL_WEIGHT: Record<Signal, number> = {
  baa: 1,
  baaTypo: 1,
  hipaa: 0.6,
  phi: 0.4,
  api: 1,
  enterprise: 1,
  both: 1,
  rejected: 1,
  reapply: 1,
  request: 1,
  declinable: 1,
  newTopic: 1,
  choice: 1,
  ownSide: 1,
  already: 1,
  intent: 1,
  conditional: 1,
  undecided: 1,
  vendor: 1,
  direct: 1,
  noBaa: 1,
  negator: 1,
  postNegator: 1,
  contrast: 1,
  disclaimer: 1,
  incidental: 1,
  deferred: 1,
  firstOption: 1,
  secondOption: 1,
  notRequest: 1,
  privacy: 1,
  otherLaw: 1,
  neutral: 0,
};

/** Words skipped when matching phrases: articles, possessives, elided French l'/d'. */
export const FILLER_WORDS: readonly string[] = [
  // English
  'a', 'an', 'the', 'my', 'their', 'its', 'this', 'that', 'these', 'those', 'of', 's', 'some',
  // Spanish
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'sus', 'mi', 'de', 'del',
  // French
  'le', 'les', 'une', 'l', 'd', 'du', 'des', 'notre', 'nos', 'vos', 'leur',
  // German
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'einem', 'einer', 'unser', 'unsere', 'unseren', 'unserer',
  // Portuguese
  'o', 'os', 'as', 'um', 'uma', 'nosso', 'nossa', 'nossos', 'nossas', 'do', 'da', 'dos', 'das', 'seu',
  // Italian
  'il', 'lo', 'gli', 'di', 'della', 'dello', 'dei', 'degli', 'delle', 'nostro', 'nostri', 'nostre',
  // Dutch
  'het', 'een', 'ons', 'onze', 'van',
]; // prettier-ignore

/**
 * Spelling variants, as anchored regular expressions over one folded word: the canonical word on
 * the left, every way customers were seen to write it on the right, and the first two letters any
 * variant starts with (only words starting so are tested, each distinct word once).
 */
export const SPELLING_VARIANTS: Readonly<Record<string, { prefixes: readonly string[]; pattern: RegExp }>> = {
  hipaa: { prefixes: ['hi', 'hh'], pattern: /^h+i+p+a+s?$/ },
  business: { prefixes: ['bu', 'bo'], pattern: /^b[uo]i?s+i?n+e*s+$/ },
  associate: { prefixes: ['as'], pattern: /^as+o[ic]?[cs]+i*a+te?s?$|^assoc$/ },
  agreement: { prefixes: ['ag'], pattern: /^ag+re+m+e*n?t?s?$/ },
  chatgpt: { prefixes: ['ch'], pattern: /^chat+(?:gpt|gtp|gp|pt)s?$/ },
  // Not "enterprises": company names ("Smith Enterprises") are no product.
  enterprise: { prefixes: ['en'], pattern: /^ent[ea]rpri[szc]e?$/ },
  baa: { prefixes: ['ba'], pattern: /^baas?$/ },
  api: { prefixes: ['ap'], pattern: /^apis$/ },
  endpoint: { prefixes: ['en'], pattern: /^endpoints?$/ },
};

/**
 * Other vendors. Their AI services (weight 1) make a BAA question theirs wherever they are named; a
 * cloud company alone (weight 0.5: "hosted on AWS") only when it stands next to the BAA ("our AWS
 * BAA", "a BAA with Microsoft").
 */
export const CLOUD_ONLY_WEIGHT = 0.5;
const VENDORS: readonly Term[] = [
  'azure openai', 'azure openai service', 'copilot', 'microsoft copilot', 'bedrock', 'amazon bedrock',
  'gemini', 'vertex', 'vertex ai', 'anthropic', 'claude',
  // Products of other companies that customers ask a BAA for by name.
  'google workspace', 'microsoft 365', 'office 365', 'aws artifact', 'athenahealth',
  // Record systems, AI scribes and a practice's own vendor: named as often for context ("think a smaller
  // Abridge", "our EHR vendor integration"), so like a cloud company they count only next to the BAA.
  ...['epic', 'epic systems', 'cerner', 'oracle health', 'eclinicalworks', 'nextgen', 'meditech', 'allscripts',
    'abridge', 'nuance', 'nuance dax', 'dax copilot', 'suki', 'nabla', 'deepscribe', 'ambience healthcare',
    'ehr vendor', 'emr vendor', 'our ehr vendor', 'our emr vendor', 'ehr provider', 'emr provider'].map(
    (name) => [name, CLOUD_ONLY_WEIGHT] as const,
  ),
  ...['azure', 'microsoft', 'microsoft azure', 'aws', 'amazon', 'amazon web services', 'google', 'google cloud',
    'gcp', 'マイクロソフト', 'アマゾン', 'グーグル'].map((name) => [name, CLOUD_ONLY_WEIGHT] as const),
]; // prettier-ignore

/** Product names and other words that read the same in every language. */
const SHARED: SignalTerms = {
  // "B.A.A." reads as "baa" (src/detect/tokens.ts). No "b a a" here: "a" is a filler word, so it would
  // be the letter "b" alone ("Plan B") counted as half a BAA.
  baa: ['baa', 'baa agreement', 'hipaa baa'],
  baaTypo: ['bba'],
  hipaa: ['hipaa', 'hitech'],
  phi: ['phi', 'ephi'],
  api: [
    'api', 'openai api', 'api openai', 'api platform', 'platform openai com', 'api key', 'api keys', 'api access',
    'endpoint', 'v1', 'assistants api', 'responses api', 'realtime api', 'batch api', 'embeddings', 'embedding',
    'chatgpt api', 'gpt api', 'baa openai com', 'api de openai', 'api do openai', 'api da openai',
    'openai platform', 'sdk',
    'whisper', 'whisper api', 'fine tuning', 'fine tune', 'playground', 'realtime', ['gpt 4o', 0.4], ['gpt 4', 0.4],
    ['zdr', 0.6], ['zero data retention', 0.6], ['zero retention', 0.6], ['gpt 4 1', 0.4], ['gpt 5', 0.4], ['gpt 3 5', 0.4], ['o1', 0.3], ['o3', 0.3], ['tokens', 0.3],
    ['api keys', 1], ['org', 0.3], ['project id', 0.6], ['python sdk', 1], ['node sdk', 1], ['openai python', 1], ['openai node', 1],
    ['chat completions', 1], ['v1 chat completions', 1], ['v1 responses', 1], ['v1 embeddings', 1], ['v1 audio transcriptions', 1],
    ['function calling', 0.7], ['structured outputs', 0.7], ['batch', 0.3], ['rate limits', 0.6], ['rate limit', 0.6], ['usage tier', 0.7],
    ['langchain', 0.7], ['llamaindex', 0.7], ['agent builder', 0.8], ['chatkit', 1], ['agentkit', 1],
    ['json', 0.4], ['curl', 0.7], ['npm', 0.6], ['pip install', 0.7], ['typescript', 0.5], ['javascript', 0.4],
    ['fhir', 0.4], ['hl7', 0.4], ['ehr integration', 0.6], ['epic integration', 0.6], ['token', 0.3], ['gpt 4o realtime', 0.7], ['gpt 4o transcribe', 0.7],
  ],
  enterprise: [
    ['chatgpt', 1], ['chat gpt', 1], ['chatgpt enterprise', 1.5], ['chat gpt enterprise', 1.5],
    ['chatgpt entreprise', 1.5], ['chatgpt team', 1.2], ['chatgpt teams', 1.2], ['chatgpt edu', 1.2],
    ['chatgpt business', 1.2], ['chatgpt plus', 1.2], ['chatgpt pro', 1.2], ['chatgpt gov', 1.2],
    ['chatgpt for healthcare', 1.2], ['chatgpt for clinicians', 1.2], ['chatgpt health', 1.2],
    ['chatgpt app', 1], ['chatgpt desktop app', 1], ['desktop app', 0.6], ['openai enterprise', 0.8],
    ['enterprise', 0.7], ['custom gpts', 0.6], ['gpts', 0.6],
    ['chatgpt for teams', 1.2], ['chatgpt workspace', 1.2], ['chatgpt seats', 1.2], ['chatgpt licenses', 1.2], ['chatgpt licences', 1.2],
    ['chatgpt accounts', 1], ['chatgpt account', 0.8], ['chatgpt admin', 1.2], ['admin console', 0.6], ['scim', 0.6], ['sso', 0.4],
    ['chatgpt com', 1], ['chat openai com', 1], ['projects in chatgpt', 1], ['chatgpt projects', 1], ['custom gpt', 0.6],
  ],
  vendor: VENDORS,
  firstOption: ['det första', 'första', 'ilki', 'option 1', 'option one', 'opcion 1', 'opcao 1', 'opzione 1', 'optie 1', '1st', '1st one', '前者', '1番目', '一つ目', '1つ目', '最初の方', '最初のほう'],
  secondOption: ['det andra', '후자입니다', 'druga opcja', 'option 2', 'option two', 'opcion 2', 'opcao 2', 'opzione 2', 'optie 2', '2nd', '2nd one', '後者', '2番目', '二つ目', '2つ目', '後の方', 'あとの方', 'option b', 'opcion b', 'opcao b', 'opzione b', 'optie b'],
  neutral: [
    'came back rejected', 'email was rejected',
    'enterprise agreement', 'enterprise agreements', 'enterprise contract', 'enterprise grade', 'enterprise level',
    'enterprise scale', 'enterprise software', 'enterprise customers', 'enterprise ready', 'enterprise security',
    'dpa', 'avv', 'soc 2', 'soc2', 'iso 27001', 'chatgpt like',
  ],
  otherLaw: [
    'soc 2 report', 'soc 2 type ii report', 'soc2 report', 'security questionnaire', 'penetration test report', 'pen test report',
    'gdpr', 'uk gdpr', 'eu gdpr', 'rgpd', 'dsgvo', 'lgpd', 'rodo', 'hds', 'pipeda', 'appi', 'pdpa', 'popia', 'ndsg',
    'revdsg', 'nfadp', 'lopdgdd', '個人情報保護法'],
  rejected: ['fick avslag', 'avslag', 'avslogs', 'nekades', 'odrzucony', 'odrzucona', 'odrzucono', 'odmowa', 'odmowe', '승인 거절', '거절되었습니다', '거절되었다는', '승인되지 않았다는', '승인되지 않았습니다', '승인이 거절', '반려되었습니다', 'nie został zaakceptowany', 'nie została zaakceptowana', 'brak akceptacji', 'reddedildi', 'reddedildiğini', 'onaylanmadı', 'onaylanmadığına', 'odmítnuta', 'zamítnuta', 'avslogs', 'avslagen', ],
  noBaa: ['nie planuje zawierania umowy', 'baa nas nie dotyczy', 'baa nie dotyczy', 'baa nie jest potrzebne', 'nie jest pytanie o baa', 'behöver inte längre'],
  declinable: ['信用卡', '银行卡', '付款', '支付', '카드', '결제', 'karta', 'płatność'],
  already: ['已经签过', '已签', '已经签署', '签过', '已签署', '이미 체결', '체결했', '이미', 'już podpisaliśmy', 'mamy już podpisane', 'mamy już podpisaną', 'już podpisaną', 'mamy podpisane', 'już podpisane', 'vi har haft ett baa', 'har redan ett baa', '체결을 완료했습니다'],
  reapply: ['złożyć wniosek ponownie', 'ponownie złożyć', '재신청하고', '재신청', '재신청할', '다시 신청', 'tekrar başvurmak', 'yeniden başvurmak', 'ansöka igen'],
  intent: ['요청', '요청합니다', '요청드립니다', '문의드립니다', '문의합니다', '필요합니다', '필요한데', '원합니다', '요구하고', '요구합니다'],
  direct: ['openai 와의', 'openai 와', 'openai 측과'],
  disclaimer: ['detta meddelande kan innehålla', 'konfidentiell information'],
  newTopic: ['w innej sprawie'],
  notRequest: ['konsultbyrå', 'har ni 20 minuter', 'nätfiske', 'verkligen från er', 'studentka', 'studentem', 'praca magisterska', 'pracy magisterskiej', 'prace magisterska'],
}; // prettier-ignore

const ENGLISH: SignalTerms = {
  choice: ["let's just do", 'let s just do', 'it s actually for', "it's actually for", 'so it s', "so it's", 'let me correct myself', 'this one is for', 'this is for', 'it is for', 'go with', 'to go with', 'switch to', 'we decided', 'we ve decided', 'we have decided', 'decided on', 'decided to go with', 'we chose', 'we ve chosen', 'we will go with', 'we ll go with', 'going with', 'we re going with', 'what we actually need', 'what we actually want', 'what we really need', 'what we really want', 'we actually need', 'we actually want', 'it will be', 'it ll be', 'it would be', 'it d be'],
  baa: [
    'business associate agreement', 'business associates agreement', 'business associate agreements',
    'hipaa business associate agreement', 'hipaa business associate agreements',
    'business associate addendum', 'business associate contract', 'associate agreement', 'healthcare addendum',
    'hipaa agreement', 'hipaa contract', 'hipaa paperwork', 'hipaa addendum', ['business associate', 0.8], 'hipaa coverage',
    'hipaa covered account', 'covered under hipaa',
  ],
  hipaa: ['hipaa compliant', 'hipaa compliance', 'hipaa eligible', 'hipaa regulated', 'covered entity'],
  phi: [
    'protected health information', 'patient data', 'patient information', 'patient records', 'health data',
    'health information', 'medical records', 'medical data', 'clinical data', 'health records',
  ],
  api: [
    'application programming interface', 'chat completions', 'completions api', 'api integration', 'via api',
    'through api', 'developer platform', 'programmatically', 'rest api',
    ['platform', 0.5], ['developer', 0.5], ['developers', 0.5], ['integration', 0.5], ['integrate', 0.5],
    ['integrating', 0.5], ['backend', 0.5], ['building', 0.4], ['built on', 0.6], ['chatbot', 0.4], ['python', 0.5], ['app', 0.4], ['apps', 0.4], ['our app', 0.6], ['our product', 0.5],
    ['our platform', 0.5], ['our software', 0.5], ['our application', 0.5], ['saas', 0.4], ['software', 0.3],
    ['model', 0.3], ['models', 0.3], ['organization id', 0.5], ['org id', 0.5], ['usage tier', 0.7],
    ['webhook', 0.5],
    ['text to speech', 0.6], ['speech to text', 0.6], ['transcription api', 1], ['gpt 4o mini', 0.4],
    ['o4 mini', 0.3],
    ['our code', 0.7], ['from our code', 0.8], ['our backend', 0.7], ['our server', 0.5], ['our servers', 0.5],
    ['call model', 0.7], ['calling model', 0.7], ['calls model', 0.7], ['call openai', 0.8], ['calling openai', 0.8], ['call gpt', 0.7], ['calling gpt', 0.7], ['send requests', 0.5], ['api calls', 1], ['api requests', 1], ['api usage', 1],
    ['our developers', 0.6], ['our engineers', 0.5], ['engineering team', 0.4], ['dev team', 0.4], ['developer account', 0.8],
    ['developer console', 0.8], ['platform account', 0.8], ['platform org', 0.8], ['our org', 0.3], ['billing dashboard', 0.3], ['pay as you go', 0.5], ['usage based', 0.4], ['prepaid credits', 0.6], ['credits', 0.3],
    ['ehr', 0.3], ['plugin', 0.4], ['plug in', 0.4], ['pipeline', 0.5], ['workflow automation', 0.4], ['scribe', 0.3], ['ambient scribe', 0.4],
    ['under the hood', 0.6], ['powered by openai', 0.6], ['built on openai', 0.8], ['our saas', 0.6], ['api one', 0.8],
    ['transcribe', 0.4], ['transcription', 0.4], ['embed', 0.4], ['vector', 0.4], ['rag', 0.5], ['agents sdk', 1], ['assistants', 0.6], ['server side', 0.7], ['http requests', 0.8], ['http calls', 0.8], ['our keys', 0.6], ['requests per day', 0.6], ['call your models', 0.8], ['calls your models', 0.8], ['calling your models', 0.8], ['your models', 0.5], ['programmatic', 0.8], ['developer one', 0.8], ['the developer one', 0.8], ['our own application', 0.8], ['our own app', 0.6], ['own application', 0.6], ['chatgpt powered', 0.6], ['powered by chatgpt', 0.6], ['chatgpt based', 0.5], ['based on chatgpt', 0.5], ['chatgpt integration', 0.6], ['integrated chatgpt', 0.5], ['chatgpt widget', 0.6], ['chatgpt chatbot', 0.5], ['company key', 0.6], ['our company key', 0.6], ['our devs', 0.6], ['slack bot', 0.5], ['our bot', 0.4],
  ],
  enterprise: [
    ['enterprise plan', 1], ['enterprise workspace', 1], ['enterprise subscription', 1],
    ['enterprise account', 0.8],
    ['team plan', 0.8], ['teams plan', 0.8], ['team subscription', 0.8], ['team workspace', 0.8],
    ['team account', 0.6],
    ['gpt enterprise', 1.2], ['business plan', 0.7], ['seats', 0.6], ['seat', 0.5],
    ['licenses', 0.6], ['licences', 0.6], ['license', 0.4], ['licence', 0.4], ['workspace', 0.6],
    ['workspaces', 0.6], ['employees', 0.3], ['staff', 0.3], ['chat interface', 0.6],
    ['our staff use', 0.6], ['employees use', 0.6], ['our clinicians', 0.4],
    ['our nurses', 0.4], ['our doctors', 0.4], ['our physicians', 0.4], ['our providers', 0.3], ['our team members', 0.3],
    ['draft notes', 0.4], ['draft letters', 0.4], ['draft emails', 0.4], ['write emails', 0.4], ['summarize notes', 0.3],
    ['user licenses', 0.8], ['seat licenses', 0.9], ['per seat', 0.8], ['rollout', 0.4], ['roll out', 0.4],
    ['enterprise tier', 0.9], ['enterprise version', 0.9], ['business tier', 0.7], ['team tier', 0.7], ['edu plan', 0.9],
    ['upgrading to enterprise', 1], ['no code', 0.5], ["don't write code", 0.8],
    ['not developers', 0.6], ['not building', 0.6], ['no programming', 0.6], ['no coding', 0.6], ['not technical', 0.5], ['conversations', 0.3],
    ['chat one', 0.8], ['chat version', 0.8], ['chat product', 0.8], ['chat tool', 0.7], ['chat interface', 0.7], ['staff log in', 0.6], ['chat window', 0.6], ['for our employees', 0.4], ['log into chatgpt', 1], ['front desk', 0.4], ['office staff', 0.5], ['be able to log in', 0.4], ['pay for accounts', 0.6], ['accounts for office', 0.6],
  ],
  both: ['both', 'both products', 'either', 'each of them'],
  firstOption: [
    'first', 'first one', 'first option', 'former', 'the former', 'first choice', 'the first',
  ],
  secondOption: [
    // Not "the last": articles are skipped, and "last month" is no answer.
    'second', 'second one', 'second option', 'latter', 'the latter', 'last one',
    'second choice',
  ],
  rejected: [
    "isn't something they can offer", 'is not something they can offer', "isn't something they can do", 'not something they offer', "isn't a fit for", "wasn't a fit for", "didn't work out", 'did not work out', 'does not meet the criteria', 'did not meet the criteria', 'doesn t meet the criteria', 'didn t meet the criteria', 'declined', 'denied', 'rejected', 'rejection', 'denial', 'reject', 'rejects', 'deny', 'denies', 'decline',
    'disapproved', 'turned down', 'refused',
    'not approved', "wasn't approved", "weren't approved", "isn't approved", 'not been approved',
    "didn't get approved", 'did not get approved', "didn't pass", 'did not pass', 'not accepted',
    'said no', 'answer was no', 'got a no', 'not qualify', "didn't qualify", 'did not qualify', "doesn't qualify",
    'does not qualify', 'not granted', "wasn't granted", "didn't go through", 'did not go through',
    'turned us down', "won't sign", 'will not sign', 'refused to sign', 'declined to sign', 'unwilling to sign',
    'not willing to sign', 'not eligible', 'ineligible', "couldn't approve", 'could not approve',
    'unable to approve', 'cannot approve', "can't approve", ['unsuccessful', 0.6], "can't support", 'cannot support', 'can not support', 'unable to support', 'not something they can support', 'not something we can support', 'told us no', 'we got no', "isn't something they can support", "isn't something we can support", 'not able to support', 'not able to approve', 'not in position to approve',
  ],
  reapply: [
    'apply again', 'submit again', 're apply', 'reapply', 're applying', 'reapplying', 'reapplication',
    're submit', 'resubmit', ['appeal', 0.7], ['reconsider', 0.8], ['reconsideration', 0.8],
    're review', 're reviewed', 'review it again', 'looked at again', 'look at it again', 'take another look',
  ],
  request: [
    'request', 'requests', 'requested', 'requesting', 'application', 'applied', 'apply', 'submission', 'submitted',
    'pending', 'under review',
  ],
  declinable: ['claims', 'purchase order', 'po', 'content policy', 'moderation', 'app store', 'app review', 'google play', 'too large', 'file size', 'access', 'llm provider', 'ai provider', 'model provider', 'previous provider', 'previous vendor', 'another vendor', 'other vendor', 'another provider', 'other provider', 'card', 'credit card', 'payment', 'charge', 'transaction', 'invoice', 'billing', 'amex', 'american express', 'visa card', 'mastercard', 'pay', 'insurer', 'insurance claim', 'claim', 'api call', 'http 400', 'http 401', 'http 403', 'http 429', 'status code', 'error code', 'with 400', 'with 403', 'with 429', 'message rejected', 'server rejected', 'remote server', 'mail server', 'mailer daemon', 'verification', 'organization verification', 'identity verification', 'id check', 'quota', 'quota increase', 'limit increase', 'rate limit increase', 'tier upgrade', 'recipient', 'bounces', 'bounced', 'safety system', 'safety filter', 'content filter', 'moderation', 'prompt', 'prompts', 'api request', 'invite', 'invites', 'invitation', 'invitations'],
  already: [
    'fully signed', 'was fully signed', 'fully executed', 'baa dated', 'pursuant to section', 'baa is fine', 'baa and everything else',
    'was signed with', 'was executed with', 'were signed with',
    'already have', 'already has', 'already had', 'already signed', 'already executed', 'already got', 'already handled', 'our baa stays', 'baa stays in place', 'our baa remains', 'baa remains in place',
    'already in place', 'already established', 'already covered', 'already completed', 'already obtained',
    'signed baa', 'executed baa', 'existing baa', 'current baa', 'baa in place', 'baa is in place', 'baa is signed',
    'baa was signed', 'baa has been signed', 'have baa in place', 'under our baa', 'covered by our baa',
    'our baa is', 'our baa was', 'our signed baa', 'our existing baa', 'our current baa', 'our baa with openai',
    'our baa covers', 'our baa includes', 'our baa allows', 'download our baa', 'copy of our baa', 'find our baa',
    'access our baa', 'our baa expires',
    'we have baa', 'we now have baa', 'have signed', 'we signed', 'have executed', 'have baa with openai', 'have baa with you', 'since signing',
    'after signing', 'renewal', 'renew', 'expire', 'expires', 'expiration', 'amend', 'amendment', 'had baa', 've had baa', 'have had baa', 'had baa with', 'baa customer', 'baa customers', 'baa since', 'baa signed since', 'since we signed', 'we signed baa', 'covered under our baa', 'as baa customer', 'we have signed', 'we ve signed', 'we are under baa', 'we re under baa', 'under baa with you', 'baa signed last', 'baa signed yesterday', 'baa signed earlier', 'baa signed already', 'baa signed on', 'baa got signed', 'baa is now signed', 'baa is executed', 'baa was executed', 'baa has been executed', 'got baa signed', 'got our baa signed', 'baa signed as part of', 'baa signed with it', 'baa signed alongside', 'signed as part of our contract', 'signed with our contract', 'countersigned', 'was countersigned', 'fully executed baa', 'now that baa is signed', 'has been in place', 'been in place', 'have been under baa',
    'baa signed in', 'baa signed back', 'baa executed in', 'baa executed back', 'baa executed last', 'baa countersigned',
    'signed our baa', 'executed our baa', 'finalized our baa', 'baa done', 've had', 'have had', 'has had',
    'have our baa', 'our baa went through', 'baa came through', 'all signed', 'we have our baa', 'including baa',
    'baa got approved', 'baa was approved', 'baa has been approved', 'baa is approved', 'after baa approval', 'since baa approval', 'approved our baa',
  ],
  intent: [
    'should have', 'should get',
    'as soon as', 'soon as',
    "i'd rather", 'i d rather', "we'd rather", 'we d rather', 'please return', 'please upload', 'please attach', 'return signed', 'send us', 'please send', 'please provide', "we'd like", 'we d like', "i'd like", 'i d like', 'to prove', 'to show', 'able to tell', 'able to say', 'to tell',
    'must', 'must have',
    'requirement', 'hard requirement', 'prerequisite', 'mandatory',
    'until', 'once', 'before', 'absent', 'need', 'needs', 'needed', 'want', 'wants', 'require', 'requires', 'required',
    'get', 'obtain', 'would like', 'looking to', 'how do we', 'how can we', 'asked', 'asking', 'carry over', 'carries over', 'extend to', 'extends to', 'be extended to', 'also cover', 'apply to', 'unless',
  ],
  conditional: [
    'if', 'whether', 'in case', 'what happens', 'what if', 'in the event', 'ever', 'usually', 'typically', 'often',
    'chance',
  ],
  undecided: [
    'still deciding', 'deciding between', "haven't decided", 'have not decided', 'not decided', 'undecided',
    'not sure which', 'evaluating both', 'or both', 'not sure yet which',
    "don't know which one", "what's the difference between",
  ],
  direct: [
    'with openai', 'from openai', 'openai directly', 'directly with', 'directly from', 'directly through',
    'with you', 'from you', 'your', 'openai baa',
    // Counsel's letter: "we request that OpenAI enter into a BAA with Vireo" (their client).
    'openai enter into', 'openai to enter into', 'openai execute', 'openai to execute', 'openai sign', 'openai to sign',
  ],
  noBaa: [
    'you can close this', 'nothing else needed',
    'not a real request', 'not planning to sign', 'not looking to sign',
    "won't be needing it", 'will not be needing it', 'close out our request', "won't need it after all", "we won't need it", 'will not need it', "don't need it after all", 'disregard this ticket', 'disregard this request', 'you can close this one', 'please close this request', 'please close this ticket', 'decided not to go ahead', 'not going ahead',
    "doesn't apply to us",
    'no longer need', 'withdraw our request', 'withdraw the request', 'withdraw our baa request', 'not to move forward', 'terminate our baa', 'terminate baa', 'you can close this ticket', 'you can close the ticket',
    "we're not going to put any patient", 'not going to put any patient', 'never mind on baa', 'never mind about baa', 'never mind baa', 'nevermind baa',
    "won't need anything from openai", "don't need anything from openai", 'do not need anything from openai', "won't need anything from you", "don't need anything from you", "don't use openai directly", 'do not use openai directly', "aren't using openai directly", 'not using openai directly',
    "don't need to sign anything", 'do not need to sign anything', 'no need to sign anything', "we don't need to sign anything", "don't need anything signed",
    "don't need baa", 'do not need baa', "don't need a baa", 'no baa needed', 'not need baa', 'not asking for baa',
    'not asking about baa', 'not requesting baa', 'not looking for baa', 'not about baa', 'no need for baa',
    "don't require baa", 'do not require baa', "don't want baa", 'baa is not needed', 'baa not needed',
    "baa isn't needed", 'not baa', 'not baa question', 'not a baa request', 'not baa request', 'no baa required', 'no baa is needed', 'no baa is required', 'baa is not required', 'baa not required', 'baa is unnecessary', 'baa is not applicable', 'baa not applicable', "won't need baa", 'will not need baa', "don't need baa", 'no baa necessary', "baa isn't required", "don't think we need baa", 'not processing phi', "won't be processing phi", 'will not be processing phi', 'no phi',
  ],
  negator: [
    'nothing on', 'nothing goes through', 'nothing goes into', "don't build anything on", "don't actually build anything on", 'do not build anything on',
    'unrelated to', 'not related to', 'talked us out of', 'talked me out of', 'talked them out of',
    'not', 'no', 'never', "don't", 'dont', "doesn't", 'doesnt', 'do not', 'does not', "isn't", 'isnt', "aren't",
    "won't", "wasn't", "haven't", 'have not', "hasn't", 'has not', 'without', 'instead of', 'rather than',
    'other than', 'nor', 'neither', 'no longer', "didn't", 'did not', 'none of us', 'none of our', 'nobody', 'no one',
    'not needed', 'not required', 'not go ahead with', 'not to go ahead with', 'not going ahead with', 'decided against', 'not pursuing', 'not moving forward with',
  ],
  // A company's documentation offering its own BAAs: the author is another vendor, not asking us. ("We
  // sign BAAs with our customers" is not here: a health-tech company says so when it needs one from us.)
  vendor: [
    'baas are available', 'baa is available for', 'baas available for', 'customers can request baa',
    'request baa from us', 'baas are available for enterprise customers',
  ],
  // The same words asked of us: "Is a BAA available for this?"
  neutral: [
    'is a baa available', 'are baas available', 'is there a baa available',
    // "I'm not sure what the API is": "I'm not" is read first, so the rest of the phrase stands alone.
    'it services', 'services company', 'whether we have baa', 'if we have baa', 'neither approved nor rejected', 'neither approved nor declined', 'neither an approval nor a rejection', 'not sure what api is', 'sure what api is', 'know what api is', 'idea what api is', 'what is api',
    'first time', 'the first time', 'for the first time',
    'not sure', 'not certain', "don't know", 'do not know', 'dont know', 'no idea', 'not only', 'not just',
    'not clear', "i'm not", 'we signed up', 'have signed up', 'signed up', 'no problem', 'no worries',
    'data processing agreement', 'data processing addendum',
    'not yet approved', 'not been approved yet', 'not approved yet', 'no response',
    // Everyday healthcare billing, not a BAA decision: "claim denial letters", "prior-auth appeals".
    'claim denial', 'claim denials', 'denied claims', 'denial letter', 'denial letters', 'appeal letter',
    'denial reason', 'denial reasons', 'denial code', 'denial codes', 'denial reason codes', 'denial management', 'denials management',
    'appeal letters', 'insurance appeals', 'auth appeals', 'sign off', 'address rejected', 'recipient address rejected', 'mail rejected', 'email rejected', 'rejected by recipient', 'email was rejected', 'emails were rejected', 'rejected by server', 'delivery rejected', 'claims appeal', 'claim appeal', 'claims appeals', 'large enterprise', 'enterprise health', 'enterprise hospital', 'enterprise client', 'enterprise clients', 'enterprise organization', 'enterprise organisation', 'enterprise environment', 'enterprise wide', 'enterprise system', 'enterprise systems', 'enterprise company', 'enterprise companies', 'asked chatgpt', 'chatgpt said', 'chatgpt told me', 'chatgpt suggested', 'according to chatgpt', 'chatgpt recommended', 'got no answer', 'got no reply', 'got no response', "won't sign off", 'will not sign off', "wouldn't sign off", 'not sign off', 'sign off on',
  ],
  ownSide: ['legal', 'counsel', 'lawyers', 'compliance', 'board', 'leadership', 'management', 'boss', 'our customer', 'the client', 'the customer', 'procurement', 'procurement team', 'purchasing'],
  contrast: ['but', 'however', 'rather', 'although', 'though', 'whereas', 'while', 'only'],
  disclaimer: [
    'confidentiality notice', 'confidential notice', 'this email may contain', 'this e mail may contain',
    'this message may contain', 'this message and any attachments', 'intended recipient', 'intended only for',
    'privileged and confidential', 'this communication may contain', 'this email and any attachments',
    'this email is confidential', 'this message is confidential',
  ],
  incidental: ['personally', 'personal use', 'personal account', 'my own phone'],
  deferred: ['next year', 'next fiscal year', 'maybe later', 'later on', 'down the road', 'in the future', 'not part of this request', 'at the earliest', 'not what this is about', 'for later', 'a later phase', 'phase two', 'phase 2'],
  notRequest: [
    'minute demo', 'grab a slot', 'reply stop', 'we sign the baa',
    'final project', 'law school', 'podcast', 'episode', 'listeners', 'recorded conversation', 'my deadline', 'for a story', 'for an article', 'press inquiry', 'media inquiry', 'our readers',
    'would you be interested', 'would your team be interested',
    'complimentary', 'if this is of interest', "we're offering", 'we are offering',
    'marketplace listing', 'send demo', 'partnerships team',
    'min read', 'key takeaways', 'the short answer', 'short answer', 'last updated', 'last reviewed', 'published on', 'what you will learn', 'bottom line', 'what does this pr do', 'test plan', 'checklist', 'what changed', 'please describe', 'add screenshots', 'screen recordings', 'sentence case', 'title case',
    'panelists', 'program committee', 'invite representative', 'travel and lodging', 'dear beneficiary', 'claim your', 'bank details', 'my cv',
    'is this legit', 'is this legitimate', 'not legitimate', "isn't legitimate", 'impersonating', 'impersonates', 'phishing', 'scam', 'suspicious email', 'suspicious link', 'looks suspicious', 'looks weird', 'spoofed',
    'writing paper', 'policy paper', 'research paper', 'term paper', 'school paper', 'primary source', 'need to cite', 'to cite', 'citation', 'for my instructor', 'for my professor', 'class assignment', 'for my class', 'homework',
    'job description', 'open position', 'open role', 'this role', 'the role', 'candidate', 'candidates', 'recruiter',
    'recruiting', 'hiring', 'compensation', 'salary', 'resume', 'my application for', 'job application', 'internship',
    'newsletter', 'unsubscribe', 'webinar', 'register now', 'register here', 'save your seat', 'rsvp', 'speaker',
    'keynote', 'conference', 'our event', 'sponsor', 'book a demo', 'schedule a demo', 'free trial', 'our solution',
    'our services', 'we help', 'case study', 'whitepaper', 'out of office', 'automatic reply', 'auto reply',
    'autoreply', 'delivery has failed', 'undeliverable', 'mail delivery', 'delivery status notification',
    'great fit', 'good fit', 'know someone', 'confidential search', 'executive search', 'job opening', 'talent',
    'quick call', 'short call', 'minute call', 'open to call', 'hop on call', 'schedule call', 'book call',
    'book meeting', 'seminar', 'workshop', 'invite you to', 'join us', 'early bird', 'agenda', 'promo code',
    'special offer', 'discount', 'introduce our', 'our platform offers', 'we sign baas with', 'our clients',
    'partnership opportunity', 'out of the office', 'limited access to email', 'upon my return', 'on leave', 'document to review and sign', 'awaiting your signature', 'review document', 'electronic signature service', 'confirm your payment details', 'avoid suspension', 'click the link', 'verify your account', 'account will be suspended', 'minute chat', 'per month', 'teams like yours', 'reporter', 'journalist', 'on the record', 'press inquiry', 'media inquiry', 'working on piece', 'working on story', 'for article', 'pre vetted', 'profiles', 'successful hire', 'placing', 'partnership', 'partner program', 'referral partner', 'reseller', 'student', 'thesis', 'dissertation', 'research project', 'my research', 'survey', 'interview you', 'this pr', 'pull request', 'docs page', 'baa page', 'baa add on', 'self serve baa', 'landing page', 'feature request', 'steps to reproduce', 'expected behavior', 'actual behavior', 'describe the issue', 'describe the bug', 'mcp server', 'roadmap', "we don't offer", 'we do not offer', 'at present we', 'action required', 'click here', 'do not reply', 'automatically generated', 'free assessment', 'free consultation', 'book free', 'we help companies', 'to stop receiving', 'came across your profile', 'fast growing', 'in case of urgency', 'for urgent matters', 'currently out of the office', 'will be out of the office', 'feedback on my application', 'hiring manager', 'the position', 'job offer', 'could not be delivered', "couldn't be delivered", 'delivery has failed', 'address not found', 'mail delivery subsystem', 'message not delivered', 'delivery failure', 'diagnostic information for administrators',
  ],
  privacy: ['just curious', 'my health info', 'my doctor', 'my appointment', 'my records', 'complain', 'file complaint', 'private', 'stay private', 'kept private', 'is it safe', 'safe to use', 'used for training', 'used to train', 'train on', 'training data', 'opt out', 'turn off training', 'how long do you keep', 'delete my data', 'my data', 'chat history', 'remove names', 'de identified', 'deidentified', 'anonymized', 'my recordings', 'my medical information'],
  postNegator: [
    "doesn't use ai", 'does not use ai', 'is separate', 'is a separate matter', 'is separate project',
    "isn't something", 'is not something', "isn't allowed", 'is not allowed', 'is banned', 'is blocked',
    "isn't relevant", 'is not relevant', 'is out of scope', 'is not in scope', "isn't involved", 'is not involved',
    "isn't part of this", 'is not part of this',
    "isn't an option", 'is not an option', "isn't possible", 'is not possible',
  ],
  newTopic: ['different question this time', 'different issue this time', 'different question', 'different issue', 'different topic', 'separate question', 'separate issue', 'new question', 'unrelated question', 'unrelated issue', 'something different this time', 'different matter'],
}; // prettier-ignore

const SPANISH: SignalTerms = {
  choice: ['decidimos', 'hemos decidido', 'nos decidimos por', 'elegimos', 'optamos por', 'vamos con', 'lo que realmente necesitamos', 'lo que necesitamos en realidad', 'sera'],
  baa: [
    'acuerdo de asociado comercial', 'acuerdo de asociados comerciales', 'acuerdo de asociado de negocios',
    'acuerdo de socio comercial', 'acuerdo de socios comerciales', 'contrato de asociado comercial',
    'contrato de asociado de negocios', 'acuerdo de asociado', 'acuerdo baa', 'contrato baa', 'acuerdo hipaa',
    'contrato hipaa', 'convenio de asociado de negocios', 'convenio de asociado comercial',
    'acuerdo de asociado empresarial', 'acuerdo de socio de negocios', ['asociado comercial', 0.7],
    ['acuerdo de asociacion comercial', 0.8],
  ],
  hipaa: ['cumplimiento hipaa', 'cumplir con hipaa'],
  phi: [
    'datos de pacientes', 'informacion de pacientes', 'informacion de salud protegida', 'datos de salud',
    'datos clinicos', 'historias clinicas', 'informacion medica', 'datos medicos', 'expedientes medicos',
  ],
  api: [
    'clave de api', 'llave de api', 'puntos de conexion', ['plataforma', 0.5], ['desarrolladores', 0.5],
    ['desarrollador', 0.5], ['integracion', 0.5], ['integrar', 0.5], ['aplicacion', 0.3], ['modelo', 0.3],
    ['nuestro codigo', 0.7], ['desde codigo', 0.7], ['llamadas', 0.4], ['nuestros desarrolladores', 0.6], ['backend', 0.5], ['llaves de api', 1], ['llave de api', 1], ['clave de api', 1], ['claves de api', 1], ['nuestro servidor', 0.6], ['lado del servidor', 0.7], ['llamadas', 0.4], ['peticiones', 0.4], ['solicitudes http', 0.8], ['sus modelos', 0.5], ['modelos', 0.3], ['nuestra aplicacion', 0.5], ['nuestro software', 0.5], ['integramos', 0.5], ['integracion', 0.5], ['desarrolladores', 0.5], ['la de desarrolladores', 0.8], ['basado en chatgpt', 0.5], ['con tecnologia de chatgpt', 0.6], ['integracion con chatgpt', 0.6],
  ],
  enterprise: [
    ['licencias', 0.6], ['asientos', 0.5], ['puestos', 0.3], ['empleados', 0.3], ['plan empresarial', 0.8],
    ['plan enterprise', 1], ['espacio de trabajo', 0.6], ['colaboradores', 0.3],
    ['nuestro personal', 0.4], ['nuestros medicos', 0.4], ['enfermeras', 0.3], ['usuarios', 0.3], ['cuentas', 0.3], ['la de empleados', 0.6], ['nuestros empleados', 0.4], ['nuestro personal', 0.4], ['espacio de trabajo', 0.6], ['asientos', 0.5], ['plan business', 0.8], ['plan team', 0.8], ['plan enterprise', 1],
  ],
  both: ['ambos', 'ambas', ],
  firstOption: ['la primera', 'el primero', 'primera opcion', 'lo primero', 'primero'],
  secondOption: ['la segunda', 'el segundo', 'segunda opcion', 'lo segundo', 'la ultima', 'el ultimo'],
  reapply: ['volver a solicitar', 'volver a aplicar', 'solicitar de nuevo', 'solicitar nuevamente', 'reenviar solicitud', ['apelar', 0.7], ['reconsideracion', 0.8], 'enviar de nuevo'],
  rejected: [
    'no cumple con los criterios', 'no cumple los criterios', 'no cumplia con los criterios', 'rechazada', 'rechazado', 'rechazaron', 'rechazo', 'denegada', 'denegado', 'denegaron', 'negada', 'negaron',
    'no fue aprobada', 'no fue aprobado', 'no aprobada', 'no aprobado', 'no aprobaron', 'no nos aprobaron',
    'no fue aceptada', 'no calificamos', 'no califica', 'no se aprobo', 'no se acepto', 
    
    'no fuimos aprobados', 'no nos aprobaron', 'no fue aprobado', 'no fue aprobada', 'denegada', 'denegado', 'nos dijeron que no', 'respuesta negativa',
  ],
  request: ['solicitud', 'solicitamos', 'solicitado', 'peticion', 'aplicamos', 'tramite', 'pendiente'],
  declinable: ['acceso', 'tarjeta', 'pago', 'cobro', 'factura', 'aseguradora', 'siniestro', 'reclamacion', 'llamadas a la api', 'codigo de error', 'verificacion', 'cuota', 'aumento de limite', ],
  already: ['tenemos baa', 'ya tenemos baa',
    'ya tenemos', 'ya firmamos', 'ya hemos firmado', 'ya contamos con', 'ya esta firmado', 'ya firmado',
    'ya tenemos firmado', 'fue firmado', 'renovacion', 'baa vigente', 'acuerdo vigente', 'ya esta en vigor', 'ya existe', 'tenemos baa con', 'tenemos firmado', 'clientes con baa', 'desde que firmamos', 'hemos firmado', 'tenemos baa firmado', 'ya firmamos',
  ],
  direct: ['con openai', 'de openai directamente', 'directamente con', 'con ustedes', 'su'],
  conditional: ['en caso de', 'que pasa', 'si'],
  noBaa: ['no usamos openai directamente', 'no utilizamos openai directamente', 'no necesitamos nada de openai', 'no necesitamos firmar nada', 'no necesitamos firmar', 'no tenemos que firmar nada', 'no necesito firmar nada', 'no necesitamos baa', 'no buscamos baa', 'no es sobre baa', 'no solicitamos baa', 'no necesito baa', 'baa no es necesario', 'no se requiere baa', 'no requerimos baa', 'no necesitamos ningun baa', 'no aplica baa', 'sin phi', 'baa no aplica', 'baa no se aplica', 'baa no nos aplica', 'ningun baa', 'baa no es necesario', 'ya no lo necesitamos', 'ya no la necesitamos', 'ya no necesitamos', 'no seguir con el proyecto', 'cancelar la solicitud', 'pueden cerrar el caso', 'pueden cerrar la solicitud', 'no vamos a necesitar', 'decidio no avanzar', 'pueden cerrar el ticket'],
  negator: ['no', 'ni', 'sin', 'nunca', 'tampoco', 'nadie', 'ninguno de nosotros', 'no hace falta', 'en lugar de', 'en vez de', 'no usamos', 'no utilizamos'],
  neutral: ['si tenemos baa', 'caso de uso', 'casos de uso', 'ni aprobacion ni rechazo', 'ni aprobado ni rechazado', 'primera vez', 'la primera vez', 'contrato enterprise', 'acuerdo enterprise', 'contrato empresarial', 'acuerdo empresarial', 'contrato de empresa',
    'no estoy seguro', 'no estoy segura', 'no se', 'no sabemos', 'no solo', 'no tenemos claro',
    'acuerdo de procesamiento de datos', 'aun no', 'todavia no',
    'reclamaciones denegadas', 'carta de apelacion', 'cartas de apelacion', 'pregunte a chatgpt', 'segun chatgpt', 'chatgpt me dijo', 'correo rechazado', 'correo me fue rechazado'],
  ownSide: ['legal', 'juridico', 'abogados', 'el cliente', 'nuestro cliente'],
  contrast: ['sino', 'pero', 'sin embargo', 'solo'],
  disclaimer: [
    'aviso de confidencialidad', 'este correo puede contener', 'destinatario previsto', 'este mensaje puede contener',
  ],
  incidental: ['personalmente', 'uso personal', 'a titulo personal'],
  deferred: ['el proximo ano', 'el ano que viene', 'mas adelante', 'en el futuro', 'mas tarde'],
  notRequest: ['curso en linea', 'tarifas corporativas', 'ayudamos empresas', 'para llamada', 'articulo academico', 'revision bibliografica', 'quisiera citar', 'para citar', 'trabajo de fin de grado', 'tesis', 'vacante', 'candidato', 'candidatos', 'reclutamiento', 'salario', 'boletin', 'seminario web', 'inscribete', 'respuesta automatica', 'fuera de la oficina', 'nuestra solucion', 'reclutadora', 'reclutador', 'seminario', 'inscripcion', 'nuestros servicios', 'agendar una llamada', 'llamada de', 'presentarles', 'oferta de empleo', 'puesto', 'darse de baja', 'periodista', 'reportaje', 'estudiante', 'tesis', 'encuesta', 'alianza', 'socio', 'haga clic', 'suspension de su cuenta', 'datos de pago', 'haga clic aqui', 'no responda', 'generado automaticamente', 'diagnostico gratuito', 'para dejar de recibir', 'oportunidad laboral', 'me permito contactarle', 'sin acceso a mi correo', 'en caso de urgencia', 'no se pudo entregar', 'no se ha podido entregar', 'no entregado', 'error de entrega', 'informacion de diagnostico para administradores', 'para no recibir mas correos', 'explorar una colaboracion', 'vacantes', 'mi cv', 'mi curriculum', 'trabajar en openai'],
  intent: ['requisito', 'obligatorio', 'necesitamos', 'necesito', 'necesita', 'necesitan', 'requerimos', 'requiere', 'exige', 'exigen', 'queremos', 'quisieramos', 'nos gustaria', 'obtener', 'conseguir', 'antes de', 'hasta que', 'como podemos', 'solicitar', 'quiere', 'quieren', 'pide', 'piden', 'pidio', 'pidieron', 'solicito', 'a menos que', 'salvo que'],
  privacy: ['privado', 'privada', 'es seguro', 'se guardan', 'entrenar', 'entrenamiento', 'mis datos', 'borrar', 'quito los nombres', 'anonimizados'],
  newTopic: ['otra pregunta', 'otra consulta', 'pregunta diferente', 'consulta diferente', 'tema diferente', 'otro tema', 'otro asunto', 'nueva consulta', 'nueva pregunta'],
}; // prettier-ignore

const FRENCH: SignalTerms = {
  choice: ['il s agit des', 'il s agit de', 'nous avons decide', 'on a decide', 'nous avons choisi', 'on a choisi', 'nous partons sur', 'on part sur', 'ce dont nous avons vraiment besoin', 'ce qu il nous faut'],
  baa: [
    'accord de partenaire commercial', "accord d'associe commercial", "contrat d'associe commercial",
    'contrat de partenaire commercial', "accord de partenaire d'affaires", "accord d'associe", 'accord baa',
    'contrat baa', 'accord hipaa', 'contrat hipaa', 'avenant hipaa', "entente d'associe",
    "entente d'associe d'affaires",
    'entente de partenaire', 'entente baa', "contrat d'associe d'affaires", ['associe commercial', 0.7],
    ['partenaire commercial', 0.5], ['accord de partenariat commercial', 0.8],
  ],
  hipaa: ['conformite hipaa', 'conforme hipaa', 'conforme a hipaa'],
  phi: [
    'donnees de sante', 'donnees patients', 'donnees des patients', 'informations de sante protegees',
    'dossiers medicaux', 'donnees medicales', 'informations medicales',
  ],
  api: [
    'cle api', "cle d'api", ['plateforme', 0.5], ['developpeurs', 0.5], ['developpeur', 0.5], ['integration', 0.5],
    ['integrer', 0.5], ['modele', 0.3],
    ['notre code', 0.7], ['appels', 0.4], ['nos developpeurs', 0.6], ['backend', 0.5], ['cote serveur', 0.7], ['nos cles', 0.6], ['cles api', 1], ['requetes', 0.4], ['appelons', 0.5], ['modeles', 0.3], ['vos modeles', 0.5], ['notre logiciel', 0.5], ['serveur', 0.4], ['requetes http', 0.8], ['base sur chatgpt', 0.5], ['propulse par chatgpt', 0.6], ['integration de chatgpt', 0.6],
  ],
  enterprise: [
    ['licences', 0.6], ['sieges', 0.5], ['postes', 0.3], ['employes', 0.3], ['collaborateurs', 0.3],
    ['espace de travail', 0.6], ['offre entreprise', 0.8], ['offre enterprise', 1],
    ['notre personnel', 0.4], ['nos medecins', 0.4], ['utilisateurs', 0.3], ['comptes', 0.3], ['pour nos employes', 0.5], ['offre business', 0.8], ['offre team', 0.8], ['forfait', 0.5],
  ],
  both: ['tous les deux', 'les deux produits', 'les deux options', 'lequel des deux', 'entre les deux'],
  firstOption: ['le premier', 'la premiere', 'premiere option', 'premier choix', 'premier'],
  secondOption: ['le second', 'la seconde', 'le deuxieme', 'la deuxieme', 'deuxieme option', 'le dernier', 'la derniere'],
  reapply: ['redeposer', 'soumettre a nouveau', 'refaire demande', 'representer demande', ['faire appel', 0.7], ['reexamen', 0.8], 'refaire une demande'],
  rejected: [
    'ne repond pas aux criteres', 'ne remplit pas les criteres', 'refusee', 'refuse', 'refuser', 'rejetee', 'rejete', 'refus', 'pas ete approuvee', 'pas ete approuve',
    'pas ete acceptee', 'pas ete retenue', 'non retenue', 'non approuvee', 'non approuve', 'nouvelle demande',
    
    'n avons pas ete approuves', 'pas ete acceptes', 'ne nous a pas ete accorde', 'on nous a dit non', 'reponse negative',
  ],
  request: ['demande', 'candidature', 'dossier', 'en attente'],
  declinable: ['acces', 'carte', 'paiement', 'facture', 'prelevement', 'assureur', 'sinistre', 'declaration de sinistre', 'appels api', "code d'erreur", 'verification', 'quota', 'augmentation de quota', 'augmentation de limite', ],
  already: ['nous avons baa', 'nous avons deja baa',
    'deja signe', 'avons deja', 'deja un', 'deja en place', 'deja conclu', 'baa en place', 'baa existant',
    'baa actuel', 'deja signe notre', 'avons baa avec', 'baa en vigueur', 'depuis que nous avons signe', 'avons signe', 'nous avons signe', 'a ete signe', 'est signe', 'deja signe', 'avons signe', 'baa signe', 'renouvellement',
  ],
  direct: ['avec openai', 'aupres de openai', "aupres d'openai", 'directement avec', 'avec vous', 'votre'],
  conditional: ['au cas ou', 'que se passe', 'si'],
  noBaa: ['n en avons plus besoin', 'clore la demande', 'n utilisons pas openai directement', 'pas besoin de rien de openai', 'rien a signer', 'pas besoin de signer', 'nous n avons rien a signer', "pas besoin d'un baa", 'pas besoin de baa', 'pas besoin baa', 'ne demandons pas de baa', 'baa n est pas necessaire', 'pas de baa necessaire', 'n avons pas besoin de baa', 'baa non necessaire', 'baa ne s applique pas', "baa ne s'applique pas", 'baa ne nous concerne pas', 'aucun baa', 'pas besoin de baa', 'n avons plus besoin', 'vous pouvez cloturer la demande', 'n en avons pas besoin'],
  negator: ['pas', 'ne', 'n', 'non', 'sans', 'jamais', 'aucun de nous', 'pas necessaire', 'au lieu de', 'plutot que', 'ni'],
  otherLaw: ['hebergeur de donnees de sante', 'hebergement de donnees de sante', 'certification hds', 'loi informatique et libertes'],
  neutral: ['si nous avons baa', 'ni accord ni refus', 'ni acceptation ni refus', 'ni refus', 'comptes rendus', 'compte rendu', 'premiere fois', 'la premiere fois', 'contrat enterprise', 'accord enterprise', 'contrat entreprise', 'accord entreprise',
    'pas sur', 'pas certain', 'ne sais pas', 'ne savons pas', 'non seulement', 'pas seulement', 'pas encore',
    'accord de traitement des donnees',
    'refus de prise en charge', 'refus de remboursement', 'demande a chatgpt', 'selon chatgpt', 'chatgpt m a dit'],
  ownSide: ['juridique', 'avocats', 'le client', 'notre client'],
  contrast: ['mais', 'plutot', 'cependant', 'par contre', 'seulement'],
  disclaimer: [
    'avis de confidentialite', 'ce message peut contenir', 'destinataire', 'ce courriel peut contenir'],
  incidental: ['personnellement', 'usage personnel', 'a titre personnel'],
  deferred: ['l annee prochaine', 'plus tard', 'dans un second temps', 'a l avenir'],
  notRequest: ['seriez vous interesse', 'seriez vous interesses', 'cela vous interesserait', 'candidat', 'candidature spontanee', 'recrutement', 'salaire', 'newsletter', 'webinaire', 'inscrivez vous', 'reponse automatique', 'absent du bureau', 'notre solution', 'recruteur', 'recruteuse', 'offre d emploi', 'seminaire', 'inscription', 'nos services', 'prendre rendez vous', 'appel de', 'vous presenter', 'se desabonner', 'poste a pourvoir', 'journaliste', 'article', 'etudiante', 'etudiant', 'memoire', 'enquete', 'partenariat', 'sans acces a ma messagerie', 'absente du bureau', 'cliquez sur le lien', 'suspension de votre compte', 'opportunite', 'je me permets de vous contacter', 'connaissez quelqu un', 'en forte croissance', 'cliquez ici', 'ne pas repondre', 'genere automatiquement', 'diagnostic gratuit', 'pour ne plus recevoir', 'en cas d urgence', 'absent jusqu au', 'absente jusqu au', "n'a pas pu etre remis", 'non remis', 'non distribue', 'echec de la remise', 'informations de diagnostic pour les administrateurs', 'adresse inconnue'],
  intent: ['il nous faut', 'il faut', 'exigence', 'obligatoire', 'besoin', 'exige', 'necessite', 'souhaitons', 'souhaiterions', 'voudrions', 'aimerions', 'obtenir', 'avant de', 'jusqu a', 'comment pouvons nous', 'requis', 'demandons', 'veut', 'veulent', 'ont demande', 'exigent', 'demandent', 'sauf si', 'a moins que'],
  privacy: ['prive', 'privee', 'sans risque', 'entrainer', 'entrainement', 'mes donnees', 'supprimer', 'anonymisees', 'anonymises'],
  postNegator: ['ne l utilisons pas', 'n est pas concernee', 'n est pas concerne', 'ne sont pas concernes'],
  newTopic: ['autre question', 'question differente', 'sujet different', 'autre sujet', 'nouvelle question', 'autre demande'],
}; // prettier-ignore

const GERMAN: SignalTerms = {
  choice: ['wir haben uns entschieden', 'entschieden fur', 'wir haben uns fur', 'wir nehmen', 'was wir eigentlich brauchen', 'was wir wirklich brauchen', 'es wird'],
  baa: [
    'geschaftspartnervereinbarung', 'geschaftspartnervertrag', 'geschaftspartner vereinbarung',
    'vereinbarung uber geschaftspartner', 'business associate vereinbarung', 'baa vereinbarung', 'baa vertrag',
    'hipaa vereinbarung', 'hipaa vertrag', 'business associate vertrag', 'vereinbarung mit geschaftspartnern',
  ],
  hipaa: ['hipaa konform', 'hipaa konformitat'],
  phi: ['patientendaten', 'gesundheitsdaten', 'medizinische daten', 'gesundheitsinformationen'],
  api: [
    'api schlussel', 'api zugang', ['schnittstelle', 0.8], ['entwickler', 0.5], ['plattform', 0.5],
    ['anwendung', 0.3], ['modell', 0.3],
    ['unserem code', 0.7], ['unser code', 0.7], ['aufrufe', 0.4], ['unsere entwickler', 0.6], ['backend', 0.5], ['serverseitig', 0.7], ['unser server', 0.6], ['unsere software', 0.5], ['unsere anwendung', 0.5], ['ihre modelle', 0.5], ['modelle', 0.3], ['http anfragen', 0.8], ['anfragen pro tag', 0.6], ['schlussel', 0.4], ['integriert', 0.5], ['integrieren', 0.5], ['auf chatgpt basierend', 0.5], ['chatgpt basierte', 0.5], ['chatgpt basierten', 0.5], ['chatgpt integration', 0.6],
  ],
  enterprise: [
    ['lizenzen', 0.6], ['platze', 0.4], ['mitarbeitende', 0.3], ['mitarbeiter', 0.3], ['mitarbeitenden', 0.3],
    ['arbeitsbereich', 0.5], ['unternehmenslizenz', 0.8],
    ['unser personal', 0.4], ['arzte', 0.3], ['nutzer', 0.3], ['konten', 0.3], ['arbeitsplatze', 0.4], ['fur unsere mitarbeiter', 0.5], ['business tarif', 0.8], ['team tarif', 0.8],
  ],
  both: ['beides', 'beide'],
  firstOption: ['ersteres', 'erstere', 'erste', 'ersten', 'erste option'],
  secondOption: ['letzteres', 'letztere', 'zweite', 'zweiten', 'zweite option'],
  rejected: [
    'erfullt nicht die kriterien', 'erfullt die kriterien nicht', 'abgelehnt', 'ablehnung', 'nicht genehmigt', 'nicht bewilligt', 'nicht angenommen', 'nicht freigegeben',
    'zuruckgewiesen', 'abgewiesen', 'neuen antrag',
    'absage', 'abgesagt', 'wurden nicht genehmigt', 'wurde nicht genehmigt', 'nicht bewilligt', 'eine absage', 'negative antwort', 'nein gesagt',
  ],
  reapply: [ 'erneut beantragen', 'erneut einreichen', 'neu beantragen', 'erneut antrag', 'erneut einen antrag', 'erneut stellen',['widerspruch einlegen', 0.8], ['widerspruchsverfahren', 0.8], 'erneut prufen'],
  request: ['antrag', 'anfrage', 'beantragt', 'angefragt', 'ausstehend'],
  declinable: ['zugriff', 'karte', 'kreditkarte', 'zahlung', 'rechnung', 'abbuchung', 'versicherung', 'versicherer', 'schadensmeldung', 'api aufrufe', 'fehlercode', 'verifizierung', 'kontingent', 'limiterhohung', ],
  already: ['wir haben baa', 'wir haben bereits baa', 'verlangerung', 'im einsatz',
    'bereits unterzeichnet', 'bereits unterschrieben', 'bereits abgeschlossen', 'haben bereits', 'haben schon',
    'schon unterschrieben', 'bestehende baa', 'bestehenden baa', 'bereits eine', 'bereits einen', 'bestehendes baa', 'haben seit', 'baa kunde', 'baa kunden', 'haben unterschrieben', 'haben unterzeichnet', 'ist unterschrieben', 'unterschrieben', 'unterzeichnet', 'bereits unterzeichnet',
    // Declined before the noun: "inklusive unterzeichnetem BAA", "BAA vorhanden".
    'unterzeichnetem baa', 'unterzeichneten baa', 'unterzeichnetes baa', 'unterschriebenem baa', 'unterschriebenen baa', 'unterschriebenes baa',
    'baa vorhanden', 'vorhandenen baa', 'vorhandenes baa',
  ],
  direct: ['mit openai', 'direkt mit', 'mit ihnen', 'ihre', 'ihrer'],
  conditional: ['falls', 'wenn', 'was passiert'],
  noBaa: ['baa ist kein thema', 'fur uns kein thema', 'fur uns also kein thema', 'fur uns nicht relevant', 'nutzen openai nicht direkt', 'nutzen wir openai nicht direkt', 'brauchen nichts von openai', 'brauchen wir nichts von openai', 'brauchen keinen baa', 'brauchen wir keinen baa', 'brauchen wir kein baa', 'brauchen wir keine baa', 'benotigen keinen baa', 'benotigen wir keinen baa', 'mussen nichts unterschreiben', 'brauchen keine baa', 'benotigen keine baa', 'keine baa benotigt', 'brauchen kein baa', 'baa ist nicht erforderlich', 'kein baa erforderlich', 'kein baa notig', 'baa nicht notig', 'benotigen kein baa', 'baa nicht zutreffend', 'nicht zutreffend', 'baa ist nicht notwendig', 'kein baa', 'baa betrifft uns nicht', 'baa ist nicht relevant', 'kein baa', 'hat sich erledigt', 'benotigen keinen vertrag'],
  postNegator: [
    'selbst setzen wir nicht ein', 'setzen wir nicht ein', 'selbst nutzen wir nicht', 'nutzen wir nicht', 'verwenden wir nicht', 'benotigen wir nicht', 'brauchen wir nicht', 'nutzen wir gar nicht',
    'wird nicht genutzt', 'ist nicht gemeint', 'machen wir nichts', 'haben wir nicht', 'ist nicht relevant', 'spielt keine rolle',
  ],
  negator: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'ohne', 'statt', 'anstatt', 'nie', 'nein', 'niemand', 'nicht notig'],
  neutral: ['weder zusage noch absage', 'weder genehmigt noch abgelehnt', 'erste mal', 'das erste mal', 'zum ersten mal', 'enterprise vertrag', 'enterprise vereinbarung', 'enterprise-vertrag', 'unternehmensvertrag',
    'nicht sicher', 'weiss nicht', 'wissen nicht', 'nicht nur', 'noch nicht', 'auftragsverarbeitung',
    'auftragsverarbeitungsvertrag', 'auftragsverarbeitungsvereinbarung',
    'kostenubernahme abgelehnt', 'chatgpt gefragt', 'laut chatgpt', 'chatgpt sagte', 'mail abgelehnt'],
  ownSide: ['rechtsabteilung', 'juristen', 'der kunde', 'unser kunde'],
  contrast: ['sondern', 'aber', 'jedoch', 'nur'],
  disclaimer: [
    'vertraulichkeitshinweis', 'diese e mail enthalt vertrauliche', 'diese nachricht kann', 'diese e mail kann'],
  incidental: ['personlich', 'private nutzung'],
  deferred: ['nachstes jahr', 'im nachsten jahr', 'spater', 'zu einem spateren zeitpunkt', 'in zukunft'],
  notRequest: ['hatten sie interesse', 'waren sie interessiert', 'stellenangebot', 'bewerbung', 'kandidat', 'kandidaten', 'gehalt', 'newsletter', 'webinar', 'jetzt anmelden', 'abwesenheitsnotiz', 'automatische antwort', 'unsere losung', 'personalberater', 'personalberatung', 'stelle', 'seminar', 'anmeldung', 'unsere dienstleistungen', 'termin vereinbaren', 'kurzes gesprach', 'vorstellen', 'abmelden', 'ausser haus', 'journalist', 'journalistin', 'redaktion', 'studentin', 'student', 'masterarbeit', 'doktorarbeit', 'umfrage', 'partnerschaft', 'klicken sie auf den link', 'sperrung ihres kontos', 'klicken sie hier', 'nicht antworten', 'automatisch generiert', 'kostenlose beratung', 'keine e mails mehr', 'handlungsbedarf', 'nicht im buro', 'keinen zugriff auf meine e mails', 'wird nicht weitergeleitet', 'in dringenden fallen', 'unzustellbar', 'konnte nicht zugestellt werden', 'nicht zugestellt', 'diagnoseinformationen fur administratoren', 'zuletzt aktualisiert', 'in diesem artikel', 'blog', 'artikel', 'pressestelle', 'fur den artikel'],
  intent: ['voraussetzung', 'pflicht', 'brauchen', 'benotigen', 'benotigt', 'erforderlich', 'voraussetzung', 'setzt voraus', 'mochten', 'wurden gerne', 'erhalten', 'bevor', 'wie konnen wir', 'verlangt', 'will', 'wollen', 'verlangen', 'hat verlangt', 'fordert', 'fordern', 'es sei denn'],
  privacy: ['privat', 'gespeichert', 'trainieren', 'meine daten', 'loschen', 'anonymisiert'],
  newTopic: ['andere frage', 'neue frage', 'anderes thema', 'anderes anliegen', 'neues anliegen', 'andere angelegenheit'],
}; // prettier-ignore

const PORTUGUESE: SignalTerms = {
  choice: ['decidimos', 'optamos por', 'escolhemos', 'vamos de', 'o que realmente precisamos', 'o que precisamos mesmo', 'sera'],
  baa: [
    'acordo de associado de negocios', 'acordo de associado comercial', 'acordo de parceiro de negocios',
    'contrato de associado de negocios', 'acordo de associado', 'acordo baa', 'contrato baa', 'acordo hipaa',
    'termo baa', 'contrato de associado comercial', 'acordo de associacao comercial',
    ['associado de negocios', 0.7],
    ['acordo de parceria comercial', 0.6],
  ],
  hipaa: ['conformidade hipaa', 'conformidade com hipaa'],
  phi: [
    'dados de pacientes', 'dados pacientes', 'dados de saude', 'informacoes de saude protegidas',
    'prontuarios', 'dados clinicos', 'informacoes de pacientes',
  ],
  api: [
    'chave de api', 'chave api', ['desenvolvedores', 0.5], ['desenvolvedor', 0.5], ['integracao', 0.5],
    ['aplicativo', 0.4],
    ['nosso codigo', 0.7], ['chamadas', 0.4], ['nossos desenvolvedores', 0.6], ['backend', 0.5], ['plataforma', 0.5], ['nosso servidor', 0.6], ['chamadas http', 0.9], ['integramos', 0.5], ['modelos', 0.3], ['nosso aplicativo', 0.5], ['nosso sistema', 0.4], ['chave', 0.5], ['chaves de api', 1], ['lado do servidor', 0.7], ['requisicoes', 0.4], ['baseado no chatgpt', 0.5], ['integracao com chatgpt', 0.6],
  ],
  enterprise: [
    ['licencas', 0.6], ['assentos', 0.5], ['funcionarios', 0.3], ['espaco de trabalho', 0.6],
    ['plano empresarial', 0.8],
    ['nossa equipe', 0.3], ['nossos medicos', 0.4], ['usuarios', 0.3], ['contas', 0.3], ['para os funcionarios', 0.5], ['plano business', 0.8], ['plano team', 0.8], ['plano enterprise', 1],
  ],
  both: ['ambos os dois', 'ambas as duas', 'os dois produtos', 'qual dos dois', 'qual das duas', 'entre os dois', 'entre as duas', 'as duas opcoes'],
  firstOption: ['a primeira', 'o primeiro', 'primeira opcao', 'primeiro'],
  secondOption: ['a segunda', 'o segundo', 'segunda opcao', 'a ultima', 'o ultimo'],
  reapply: ['solicitar novamente', 'reaplicar', 'reenviar a solicitacao', 'reenviar o pedido', 'enviar de novo', 'solicitar de novo'],
  rejected: [
    'nao atende aos criterios', 'nao cumpre os criterios', 'recusada', 'recusado', 'recusaram', 'rejeitada', 'rejeitado', 'negado', 'nao foi aprovada',
    'nao foi aprovado', 'nao aprovada', 'nao aprovado', 'reprovada', 'reprovado', 'indeferida', 'indeferido',
    'nao foi aceita', 'nao foi aceito', 'negaram', 
    'nova solicitacao', 'nao fomos aprovados', 'nao fomos aprovadas', 'nao fomos aceitos', 'nao nos aprovaram', 'disseram que nao', 'resposta negativa',
  ],
  request: ['solicitacao', 'pedido', 'requisicao', 'pendente'],
  declinable: ['acesso', 'cartao', 'pagamento', 'cobranca', 'fatura', 'seguradora', 'sinistro', 'chamadas de api', 'codigo de erro', 'verificacao', 'cota', 'aumento de limite', ],
  already: ['temos baa', 'ja temos baa',
    'ja temos', 'ja assinamos', 'ja possuimos', 'ja assinado', 'ja foi assinado', 'foi assinado', 'renovacao', 'ja esta assinado', 'ja em vigor', 'temos baa com', 'baa vigente', 'desde que assinamos', 'assinamos o baa em', 'ja assinamos', 'temos baa assinado',
  ],
  direct: ['com openai', 'diretamente com', 'com voces', 'sua'],
  conditional: ['caso', 'o que acontece'],
  noBaa: ['nao vamos mais precisar', 'nao precisamos mais', 'pode fechar o chamado', 'nao usamos openai diretamente', 'nao usamos a openai diretamente', 'nao precisamos de nada da openai', 'nao precisamos assinar nada', 'nao preciso assinar nada', 'nao precisamos assinar', 'nao precisamos de baa', 'nao precisamos baa', 'nao preciso de baa', 'baa nao e necessario', 'nao e necessario baa', 'nao precisamos de baa', 'nao e preciso baa', 'baa nao se aplica', 'baa nao se aplicam', 'baa nao se aplica', 'baa nao e necessario', 'nao precisamos de baa', 'sem baa', 'ja nao precisamos', 'podem fechar o pedido', 'outro fornecedor'],
  negator: ['nao', 'nem', 'sem', 'em vez de', 'ao inves de', 'ninguem', 'nenhum de nos', 'nao precisa', 'nada de'],
  neutral: ['se temos baa', 'se ja temos baa', 'nem aprovacao nem recusa', 'nem aprovado nem recusado', 'primeira vez', 'a primeira vez', 'contrato enterprise', 'acordo enterprise', 'contrato empresarial', 'acordo empresarial',
    'nao sei', 'nao tenho certeza', 'nao sabemos', 'nao so', 'nao apenas', 'ainda nao', 'nao tenho',
    'acordo de processamento de dados',
    'reembolso negado', 'perguntei ao chatgpt', 'segundo chatgpt', 'chatgpt disse'],
  ownSide: ['juridico', 'advogados', 'o cliente', 'nosso cliente'],
  contrast: ['mas', 'e sim', 'porem', 'contudo', 'apenas'],
  disclaimer: [
    'aviso de confidencialidade', 'esta mensagem pode conter', 'este e mail pode conter'],
  incidental: ['pessoalmente', 'uso pessoal', 'conta pessoal'],
  deferred: ['ano que vem', 'proximo ano', 'mais tarde', 'mais para frente', 'no futuro'],
  notRequest: ['dissertacao', 'investigacao academica', 'mestrado', 'teriam interesse', 'teria interesse', 'vaga', 'candidato', 'candidatos', 'recrutamento', 'salario', 'curriculo', 'newsletter', 'webinar', 'inscreva se', 'resposta automatica', 'fora do escritorio', 'nossa solucao', 'agende uma demonstracao', 'recrutadora', 'recrutador', 'seminario', 'inscricoes', 'nossos servicos', 'marcar', 'agendar uma reuniao', 'apresentar', 'indicar alguem', 'divulgar internamente', 'descadastrar', 'jornalista', 'reportagem', 'estudante', 'tese', 'pesquisa academica', 'parceria', 'dados de pagamento', 'evitar a suspensao', 'suspensao da sua conta', 'clique no link', 'renovar contrato agora', 'agende um diagnostico', 'diagnostico gratuito', 'para nao receber mais', 'clique aqui', 'ajuda empresas', 'em caso de urgencia', 'sem acesso ao e mail', 'nao foi possivel entregar', 'nao entregue', 'falha na entrega', 'informacoes de diagnostico para administradores'],
  intent: ['obrigatorio', 'requisito', 'precisamos', 'preciso', 'precisa', 'necessitamos', 'exige', 'requer', 'queremos', 'gostariamos', 'obter', 'antes de', 'ate que', 'como podemos', 'quer', 'querem', 'pede', 'pedem', 'pediu', 'pediram', 'solicitou', 'exigiu', 'a nao ser que', 'a menos que'],
  privacy: ['privado', 'privada', 'armazenados', 'armazenadas', 'treinar', 'treinamento', 'meus dados', 'apagar', 'excluir', 'anonimizados'],
  newTopic: ['outra pergunta', 'outra questao', 'outro assunto', 'assunto diferente', 'nova pergunta', 'outra duvida'],
}; // prettier-ignore

const ITALIAN: SignalTerms = {
  choice: ['abbiamo deciso', 'abbiamo scelto', 'optiamo per', 'andiamo con', 'quello che ci serve davvero', 'quello che ci serve'],
  baa: [
    'accordo di associazione commerciale', 'accordo di associato commerciale', 'accordo con associato commerciale',
    'accordo di business associate', 'contratto di business associate', 'accordo baa', 'contratto baa',
    'accordo hipaa', 'contratto hipaa', ['associato commerciale', 0.7], ['partner commerciale', 0.5],
  ],
  hipaa: ['conformita hipaa', 'conforme hipaa', 'conformi hipaa'],
  phi: ['dati dei pazienti', 'dati pazienti', 'dati sanitari', 'cartelle cliniche', 'informazioni sanitarie', 'dati clinici'],
  api: [
    'chiave api', 'chiavi api', ['sviluppatori', 0.5], ['sviluppatore', 0.5], ['piattaforma', 0.5], ['integrazione', 0.5],
    ['integrare', 0.5], ['nostro codice', 0.7], ['chiamate', 0.4], ['applicazione', 0.3], ['modello', 0.3], ['lato server', 0.7], ['nostro server', 0.6], ['nostro software', 0.5], ['nostra applicazione', 0.5], ['vostri modelli', 0.5], ['modelli', 0.3], ['richieste http', 0.8], ['chiavi', 0.4], ['integriamo', 0.5], ['basato su chatgpt', 0.5], ['integrazione con chatgpt', 0.6],
  ],
  enterprise: [
    ['licenze', 0.6], ['postazioni', 0.5], ['dipendenti', 0.3], ['personale', 0.3], ['area di lavoro', 0.6],
    ['spazio di lavoro', 0.6], ['medici', 0.3], ['utenti', 0.3], ['account', 0.3], ['quella per i dipendenti', 0.8], ['per i dipendenti', 0.5], ['piano business', 0.8], ['piano team', 0.8], ['piano enterprise', 1],
  ],
  both: ['entrambi', 'entrambe', 'tutti e due', 'tutte e due'],
  firstOption: ['la prima', 'il primo', 'prima opzione', 'primo'],
  secondOption: ['la seconda', 'il secondo', 'seconda opzione', "l'ultima", "l'ultimo", 'questultima'],
  reapply: ['ripresentare', ['ricorso', 0.7], ['riconsiderazione', 0.8], 'ripresentare la domanda', 'presentare di nuovo'],
  rejected: [
    'non soddisfa i criteri', 'non rispetta i criteri', 'non e stata accolta', 'non e stata accettata', 'rifiutata', 'rifiutato', 'respinta', 'respinto', 'negata', 'negato', 'non approvata', 'non approvato',
    'non e stata approvata', 'non e stato approvato', 'non accettata', 'rifiuto', 'nuova richiesta',
    'non siamo stati approvati', 'non ci hanno approvato', 'detto di no', 'ci avete detto di no', 'risposta negativa',
  ],
  request: ['richiesta', 'domanda', 'in attesa'],
  declinable: ['accesso', 'carta', 'pagamento', 'fattura', 'addebito', 'assicurazione', 'assicuratore', 'sinistro', 'chiamate api', 'codice di errore', 'verifica', 'quota', 'aumento del limite', ],
  already: ['abbiamo baa', 'abbiamo gia', 'gia firmato', 'gia in vigore', 'baa esistente', 'baa attuale', 'abbiamo baa con', 'baa in vigore', 'da quando abbiamo firmato', 'abbiamo firmato', 'abbiamo gia firmato', 'abbiamo baa firmato', 'regolarmente in vigore', 'e stato firmato', 'rinnovo'],
  direct: ['con openai', 'direttamente con', 'con voi', 'vostro', 'vostra'],
  conditional: ['qualora', 'nel caso', 'cosa succede'],
  noBaa: ['non e richiesto alcun baa', 'non e richiesto baa', 'alcun baa', 'baa non ci riguardano', 'baa non ci riguarda', 'non usiamo openai direttamente', 'non utilizziamo openai direttamente', 'non ci serve nulla da openai', 'non dobbiamo firmare nulla', 'non dobbiamo firmare niente', 'non serve firmare', 'non abbiamo bisogno di baa', 'non serve baa', 'non ci serve baa', 'baa non e necessario', 'non serve baa', 'non abbiamo bisogno di baa', 'baa non necessario', 'baa non si applica', 'nessun baa', 'baa non si applica', 'baa non serve', 'baa non ci riguarda', 'non ne abbiamo piu bisogno', 'potete chiudere la richiesta'],
  negator: ['non', 'senza', 'mai', 'nessuno di noi', 'nessuna', 'nessun', 'nessuno', 'invece di', 'anziche', 'ne'],
  neutral: ['ne approvazione ne rifiuto', 'ne approvata ne rifiutata', 'prima volta', 'la prima volta', 'contratto enterprise', 'accordo enterprise', 'contratto aziendale', 'non so', 'non sono sicuro', 'non sono sicura', 'non solo', 'non ancora', 'accordo sul trattamento dei dati', 'dpa', 'chiesto a chatgpt', 'secondo chatgpt', 'chatgpt mi ha detto'],
  ownSide: ['ufficio legale', 'legale', 'avvocati', 'il cliente', 'il nostro cliente'],
  contrast: ['ma', 'bensi', 'pero', 'tuttavia', 'solo'],
  disclaimer: ['avviso di riservatezza', 'questo messaggio puo contenere', 'destinatario', 'riservato'],
  incidental: ['personalmente', 'uso personale'],
  deferred: ['l anno prossimo', 'il prossimo anno', 'piu avanti', 'in futuro', 'in un secondo momento'],
  notRequest: ['candidatura', 'curriculum', 'sareste interessati', 'sarebbe interessato', 'sarebbe interessata', 'vi proponiamo', 'call conoscitiva', 'posizione aperta', 'candidato', 'candidati', 'stipendio', 'newsletter', 'webinar', 'iscriviti', 'risposta automatica', 'fuori ufficio', 'la nostra soluzione', 'selezione', 'offerta di lavoro', 'retribuzione', 'seminario', 'iscrizione', 'i nostri servizi', 'fissare una chiamata', 'presentarvi', 'disiscriviti', 'giornalista', 'articolo', 'studente', 'studentessa', 'tesi', 'sondaggio', 'partnership', 'clicca sul link', 'sospensione del tuo account', 'in attesa della sua firma', 'clicchi qui', 'clicca qui', 'potrebbe essere sospeso', 'generato automaticamente', 'non rispondere', 'azione richiesta', 'in caso di urgenza', 'sono fuori ufficio', 'consulenza gratuita', 'non recapitabile', 'non e stato possibile recapitare', 'impossibile recapitare', 'informazioni di diagnostica per gli amministratori', 'inviarvi un preventivo', 'ufficio commerciale', 'agenzia specializzata'],
  intent: ['prima dell', 'obbligatorio', 'requisito', 'abbiamo bisogno', 'avremmo bisogno', 'bisogno', 'necessitiamo', 'richiede', 'vorremmo', 'ottenere', 'finche', 'come possiamo', 'vuole', 'vogliono', 'chiede', 'chiedono', 'ha chiesto', 'hanno chiesto', 'esige', 'a meno che'],
  privacy: ['privato', 'privata', 'resta privato', 'conservati', 'addestrare', 'addestramento', 'miei dati', 'cancellare', 'disattivarlo', 'anonimizzati'],
  newTopic: ['altra domanda', 'domanda diversa', 'argomento diverso', 'altro argomento', 'nuova domanda', 'altra questione'],
}; // prettier-ignore

const DUTCH: SignalTerms = {
  choice: ['we hebben besloten', 'we kiezen voor', 'gekozen voor', 'wat we eigenlijk nodig hebben', 'wat we echt nodig hebben', 'het wordt'],
  baa: [
    'business associate overeenkomst', 'bedrijfspartnerovereenkomst', 'zakenpartnerovereenkomst', 'baa overeenkomst',
    'baa contract', 'hipaa overeenkomst', 'hipaa contract', ['zakenpartner', 0.5],
  ],
  hipaa: ['hipaa conform', 'hipaa compliant', 'hipaa naleving'],
  phi: ['patientgegevens', 'patienten gegevens', 'gezondheidsgegevens', 'medische gegevens', 'medische dossiers', 'zorgdata'],
  api: [
    'api sleutel', 'api sleutels', ['ontwikkelaars', 0.5], ['ontwikkelaar', 0.5], ['integratie', 0.5], ['koppeling', 0.6],
    ['onze code', 0.7], ['aanroepen', 0.5], ['applicatie', 0.3], ['model', 0.3], ['serverkant', 0.7], ['onze server', 0.6], ['onze software', 0.5], ['onze applicatie', 0.5], ['jullie modellen', 0.5], ['modellen', 0.3], ['http verzoeken', 0.8], ['sleutels', 0.4], ['integreren', 0.5], ['gebaseerd op chatgpt', 0.5], ['chatgpt integratie', 0.6],
  ],
  enterprise: [
    ['licenties', 0.6], ['werkruimte', 0.6], ['medewerkers', 0.3], ['personeel', 0.3], ['artsen', 0.3],
    ['gebruikers', 0.3], ['accounts', 0.3], ['plekken', 0.4], ['voor onze medewerkers', 0.5], ['business abonnement', 0.8], ['team abonnement', 0.8],
  ],
  both: ['beide', 'allebei', 'alle twee'],
  firstOption: ['de eerste', 'het eerste', 'eerste optie', 'eerste'],
  secondOption: ['de tweede', 'het tweede', 'tweede optie', 'de laatste', 'het laatste', 'tweede'],
  reapply: ['opnieuw aanvragen', 'opnieuw indienen', ['bezwaar', 0.7], ['heroverweging', 0.8]],
  rejected: [
    'voldoet niet aan de criteria', 'afgewezen', 'afwijzing', 'niet goedgekeurd', 'geweigerd', 'niet geaccepteerd', 
    'nieuwe aanvraag', 'niet goedgekeurd', 'zijn niet goedgekeurd', 'nul op het rekest', 'negatief antwoord',
  ],
  request: ['aanvraag', 'verzoek', 'aangevraagd', 'in behandeling'],
  declinable: ['toegang', 'kaart', 'betaling', 'factuur', 'incasso', 'verzekeraar', 'schadeclaim', 'api aanroepen', 'foutcode', 'verificatie', 'quotum', 'limietverhoging', ],
  already: ['getekend', 'hebben baa en', 'hebben al baa', 'hebben al', 'al getekend', 'al ondertekend', 'bestaande baa', 'huidige baa', 'hebben baa met', 'hebben sinds', 'hebben getekend', 'hebben ondertekend', 'al getekend', 'hebben baa getekend', 'verlenging', 'is al geregeld', 'al sinds'],
  direct: ['met openai', 'rechtstreeks met', 'met jullie', 'met u', 'jullie', 'uw'],
  conditional: ['als', 'indien', 'wat gebeurt'],
  noBaa: ['gebruiken openai niet direct', 'gebruiken we openai niet direct', 'hebben niets nodig van openai', 'hoeven niets te tekenen', 'niets te ondertekenen', 'geen baa nodig', 'hebben geen baa nodig', 'baa is niet nodig', 'geen baa nodig', 'baa niet nodig', 'baa is niet van toepassing', 'baa is niet van toepassing', 'geen baa', 'baa niet nodig', 'niet meer nodig', 'aanvraag intrekken'],
  negator: ['niet', 'geen', 'zonder', 'nooit', 'niemand', 'in plaats van', 'noch'],
  neutral: ['wordt getekend', 'eerste keer', 'de eerste keer', 'enterprise contract', 'enterprise overeenkomst', 'enterprise-overeenkomst', 'weet niet', 'niet zeker', 'niet alleen', 'nog niet', 'verwerkersovereenkomst', 'avg', 'chatgpt gevraagd', 'volgens chatgpt'],
  otherLaw: ['conform de avg', 'onder de avg', 'om de avg', 'volgens de avg'],
  ownSide: ['juridische afdeling', 'jurist', 'juristen', 'de klant', 'onze klant'],
  contrast: ['maar', 'echter', 'alleen', 'wel'],
  disclaimer: ['dit bericht kan vertrouwelijke', 'vertrouwelijk', 'uitsluitend bestemd'],
  incidental: ['persoonlijk', 'prive gebruik'],
  deferred: ['volgend jaar', 'in de toekomst', 'op termijn'],
  notRequest: ['persvraag', 'dagblad', 'achtergrondstuk', 'mijn deadline', 'zou u interesse hebben', 'zouden jullie interesse hebben', 'vacature', 'kandidaat', 'kandidaten', 'werving', 'salaris', 'nieuwsbrief', 'webinar', 'schrijf je in', 'automatisch antwoord', 'afwezigheidsbericht', 'onze oplossing', 'spreker', 'congres', 'recruiter', 'seminar', 'aanmelden', 'inschrijven', 'onze diensten', 'afspraak inplannen', 'kort gesprek', 'voorstellen', 'uitschrijven', 'afwezig', 'journalist', 'artikel', 'student', 'studente', 'scriptie', 'enquete', 'partnerschap', 'kennismaking', 'implementatiepartner', 'klik op de link', 'klik hier', 'niet beantwoorden', 'automatisch gegenereerd', 'gratis adviesgesprek', 'afmelden', 'in dringende gevallen', 'niet op kantoor', 'onbestelbaar', 'kan niet worden bezorgd', 'niet bezorgd', 'diagnostische gegevens voor beheerders'],
  intent: ['vereiste', 'verplicht', 'nodig', 'vereist', 'willen', 'zouden graag', 'verkrijgen', 'voordat', 'totdat', 'hoe kunnen we', 'wil', 'vraagt', 'vragen', 'vroeg', 'vroegen', 'heeft gevraagd', 'eist', 'tenzij', 'hebben baa nodig', 'hebben baa met openai nodig', 'hebben baa met jullie nodig', 'hebben baa met u nodig'],
  privacy: ['prive', 'opgeslagen', 'trainen', 'mijn gegevens', 'verwijderen', 'geanonimiseerd'],
  postNegator: ['gebruiken we niet', 'niet gebruikt', 'doen we niets', 'doen we niks', 'doen we niet', 'hebben we niet', 'hebben we niets', 'is niet relevant', 'is niet van toepassing'],
  newTopic: ['andere vraag', 'nieuwe vraag', 'ander onderwerp', 'andere kwestie'],
}; // prettier-ignore

/** Japanese has no spaces: each phrase here is found as a whole wherever it stands. */
const JAPANESE: SignalTerms = {
  choice: ['に決めました', 'に決定しました', 'にします', 'で進めます'],
  baa: [
    '事業提携契約', 'ビジネスアソシエイト契約', 'ビジネス・アソシエイト契約', 'ビジネスアソシエート契約',
    'ビジネス・アソシエート契約', '業務提携契約', 'ビジネス・アソシエイト・アグリーメント', 'ビジネスアソシエイトアグリーメント',
    '事業提携者契約', ['ビジネスアソシエイト', 0.8], 'baa契約',
  ],
  hipaa: ['hipaa準拠'],
  phi: ['患者データ', '患者情報', '医療情報', '健康情報', '診療情報', 'カルテ'],
  api: [
    ['開発者', 0.5], ['プラットフォーム', 0.5], 'エンドポイント', ['連携', 0.4], ['組み込', 0.4], ['アプリ', 0.3],
    ['apiキー', 1], ['自社システム', 0.5], ['自社サービス', 0.5], ['コード', 0.5], ['呼び出', 0.5], ['開発者向け', 0.8], ['サーバー', 0.5], ['バックエンド', 0.6], ['自社アプリ', 0.5], ['httpリクエスト', 0.8], ['モデルを呼び出', 0.8], ['apiの方', 0.9],
  ],

  enterprise: [
    ['エンタープライズ', 0.7], ['チャットgpt', 1], ['ライセンス', 0.6], ['シート', 0.5], ['社員', 0.3],
    ['従業員', 0.3], ['スタッフ', 0.3], ['ワークスペース', 0.6], ['チームプラン', 0.8],
    ['職員', 0.3], ['医師', 0.3], ['看護師', 0.3], ['アカウント', 0.3], ['席', 0.3], ['社員向け', 0.7], ['従業員向け', 0.7], ['chatgptの方', 0.9], ['エンタープライズの方', 0.9],
  ],
  both: ['両方', '両者'],
  firstOption: ['最初', '一つ目', '1つ目', '前者'],
  secondOption: ['二つ目', '2つ目', '後者', '後の方'],
  reapply: ['再申請', '再度申請'],
  rejected: [
    '却下', '承認されませんでした', '承認されなかった', '承認いただけませんでした', '不承認', '拒否', '否認',
    '通りませんでした', '通らなかった', '承認されず', '不許可', 'お断り',
    // Chinese, found the same way as Japanese (CJK runs).
    '被拒', '拒绝', '未获批准',
  ],
  request: ['申請', '依頼', 'リクエスト', '審査中'],
  declinable: ['カード', '支払', '決済', '請求', '保険', '保険金', 'apiコール', 'api呼び出し', 'エラーコード', '認証', '本人確認', '上限', ],
  already: ['締結済', 'すでに締結', '既に締結', '締結しています', '締結しております', '既に', 'すでに', 'baaを締結して', 'baaを締結済', '締結しました', '已签', '已签署', '締結済み', '既に締結', '締結済', '締結も完了', '締結させていただいております'],
  direct: ['御社と', '貴社と'],
  conditional: ['場合'],
  noBaa: ['契約を希望しているわけではなく', '契約を希望しているわけではありません', 'baaは不要', 'baaは必要ありません', '不要になりました', 'は不要になりました', 'baa不要', 'baaの締結は不要', 'baaは必要ない', 'baaは関係ありません', 'baaは関係ない', 'baaは不要', 'baaは対象外', 'hipaaやbaaは関係ありません', 'hipaaやbaaは関係ない', 'hipaaやbaaは不要', '必要なくなりました'],
  postNegator: [
    'ではなく', 'ではありません', 'ではございません', 'じゃなく', 'ではない', '使っていません', '使用していません', '利用していません',
    '使いません', '使用しません', '利用しません', '使用しておりません', '利用しておりません', '使っておりません', '使う予定はありません', '使う予定はございません', '契約予定はございません', '契約予定はありません', '予定はございません', '予定はありません', 'は使っていない', 'は利用していない', 'は不要', '不要', '必要ありません', '必要ない', '対象外',
  ],
  incidental: ['個人的に', '個人で'],
  deferred: ['来年', '将来', '今後検討'],
  disclaimer: ['本メールには', 'このメールには', '誤って受信'],
  neutral: ['エンタープライズ契約', '保険請求の却下'],
  ownSide: ['法務'],
  notRequest: ['研究目的', '論文', '求人', '採用', '候補者', '年収', 'セミナー', 'ウェビナー', 'メールマガジン', 'メルマガ', '自動返信', '不在', '配信停止', '登壇', '開催', 'お申し込み', 'お申込み', '参加費', '無料セミナー', '転職', 'ご紹介させて', '弊社サービス', '営業部', '記者', '取材', '学生', '卒業論文', '修士論文', 'アンケート', '提携のご提案', 'パートナー', 'リンクをクリック', 'アカウント停止', '自動送信', '返信不要', 'こちらをクリック', '無料診断', '不在にしております', '緊急の場合', '配信できませんでした', '配信不能', '配信に失敗', '送信できませんでした', '自動応答', '出張のため不在'],
  intent: ['必要', '締結したい', 'お願いしたい', '希望', '取得したい', 'したい', '前に', 'までに'],
  privacy: ['学習に使', '削除', 'オプトアウト', 'プライバシー', '匿名化', '保存期間'],
  newTopic: ['別の質問', '別件', '別の件', '今回は別'],
}; // prettier-ignore

export const LEXICON = {
  shared: SHARED,
  en: ENGLISH,
  es: SPANISH,
  fr: FRENCH,
  de: GERMAN,
  pt: PORTUGUESE,
  it: ITALIAN,
  nl: DUTCH,
  ja: JAPANESE,
} as const satisfies Record<string, SignalTerms>;

export type LexiconLanguage = keyof typeof LEXICON;
