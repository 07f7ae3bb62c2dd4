/**
 * The `--report FILE.html` page: how detection does against the cases agents applied (their tags). One
 * self-contained page: inline CSS, no script, nothing loaded from the network.
 *
 * The tally holds counts and only the disagreements and overrides in full, so memory grows with those,
 * not with the number of tickets.
 */
import { escapeHtml } from '../compose/escape';
import type { ConfidenceLevel } from '../detect/types';
import { CASE_IDS, type CaseId } from '../routine/cases';
import type { TriageEvidence, TriageResult } from './output';

const LEVELS: readonly ConfidenceLevel[] = ['high', 'medium', 'low'];

const CASE_NAMES: Record<CaseId, string> = {
  api: 'API',
  enterprise: 'ChatGPT Enterprise',
  unclear: 'Unclear product',
  rejected: 'After a rejection',
  other: 'Not a BAA request',
};

/** One ticket where the agent's tag and detection differ, or that an agent marked as overridden. */
export interface ReportRow {
  id: number | string | null;
  detected: CaseId;
  applied?: CaseId;
  override: boolean;
  level: ConfidenceLevel;
  confidence: number;
  evidence: TriageEvidence[];
  link: string | null;
  /** The customer's latest own words (see latestWords.ts), when the report was given the ticket. */
  latest?: string;
}

const zeroCases = (): Record<CaseId, number> =>
  Object.fromEntries(CASE_IDS.map((id) => [id, 0])) as Record<CaseId, number>;

export class ReportTally {
  tickets = 0;
  readonly detected = zeroCases();
  /** Tickets carrying exactly one case tag. */
  tagged = 0;
  agreed = 0;
  overrides = 0;
  /** confusion[applied][detected] */
  readonly confusion = Object.fromEntries(CASE_IDS.map((id) => [id, zeroCases()])) as Record<
    CaseId,
    Record<CaseId, number>
  >;
  readonly levels = Object.fromEntries(LEVELS.map((level) => [level, { tagged: 0, agreed: 0 }])) as Record<
    ConfidenceLevel,
    { tagged: number; agreed: number }
  >;
  readonly disagreements: ReportRow[] = [];
  readonly overridden: ReportRow[] = [];

  /** `latest`: the customer's latest words, asked only for the rows the report keeps. */
  add(result: TriageResult, link: string | null, latest?: () => string): void {
    this.tickets += 1;
    this.detected[result.case] += 1;
    const row: ReportRow = {
      id: result.id,
      detected: result.case,
      applied: result.applied,
      override: result.override === true,
      level: result.level,
      confidence: result.confidence,
      evidence: result.evidence,
      link,
    };
    const keep = row.override || (result.applied !== undefined && result.applied !== result.case);
    if (keep && latest) row.latest = latest();
    if (row.override) {
      this.overrides += 1;
      this.overridden.push(row);
    }
    if (result.applied === undefined) return;
    this.tagged += 1;
    this.confusion[result.applied][result.case] += 1;
    const level = this.levels[result.level];
    level.tagged += 1;
    if (result.applied === result.case) {
      this.agreed += 1;
      level.agreed += 1;
    } else {
      this.disagreements.push(row);
    }
  }
}

/** The agent-interface address of a ticket, from the account's base URL. */
export function agentTicketLink(baseUrl: string, id: number | string | null): string | null {
  if (id === null) return null;
  let end = baseUrl.length;
  while (end > 0 && baseUrl[end - 1] === '/') end--;
  return `${baseUrl.slice(0, end)}/agent/tickets/${encodeURIComponent(String(id))}`;
}

/** The account's base URL from a ticket's API `url` (https://acme.zendesk.com/api/v2/tickets/1.json). */
export function baseUrlOfTicketUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return parsed.pathname.startsWith('/api/') ? parsed.origin : null;
  } catch {
    return null;
  }
}

