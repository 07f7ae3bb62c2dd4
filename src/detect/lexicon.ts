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
  /** A card or payment: "declined" next to it is no BAA rejection. */
  | 'payment'
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
  /** E-mail confidentiality footers: HIPAA and PHI after it are boilerplate. */
  | 'disclaimer'
  /** Phrases that must not be read as their parts ("enterprise agreement", "not sure", a DPA). */
  | 'neutral';

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
  payment: 1,
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
  ...['azure', 'microsoft', 'microsoft azure', 'aws', 'amazon', 'amazon web services', 'google', 'google cloud',
    'gcp', 'マイクロソフト', 'アマゾン', 'グーグル'].map((name) => [name, CLOUD_ONLY_WEIGHT] as const),
]; // prettier-ignore

/** Product names and other words that read the same in every language. */
const SHARED: SignalTerms = {
  baa: ['baa', 'baa agreement', 'hipaa baa', 'b a a'],
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
  ],
  enterprise: [
    ['chatgpt', 1], ['chat gpt', 1], ['chatgpt enterprise', 1.5], ['chat gpt enterprise', 1.5],
    ['chatgpt entreprise', 1.5], ['chatgpt team', 1.2], ['chatgpt teams', 1.2], ['chatgpt edu', 1.2],
    ['chatgpt business', 1.2], ['chatgpt plus', 1.2], ['chatgpt pro', 1.2], ['chatgpt gov', 1.2],
    ['chatgpt for healthcare', 1.2], ['chatgpt for clinicians', 1.2], ['chatgpt health', 1.2],
    ['chatgpt app', 1], ['chatgpt desktop app', 1], ['desktop app', 0.6], ['openai enterprise', 0.8],
    ['enterprise', 0.7], ['custom gpts', 0.6], ['gpts', 0.6],
  ],
  vendor: VENDORS,
  neutral: [
    'enterprise agreement', 'enterprise agreements', 'enterprise contract', 'enterprise grade', 'enterprise level',
    'enterprise scale', 'enterprise software', 'enterprise customers', 'enterprise ready', 'enterprise security',
    'dpa', 'avv', 'soc 2', 'soc2', 'gdpr', 'rgpd', 'dsgvo', 'lgpd', 'iso 27001', 'chatgpt like',
  ],
}; // prettier-ignore

