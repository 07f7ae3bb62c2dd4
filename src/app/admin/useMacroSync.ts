/**
 * For an admin's sidebar: checks the installed macros against what the settings compile to, once per
 * distinct set of compiled macros, and updates them when the admin clicks. Reads on its own; writes only
 * in `update`. Never mounted for agents (see Sidebar), so they cause no macro request.
 */
import { useEffect, useMemo, useState } from 'react';
import { buildMacros, type MacroRequirements } from '../../macros/macros';
import { checkMacros, type MacroCheck, type MacroUpdate, updateMacros } from '../../macros/sync';
import type { RoutineSettings } from '../../routine/settings';
import { macroPort } from '../../zendesk/macroPort';
import type { ZafClient } from '../../zendesk/client';
import { reasonOf } from '../../zendesk/errors';

export type MacroSync =
  | { status: 'checking' }
  | { status: 'failed'; reason: string }
  | { status: 'checked'; checks: MacroCheck[] }
  | { status: 'updating'; checks: MacroCheck[] }
  | { status: 'updated'; checks: MacroCheck[]; updates: MacroUpdate[] };

/** A result belongs to the compiled macros it was computed for; any other is still being checked. */
interface Keyed {
  key: string;
  sync: MacroSync;
}

export function useMacroSync(
  client: ZafClient,
  settings: RoutineSettings,
): { sync: MacroSync; update(): void } {
  // Keyed by the compiled macros, not the settings object: a refresh that changes nothing checks nothing.
  const key = useMemo(() => JSON.stringify(buildMacros(settings)), [settings]);
  const port = useMemo(() => macroPort(client), [client]);
  const [result, setResult] = useState<Keyed | null>(null);

  useEffect(() => {
    let current = true;
    const expected = JSON.parse(key) as MacroRequirements;
    checkMacros(port, expected).then(
      (checks) => current && setResult({ key, sync: { status: 'checked', checks } }),
      (error: unknown) => current && setResult({ key, sync: { status: 'failed', reason: reasonOf(error) } }),
    );
    return () => {
      current = false;
    };
  }, [port, key]);

  const sync: MacroSync = result?.key === key ? result.sync : { status: 'checking' };
  const update = () => {
    if (sync.status !== 'checked') return;
    const { checks } = sync;
    const expected = JSON.parse(key) as MacroRequirements;
    setResult({ key, sync: { status: 'updating', checks } });
    void updateMacros(port, checks, expected).then((updates) =>
      setResult((now) => (now?.key === key ? { key, sync: { status: 'updated', checks, updates } } : now)),
    );
  };

  return { sync, update };
}