export interface ReportSource {
  /** Where the tickets came from: the account URL or the file name. */
  source: string;
  tagPrefix: string;
  generatedAt: Date;
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;

export function renderReport(tally: ReportTally, meta: ReportSource): string {
  const e = escapeHtml;
  const sections = [
    summarySection(tally, meta),
    casesSection(tally),
    confusionSection(tally),
    levelsSection(tally),
    rowsSection(
      'Disagreements',
      tally.disagreements,
      `Tickets whose case tag (${e(meta.tagPrefix)}_…) differs from what detection says now.`,
    ),
    rowsSection(
      'Overrides',
      tally.overridden,
      `Tickets tagged ${e(meta.tagPrefix)}_override: the agent applied another case than the sidebar suggested.`,
    ),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BAA triage report – ${e(meta.source)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>BAA triage report</h1>
${sections.join('\n')}
</body>
</html>
`;
}

function summarySection(tally: ReportTally, meta: ReportSource): string {
  const e = escapeHtml;
  return `<p class="meta">${e(meta.source)} · generated ${e(meta.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC · tag prefix <code>${e(meta.tagPrefix)}</code></p>
<div class="cards">
  <div class="card"><span class="big">${tally.tickets}</span>tickets classified</div>
  <div class="card"><span class="big">${tally.tagged}</span>with an agent's case tag</div>
  <div class="card"><span class="big">${percent(tally.agreed, tally.tagged)}</span>agreement (${tally.agreed} of ${tally.tagged})</div>
  <div class="card"><span class="big">${tally.overrides}</span>overrides recorded</div>
</div>`;
}

function casesSection(tally: ReportTally): string {
  const rows = CASE_IDS.map(
    (id) =>
      `<tr><th scope="row">${CASE_NAMES[id]}</th><td>${tally.detected[id]}</td><td>${percent(tally.detected[id], tally.tickets)}</td></tr>`,
  ).join('\n');
  return `<h2>Tickets per case (detected)</h2>
<table><thead><tr><th scope="col">Case</th><th scope="col">Tickets</th><th scope="col">Share</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function confusionSection(tally: ReportTally): string {
  const header = CASE_IDS.map((id) => `<th scope="col">${CASE_NAMES[id]}</th>`).join('');
  const rows = CASE_IDS.map((applied) => {
    const cells = CASE_IDS.map((detected) => {
      const count = tally.confusion[applied][detected];
      const kind = count === 0 ? 'zero' : applied === detected ? 'hit' : 'miss';
      return `<td class="${kind}">${count}</td>`;
    }).join('');
    return `<tr><th scope="row">${CASE_NAMES[applied]}</th>${cells}</tr>`;
  }).join('\n');
  return `<h2>Confusion table</h2>
<p class="note">Rows: the case the agent applied (its tag). Columns: the case detection gives. The diagonal agrees. "Not a BAA request" has no tag, so its row stays empty.</p>
<table class="confusion"><thead><tr><th scope="col">Agent ↓ · Detection →</th>${header}</tr></thead>
<tbody>${rows}</tbody></table>`;
}

function levelsSection(tally: ReportTally): string {
  const rows = LEVELS.map((level) => {
    const { tagged, agreed } = tally.levels[level];
    return `<tr><th scope="row">${level}</th><td>${tagged}</td><td>${agreed}</td><td>${percent(agreed, tagged)}</td></tr>`;
  }).join('\n');
  return `<h2>Precision per confidence level</h2>
<p class="note">Among tagged tickets: how often detection's case is the one the agent applied.</p>
<table><thead><tr><th scope="col">Confidence</th><th scope="col">Tagged tickets</th><th scope="col">Agreeing</th><th scope="col">Precision</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function rowsSection(title: string, rows: readonly ReportRow[], note: string): string {
  if (rows.length === 0) return `<h2>${title}</h2>\n<p class="note">${note} None.</p>`;
  const body = rows.map(rowHtml).join('\n');
  return `<h2>${title} (${rows.length})</h2>
<p class="note">${note}</p>
<table class="rows"><thead><tr><th scope="col">Ticket</th><th scope="col">Agent applied</th><th scope="col">Detection</th><th scope="col">Evidence, then what the customer wrote last</th></tr></thead>
<tbody>${body}</tbody></table>`;
}

function rowHtml(row: ReportRow): string {
  const e = escapeHtml;
  const id = e(String(row.id ?? '(no id)'));
  const ticket = row.link === null ? id : `<a href="${e(row.link)}">#${id}</a>`;
  const override = row.override ? ' <span class="badge">override</span>' : '';
  const applied = row.applied === undefined ? '–' : CASE_NAMES[row.applied];
  const evidence =
    row.evidence.length === 0
      ? '<span class="note">no phrase</span>'
      : `<ul>${row.evidence.map((item) => `<li><q>${e(item.text)}</q> <span class="where">${e(where(item))}</span></li>`).join('')}</ul>`;
  const latest = row.latest ? `<br><span class="latest">${e(row.latest)}</span>` : '';
  return `<tr><td>${ticket}${override}</td><td>${applied}</td><td>${CASE_NAMES[row.detected]}<br><span class="where">${row.level}, ${Math.round(row.confidence * 100)}%</span></td><td>${evidence}${latest}</td></tr>`;
}

function where(item: TriageEvidence): string {
  return item.comment_id === undefined ? item.field : `comment ${item.comment_id}`;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#2f3941;margin:24px auto;max-width:1100px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 6px}
.meta,.note,.where{color:#68737d}.latest{display:block;margin-top:6px;font-style:italic;color:#49545c}.note{margin:0 0 8px}.where{font-size:12px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{border:1px solid #d8dcde;border-radius:6px;padding:10px 14px;min-width:170px}
.big{display:block;font-size:24px;font-weight:600;color:#1f73b7}
table{border-collapse:collapse;margin:4px 0}th,td{border:1px solid #d8dcde;padding:5px 9px;text-align:left;vertical-align:top}
thead th{background:#f8f9f9}.confusion td{text-align:right;min-width:60px}
td.hit{background:#edf8f4;color:#186146;font-weight:600}td.miss{background:#fff0f1;color:#8c232c;font-weight:600}td.zero{color:#c2c8cc}
.rows ul{margin:0;padding-left:18px}.badge{background:#fff7ed;color:#ad5918;border-radius:8px;padding:0 6px;font-size:12px}
a{color:#1f73b7}code{background:#f8f9f9;padding:0 3px}
`;