const ENGLISH: SignalTerms = {
  baa: [
    'business associate agreement', 'business associates agreement', 'business associate agreements',
    'business associate addendum', 'business associate contract', 'associate agreement', 'healthcare addendum',
    'hipaa agreement', 'hipaa contract', 'hipaa addendum', ['business associate', 0.8],
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
    ['our platform', 0.6], ['our software', 0.5], ['our application', 0.5], ['saas', 0.4], ['software', 0.3],
    ['model', 0.3], ['models', 0.3], ['organization id', 0.5], ['org id', 0.5], ['usage tier', 0.7],
    ['webhook', 0.5],
    ['text to speech', 0.6], ['speech to text', 0.6], ['transcription api', 1], ['gpt 4o mini', 0.4],
    ['o4 mini', 0.3],
  ],
  enterprise: [
    ['enterprise plan', 1], ['enterprise workspace', 1], ['enterprise subscription', 1],
    ['enterprise account', 0.8],
    ['team plan', 0.8], ['teams plan', 0.8], ['team subscription', 0.8], ['team workspace', 0.8],
    ['team account', 0.6],
    ['gpt enterprise', 1.2], ['business plan', 0.7], ['seats', 0.6], ['seat', 0.5],
    ['licenses', 0.6], ['licences', 0.6], ['license', 0.4], ['licence', 0.4], ['workspace', 0.6],
    ['workspaces', 0.6], ['employees', 0.3], ['staff', 0.3], ['chat interface', 0.6],
  ],
  both: ['both', 'both products', 'either', 'each of them'],
  rejected: [
    'declined', 'denied', 'rejected', 'rejection', 'denial', 'reject', 'rejects', 'deny', 'denies', 'decline',
    'disapproved', 'turned down', 'refused',
    'not approved', "wasn't approved", "weren't approved", "isn't approved", 'not been approved',
    "didn't get approved", 'did not get approved', "didn't pass", 'did not pass', 'not accepted',
    'said no', 'answer was no', 'got a no', 'not qualify', "didn't qualify", 'did not qualify', "doesn't qualify",
    'does not qualify', 'not granted', "wasn't granted", "didn't go through", 'did not go through',
    'turned us down', "won't sign", 'will not sign', 'refused to sign', 'declined to sign', 'unwilling to sign',
    'not willing to sign', 'not eligible', 'ineligible', "couldn't approve", 'could not approve',
    'unable to approve', 'cannot approve', "can't approve", ['unsuccessful', 0.6],
  ],
  reapply: [
    'apply again', 'submit again', 're apply', 'reapply', 're applying', 'reapplying', 'reapplication',
    're submit', 'resubmit', ['appeal', 0.7], ['reconsider', 0.8], ['reconsideration', 0.8],
  ],
  request: [
    'request', 'requests', 'requested', 'requesting', 'application', 'applied', 'apply', 'submission', 'submitted',
    'pending', 'under review',
  ],
  payment: ['card', 'credit card', 'payment', 'charge', 'transaction', 'invoice', 'billing'],
  already: [
    'already have', 'already has', 'already had', 'already signed', 'already executed', 'already got',
    'already in place', 'already established', 'already covered', 'already completed', 'already obtained',
    'signed baa', 'executed baa', 'existing baa', 'current baa', 'baa in place', 'baa is in place', 'baa is signed',
    'baa was signed', 'baa has been signed', 'have baa in place', 'under our baa', 'covered by our baa',
    'our baa is', 'our baa was', 'our signed baa', 'our existing baa', 'our current baa', 'our baa with openai',
    'our baa covers', 'our baa includes', 'our baa allows', 'download our baa', 'copy of our baa', 'find our baa',
    'access our baa', 'our baa expires',
    'we have baa', 'we now have baa', 'have signed', 'we signed', 'have executed', 'have baa with openai', 'have baa with you', 'since signing',
    'after signing', 'renewal', 'renew', 'expire', 'expires', 'expiration', 'amend', 'amendment',
  ],
  intent: [
    'until', 'once', 'before', 'need', 'needs', 'needed', 'want', 'wants', 'require', 'requires', 'required',
    'get', 'obtain', 'would like', 'looking to', 'how do we', 'how can we', 'asked', 'asking',
  ],
  conditional: [
    'if', 'whether', 'in case', 'what happens', 'what if', 'in the event', 'ever', 'usually', 'typically', 'often',
    'chance',
  ],
  undecided: [
    'still deciding', 'deciding between', "haven't decided", 'have not decided', 'not decided', 'undecided',
    'not sure which', 'evaluating both', 'or both', 'not sure yet which',
  ],
  direct: [
    'with openai', 'from openai', 'openai directly', 'directly with', 'directly from', 'directly through',
    'with you', 'from you', 'your', 'openai baa',
  ],
  noBaa: [
    "don't need baa", 'do not need baa', "don't need a baa", 'no baa needed', 'not need baa', 'not asking for baa',
    'not asking about baa', 'not requesting baa', 'not looking for baa', 'not about baa', 'no need for baa',
    "don't require baa", 'do not require baa', "don't want baa", 'baa is not needed', 'baa not needed',
    "baa isn't needed", 'not baa', 'not baa question', 'not a baa request', 'not baa request', 'no baa required',
  ],
  negator: [
    'not', 'no', 'never', "don't", 'dont', "doesn't", 'doesnt', 'do not', 'does not', "isn't", 'isnt', "aren't",
    "won't", "wasn't", "haven't", 'have not', "hasn't", 'has not', 'without', 'instead of', 'rather than',
    'other than', 'nor', 'neither', 'no longer', "didn't", 'did not', 'none of us', 'none of our', 'nobody', 'no one',
    'not needed', 'not required',
  ],
  neutral: [
    'not sure', 'not certain', "don't know", 'do not know', 'dont know', 'no idea', 'not only', 'not just',
    'not clear', "i'm not", 'we signed up', 'have signed up', 'signed up', 'no problem', 'no worries',
    'data processing agreement', 'data processing addendum',
    'not yet approved', 'not been approved yet', 'not approved yet', 'no response',
    // Everyday healthcare billing, not a BAA decision: "claim denial letters", "prior-auth appeals".
    'claim denial', 'claim denials', 'denied claims', 'denial letter', 'denial letters', 'appeal letter',
    'appeal letters', 'insurance appeals', 'auth appeals', 'sign off',
  ],
  ownSide: ['legal', 'counsel', 'lawyers', 'compliance', 'board', 'leadership', 'management', 'boss'],
  contrast: ['but', 'however', 'instead', 'rather', 'although', 'though', 'whereas', 'while', 'only'],
  disclaimer: [
    'confidentiality notice', 'confidential notice', 'this email may contain', 'this e mail may contain',
    'this message may contain', 'this message and any attachments', 'intended recipient', 'intended only for',
    'privileged and confidential', 'this communication may contain', 'this email and any attachments',
    'this email is confidential', 'this message is confidential',
  ],
  incidental: ['personally', 'personal use', 'personal account'],
}; // prettier-ignore

