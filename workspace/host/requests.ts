/**
 * `client.request()` as the Zendesk proxy would answer it, from the workspace's own fixtures. Nothing leaves
 * the browser: a URL outside Zendesk is refused (status 0) and reported, so tests can prove the app calls
 * nobody.
 */
import { ACCOUNT, SUPPORT_GROUP } from '../fixtures/people';
import { installedMacros } from './macros';
import { type SessionOptions, type TicketState, currentAgent } from './model';
import { htmlToText } from '../../src/text/html';

export interface RequestOptions {
  url?: unknown;
  type?: unknown;
  httpCompleteResponse?: unknown;
  /** The request body (JSON text for PUT). */
  data?: unknown;
}

export interface RequestAnswer {
  ok: boolean;
  /** What the SDK resolves or rejects with: only the first element reaches the app. */
  responseArgs: unknown[];
  /** The URL was outside Zendesk: a real proxy would have sent patient data to a third party. */
  external: boolean;
}

/** Zendesk API paths are relative, or absolute on the account's own `*.zendesk.com` host. */
export function isZendeskUrl(url: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  try {
    return new URL(url).hostname.endsWith('.zendesk.com');
  } catch {
    return false;
  }
}

export function answerRequest(
  options: RequestOptions,
  state: TicketState,
  session: SessionOptions,
): RequestAnswer {
  const url = typeof options.url === 'string' ? options.url : '';
  const method = typeof options.type === 'string' ? options.type.toUpperCase() : 'GET';
  if (!isZendeskUrl(url)) return failure(0, 'error', 'Blocked: outside Zendesk', true);
  const [path = '', query = ''] = url.replace(/^https?:\/\/[^/]+/, '').split('?');
  const page = Number(new URLSearchParams(query).get('page') ?? '1');
  const macros = installedMacros.answer(method, path, options.data, currentAgent(session).role === 'admin');
  if (macros && macros.status !== 200) {
    return failure(macros.status, 'error', JSON.stringify(macros.body), false);
  }
  const body = macros ? macros.body : method === 'GET' ? fixture(path, page, state, session) : undefined;
  if (body === undefined)
    return failure(404, 'Not Found', JSON.stringify({ error: 'RecordNotFound' }), false);
  if (options.httpCompleteResponse === true) {
    const text = JSON.stringify(body);
    return {
      ok: true,
      responseArgs: [{ responseJSON: body, responseText: text, status: 200, headers: {} }, 'success', {}],
      external: false,
    };
  }
  return { ok: true, responseArgs: [body, 'success', { status: 200 }], external: false };
}

function failure(status: number, statusText: string, responseText: string, external: boolean): RequestAnswer {
  return { ok: false, responseArgs: [{ status, statusText, responseText }, 'error', statusText], external };
}

function fixture(path: string, page: number, state: TicketState, session: SessionOptions): unknown {
  const agent = currentAgent(session);
  if (path === '/api/v2/users/me.json') {
    const lightAgent = agent.role === 'light-agent';
    return {
      user: {
        id: agent.id,
        name: agent.name,
        email: agent.email,
        locale: agent.locale,
        role: lightAgent ? 'agent' : agent.role,
        role_type: lightAgent ? 1 : agent.role === 'admin' ? 4 : null,
        default_group_id: lightAgent ? null : SUPPORT_GROUP.id,
      },
    };
  }
  if (path === `/api/v2/tickets/${state.id}.json`) {
    return {
      ticket: {
        id: state.id,
        subject: state.subject,
        description: htmlToText(state.comments[0]?.html ?? ''),
        status: state.status,
        tags: state.tags,
        assignee_id: state.assigneeId,
        requester_id: state.requester.id,
      },
    };
  }
  if (path === `/api/v2/tickets/${state.id}/comments.json`) return commentsPage(state, page);
  return undefined;
}

/** Comments per page of the REST comments endpoint, as Zendesk's offset pagination gives by default. */
const COMMENTS_PER_PAGE = 100;

/** One page of `GET /api/v2/tickets/{id}/comments.json`: the saved comments with their public flag. */
function commentsPage(state: TicketState, page: number): unknown {
  const saved = state.comments.filter((comment) => !comment.live);
  const index = Number.isInteger(page) && page > 0 ? page : 1;
  const slice = saved.slice((index - 1) * COMMENTS_PER_PAGE, index * COMMENTS_PER_PAGE);
  const more = index * COMMENTS_PER_PAGE < saved.length;
  return {
    comments: slice.map((comment) => ({
      id: comment.id,
      author_id: comment.author === 'requester' ? state.requester.id : comment.author,
      public: comment.public,
      html_body: comment.html,
      plain_body: htmlToText(comment.html),
    })),
    next_page: more
      ? `https://${ACCOUNT.subdomain}.zendesk.com/api/v2/tickets/${state.id}/comments.json?page=${index + 1}`
      : null,
    count: saved.length,
  };
}
