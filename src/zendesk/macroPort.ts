/**
 * The app's macros through the agent's own Zendesk (issue 10), for src/macros/sync.ts: only the admins'
 * panel uses it, and it loads with that panel.
 */
import type { InstalledMacro, MacroPort } from '../macros/sync';
import type { ZafClient, ZafRequirement } from './client';
import { guardClient, ZafCallError } from './errors';

/**
 * Requirement ids come from `requirement:<identifier>` (as Zendesk's requirements sample app reads them),
 * and, for any the host does not give, from the installation's requirements list over REST.
 */
export function macroPort(raw: ZafClient): MacroPort {
  const client = guardClient(raw);
  return {
    async requirementIds(keys) {
      const ids = new Map<string, number>();
      const paths = keys.map((key) => `requirement:${key}` as const);
      const result = await client.get(paths).catch(() => null);
      for (const key of keys) {
        const id = result?.[`requirement:${key}`]?.requirement_id;
        if (typeof id === 'number') ids.set(key, id);
      }
      if (ids.size === keys.length) return ids;
      const { installationId } = await client.metadata();
      if (installationId === undefined) return ids;
      const body = await client.request({
        url: `/api/v2/apps/installations/${installationId}/requirements.json`,
        type: 'GET',
        dataType: 'json',
      });
      const listed = (body as { requirements?: unknown } | null)?.requirements;
      for (const entry of Array.isArray(listed) ? (listed as ZafRequirement[]) : []) {
        const { identifier, requirement_id: id, requirement_type: type } = entry;
        if (typeof identifier !== 'string' || typeof id !== 'number' || ids.has(identifier)) continue;
        if (keys.includes(identifier) && (type === undefined || type === 'macros')) ids.set(identifier, id);
      }
      return ids;
    },
    async getMacro(id) {
      try {
        const body = await client.request({
          url: `/api/v2/macros/${id}.json`,
          type: 'GET',
          dataType: 'json',
        });
        return installedMacroOf(body, id);
      } catch (error) {
        if (httpStatusOf(error) === 404) return null;
        throw plainError(error);
      }
    },
    async putMacro(id, macro) {
      await client
        .request({
          url: `/api/v2/macros/${id}.json`,
          type: 'PUT',
          dataType: 'json',
          contentType: 'application/json',
          data: JSON.stringify({ macro }),
        })
        .catch((error: unknown) => {
          throw plainError(error);
        });
    },
  };
}

function installedMacroOf(body: unknown, id: number): InstalledMacro {
  const macro = (body as { macro?: { title?: unknown; actions?: unknown } } | null)?.macro;
  const actions = Array.isArray(macro?.actions)
    ? (macro.actions as { field?: unknown; value?: unknown }[])
    : [];
  return {
    id,
    title: typeof macro?.title === 'string' ? macro.title : '',
    actions: actions.flatMap((action) =>
      typeof action.field === 'string' ? [{ field: action.field, value: action.value }] : [],
    ),
  };
}

/** "HTTP 403 Forbidden", not "Zendesk refused request /api/…": admins read it beside the macro's title. */
function plainError(error: unknown): unknown {
  return error instanceof ZafCallError ? new Error(error.reason, { cause: error }) : error;
}

/** The HTTP status of a failed request (the SDK rejects with an xhr-like object, kept as the cause). */
function httpStatusOf(error: unknown): number | undefined {
  const source = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const status = (source as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