const SPANISH: SignalTerms = {
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
  ],
  enterprise: [
    ['licencias', 0.6], ['asientos', 0.5], ['puestos', 0.3], ['empleados', 0.3], ['plan empresarial', 0.8],
    ['plan enterprise', 1], ['espacio de trabajo', 0.6], ['colaboradores', 0.3],
  ],
  both: ['ambos', 'ambas', 'los dos', 'las dos'],
  rejected: [
    'rechazada', 'rechazado', 'rechazaron', 'rechazo', 'denegada', 'denegado', 'denegaron', 'negada', 'negaron',
    'no fue aprobada', 'no fue aprobado', 'no aprobada', 'no aprobado', 'no aprobaron', 'no nos aprobaron',
    'no fue aceptada', 'no calificamos', 'no califica', 'no se aprobo', 'no se acepto', 'volver a solicitar',
    'volver a aplicar', 'solicitar de nuevo', 'solicitar nuevamente',
    'reenviar solicitud', ['apelar', 0.7], ['reconsideracion', 0.8],
  ],
  request: ['solicitud', 'solicitamos', 'solicitado', 'peticion', 'aplicamos', 'tramite', 'pendiente'],
  payment: ['tarjeta', 'pago', 'cobro', 'factura'],
  already: [
    'ya tenemos', 'ya firmamos', 'ya hemos firmado', 'ya contamos con', 'ya esta firmado', 'ya firmado',
    'ya tenemos firmado', 'baa vigente', 'acuerdo vigente', 'ya esta en vigor', 'ya existe',
  ],
  direct: ['con openai', 'de openai directamente', 'directamente con', 'con ustedes', 'su'],
  conditional: ['en caso de', 'que pasa'],
  noBaa: ['no necesitamos baa', 'no buscamos baa', 'no es sobre baa', 'no solicitamos baa', 'no necesito baa'],
  negator: ['no', 'ni', 'sin', 'nunca', 'tampoco', 'nadie', 'ninguno de nosotros', 'no hace falta', 'en lugar de', 'en vez de', 'no usamos', 'no utilizamos'],
  neutral: [
    'no estoy seguro', 'no estoy segura', 'no se', 'no sabemos', 'no solo', 'no tenemos claro',
    'acuerdo de procesamiento de datos', 'aun no', 'todavia no',
    'reclamaciones denegadas', 'carta de apelacion', 'cartas de apelacion',
  ],
  ownSide: ['legal', 'juridico', 'abogados'],
  contrast: ['sino', 'pero', 'sin embargo', 'solo'],
  disclaimer: [
    'aviso de confidencialidad', 'este correo puede contener', 'destinatario previsto', 'este mensaje puede contener',
  ],
  incidental: ['personalmente', 'uso personal', 'a titulo personal'],
}; // prettier-ignore

