/**
 * The account's macros as the workspace holds them: those the app's requirements.json created at install
 * (with the default settings), so `npm start` shows the admin flow of issue 10 and the end-to-end tests
 * drive it. Answers the REST calls the sidebar makes for them, as Zendesk documents them:
 * `GET /api/v2/apps/installations/{id}/requirements.json`, `GET` and `PUT /api/v2/macros/{id}.json`.
 */
import { buildMacros } from '../../src/macros/macros';

export interface StoredMacro {
  id: number;
  title: string;
  description?: string;
  active: boolean;
  actions: { field: string; value: unknown }[];
}

export interface RestAnswer {
  status: number;
  body: unknown;
}

const FIRST_MACRO_ID = 360_000_001;

export class InstalledMacros {
  readonly macros = new Map<number, StoredMacro>();
  /** Requirement identifier → macro id, as the installation records them. */
  readonly requirements = new Map<string, number>();

  constructor() {
    let id = FIRST_MACRO_ID;
    for (const [identifier, macro] of Object.entries(buildMacros().macros)) {
      this.requirements.set(identifier, id);
      this.macros.set(id, { id, active: true, ...structuredClone(macro) });
      id += 1;
    }
  }

  /** The answer to a macro or requirements request, or undefined when the path is not one of them. */
  answer(method: string, path: string, data: unknown, isAdmin: boolean): RestAnswer | undefined {
    if (/^\/api\/v2\/apps\/installations\/\d+\/requirements\.json$/.test(path)) {
      if (method !== 'GET') return { status: 405, body: { error: 'MethodNotAllowed' } };
      if (!isAdmin) return { status: 403, body: { error: 'Forbidden' } };
      return {
        status: 200,
        body: { requirements: this.requirementList(), next_page: null, previous_page: null },
      };
    }
    const match = /^\/api\/v2\/macros\/(\d+)\.json$/.exec(path);
    if (!match) return undefined;
    const macro = this.macros.get(Number(match[1]));
    if (!macro) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
    if (method === 'GET') return { status: 200, body: { macro: structuredClone(macro) } };
    if (method !== 'PUT') return { status: 405, body: { error: 'MethodNotAllowed' } };
    if (!isAdmin) return { status: 403, body: { error: 'Forbidden' } };
    return this.update(macro, data);
  }

  /** Deletes a macro, as an admin might in Zendesk's admin center (the requirement stays). */
  delete(id: number): void {
    this.macros.delete(id);
  }

  private requirementList() {
    return [...this.requirements].map(([identifier, id]) => ({
      account_id: 1,
      identifier,
      requirement_id: id,
      requirement_type: 'macros',
    }));
  }

  private update(macro: StoredMacro, data: unknown): RestAnswer {
    const body = parseBody(data) as { macro?: { title?: unknown; actions?: unknown } } | null;
    const change = body?.macro;
    const actions = change?.actions;
    const validActions =
      Array.isArray(actions) &&
      actions.every(
        (a) => typeof a === 'object' && a !== null && typeof (a as { field?: unknown }).field === 'string',
      );
    if (
      !change ||
      (change.title !== undefined && typeof change.title !== 'string') ||
      (actions !== undefined && !validActions)
    ) {
      return { status: 422, body: { error: 'RecordInvalid', description: 'Record validation errors' } };
    }
    if (typeof change.title === 'string') macro.title = change.title;
    if (validActions) macro.actions = structuredClone(actions as StoredMacro['actions']);
    return { status: 200, body: { macro: structuredClone(macro) } };
  }
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

/** The workspace's account: one per page, so a reload starts again from a fresh install. */
export const installedMacros = new InstalledMacros();