const FRENCH: SignalTerms = {
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
  ],
  enterprise: [
    ['licences', 0.6], ['sieges', 0.5], ['postes', 0.3], ['employes', 0.3], ['collaborateurs', 0.3],
    ['espace de travail', 0.6], ['offre entreprise', 0.8], ['offre enterprise', 1],
  ],
  both: ['les deux', 'tous les deux'],
  rejected: [
    'refusee', 'refuse', 'refuser', 'rejetee', 'rejete', 'refus', 'pas ete approuvee', 'pas ete approuve',
    'pas ete acceptee', 'pas ete retenue', 'non retenue', 'non approuvee', 'non approuve', 'nouvelle demande',
    'redeposer', 'soumettre a nouveau',
    'refaire demande', 'representer demande', ['faire appel', 0.7], ['reexamen', 0.8],
  ],
  request: ['demande', 'candidature', 'dossier', 'en attente'],
  payment: ['carte', 'paiement', 'facture', 'prelevement'],
  already: [
    'deja signe', 'avons deja', 'deja un', 'deja en place', 'deja conclu', 'baa en place', 'baa existant',
    'baa actuel', 'deja signe notre',
  ],
  direct: ['avec openai', 'aupres de openai', "aupres d'openai", 'directement avec', 'avec vous', 'votre'],
  conditional: ['au cas ou', 'que se passe'],
  noBaa: ["pas besoin d'un baa", 'pas besoin de baa', 'pas besoin baa', 'ne demandons pas de baa'],
  negator: ['pas', 'ne', 'n', 'non', 'sans', 'jamais', 'aucun de nous', 'pas necessaire', 'au lieu de', 'plutot que', 'ni'],
  neutral: [
    'pas sur', 'pas certain', 'ne sais pas', 'ne savons pas', 'non seulement', 'pas seulement', 'pas encore',
    'accord de traitement des donnees',
    'refus de prise en charge', 'refus de remboursement',
  ],
  ownSide: ['juridique', 'avocats'],
  contrast: ['mais', 'plutot', 'cependant', 'par contre', 'seulement'],
  disclaimer: [
    'avis de confidentialite', 'ce message peut contenir', 'destinataire', 'ce courriel peut contenir'],
  incidental: ['personnellement', 'usage personnel', 'a titre personnel'],
}; // prettier-ignore

const GERMAN: SignalTerms = {
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
  ],
  enterprise: [
    ['lizenzen', 0.6], ['platze', 0.4], ['mitarbeitende', 0.3], ['mitarbeiter', 0.3], ['mitarbeitenden', 0.3],
    ['arbeitsbereich', 0.5], ['unternehmenslizenz', 0.8],
  ],
  both: ['beides', 'beide'],
  rejected: [
    'abgelehnt', 'ablehnung', 'nicht genehmigt', 'nicht bewilligt', 'nicht angenommen', 'nicht freigegeben',
    'zuruckgewiesen', 'abgewiesen', 'erneut beantragen', 'erneut einreichen', 'neu beantragen', 'neuen antrag',
  ],
  request: ['antrag', 'anfrage', 'beantragt', 'angefragt', 'ausstehend'],
  payment: ['karte', 'kreditkarte', 'zahlung', 'rechnung', 'abbuchung'],
  already: [
    'bereits unterzeichnet', 'bereits unterschrieben', 'bereits abgeschlossen', 'haben bereits', 'haben schon',
    'schon unterschrieben', 'bestehende baa', 'bestehenden baa', 'bereits eine', 'bereits einen',
  ],
  direct: ['mit openai', 'direkt mit', 'mit ihnen', 'ihre', 'ihrer'],
  conditional: ['falls', 'wenn', 'was passiert'],
  noBaa: ['brauchen keine baa', 'benotigen keine baa', 'keine baa benotigt', 'brauchen kein baa'],
  postNegator: [
    'nutzen wir nicht', 'verwenden wir nicht', 'benotigen wir nicht', 'brauchen wir nicht', 'nutzen wir gar nicht',
    'wird nicht genutzt', 'ist nicht gemeint',
  ],
  negator: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'ohne', 'statt', 'anstatt', 'nie', 'nein', 'niemand', 'nicht notig'],
  neutral: [
    'nicht sicher', 'weiss nicht', 'wissen nicht', 'nicht nur', 'noch nicht', 'auftragsverarbeitung',
    'auftragsverarbeitungsvertrag', 'auftragsverarbeitungsvereinbarung',
    'kostenubernahme abgelehnt',
  ],
  ownSide: ['rechtsabteilung', 'juristen'],
  contrast: ['sondern', 'aber', 'jedoch', 'nur'],
  disclaimer: [
    'vertraulichkeitshinweis', 'diese e mail enthalt vertrauliche', 'diese nachricht kann', 'diese e mail kann'],
  incidental: ['personlich', 'private nutzung'],
}; // prettier-ignore

const PORTUGUESE: SignalTerms = {
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
  ],
  enterprise: [
    ['licencas', 0.6], ['assentos', 0.5], ['funcionarios', 0.3], ['espaco de trabalho', 0.6],
    ['plano empresarial', 0.8],
  ],
  both: ['os dois', 'as duas'],
  rejected: [
    'recusada', 'recusado', 'recusaram', 'rejeitada', 'rejeitado', 'negado', 'nao foi aprovada',
    'nao foi aprovado', 'nao aprovada', 'nao aprovado', 'reprovada', 'reprovado', 'indeferida', 'indeferido',
    'nao foi aceita', 'nao foi aceito', 'negaram', 'solicitar novamente', 'reaplicar', 'reenviar',
    'nova solicitacao',
  ],
  request: ['solicitacao', 'pedido', 'requisicao', 'pendente'],
  payment: ['cartao', 'pagamento', 'cobranca', 'fatura'],
  already: [
    'ja temos', 'ja assinamos', 'ja possuimos', 'ja assinado', 'ja foi assinado', 'ja esta assinado', 'ja em vigor',
  ],
  direct: ['com openai', 'diretamente com', 'com voces', 'sua'],
  conditional: ['caso', 'o que acontece'],
  noBaa: ['nao precisamos de baa', 'nao precisamos baa', 'nao preciso de baa'],
  negator: ['nao', 'nem', 'sem', 'em vez de', 'ao inves de', 'ninguem', 'nenhum de nos', 'nao precisa'],
  neutral: [
    'nao sei', 'nao tenho certeza', 'nao sabemos', 'nao so', 'nao apenas', 'ainda nao', 'nao tenho',
    'acordo de processamento de dados',
    'reembolso negado',
  ],
  ownSide: ['juridico', 'advogados'],
  contrast: ['mas', 'e sim', 'porem', 'contudo', 'apenas'],
  disclaimer: [
    'aviso de confidencialidade', 'esta mensagem pode conter', 'este e mail pode conter'],
  incidental: ['pessoalmente', 'uso pessoal', 'conta pessoal'],
}; // prettier-ignore

/** Japanese has no spaces: each phrase here is found as a whole wherever it stands. */
const JAPANESE: SignalTerms = {
  baa: [
    '事業提携契約', 'ビジネスアソシエイト契約', 'ビジネス・アソシエイト契約', 'ビジネスアソシエート契約',
    'ビジネス・アソシエート契約', '業務提携契約', 'ビジネス・アソシエイト・アグリーメント', 'ビジネスアソシエイトアグリーメント',
    '事業提携者契約', ['ビジネスアソシエイト', 0.8], 'baa契約',
  ],
  hipaa: ['hipaa準拠'],
  phi: ['患者データ', '患者情報', '医療情報', '健康情報', '診療情報', 'カルテ'],
  api: [['開発者', 0.5], ['プラットフォーム', 0.5], 'エンドポイント', ['連携', 0.4], ['組み込', 0.4], ['アプリ', 0.3]],
  enterprise: [
    ['エンタープライズ', 0.7], ['チャットgpt', 1], ['ライセンス', 0.6], ['シート', 0.5], ['社員', 0.3],
    ['従業員', 0.3], ['スタッフ', 0.3], ['ワークスペース', 0.6], ['チームプラン', 0.8],
  ],
  both: ['両方', '両者'],
  rejected: [
    '却下', '承認されませんでした', '承認されなかった', '承認いただけませんでした', '不承認', '拒否', '否認',
    '通りませんでした', '通らなかった', '承認されず', '不許可', '再申請', '再度申請', 'お断り',
  ],
  request: ['申請', '依頼', 'リクエスト', '審査中'],
  payment: ['カード', '支払', '決済', '請求'],
  already: ['締結済', 'すでに締結', '既に締結', '締結しています', '締結しております', '既に', 'すでに'],
  direct: ['御社と', '貴社と'],
  conditional: ['場合'],
  noBaa: ['baaは不要', 'baaは必要ありません'],
  postNegator: [
    'ではなく', 'ではありません', 'じゃなく', 'ではない', '使っていません', '使用していません', '利用していません',
    '使いません', '使用しません', '利用しません', 'は使っていない', 'は利用していない',
  ],
  incidental: ['個人的に', '個人で'],
  disclaimer: ['本メールには', 'このメールには', '誤って受信'],
  neutral: ['エンタープライズ契約', '保険請求の却下'],
  ownSide: ['法務'],
}; // prettier-ignore

export const LEXICON = {
  shared: SHARED,
  en: ENGLISH,
  es: SPANISH,
  fr: FRENCH,
  de: GERMAN,
  pt: PORTUGUESE,
  ja: JAPANESE,
} as const satisfies Record<string, SignalTerms>;

export type LexiconLanguage = keyof typeof LEXICON;
