/**
 * The workspace settings panel: the app's installation settings (from its manifest), who is at the
 * keyboard, the channel and the color scheme, plus the tools a tester needs (faults, a requester reply).
 */
import { AGENT_ROLES, type AgentRole } from '../fixtures/people';
import type { FaultKind, FaultRule, Faults } from '../host/faults';
import type { Channel, ColorScheme, SessionOptions, SettingValue } from '../host/model';
import { el, labelled, select } from './dom';

export interface AppParameter {
  name: string;
  type: string;
  default?: unknown;
}

export interface AppDescription {
  name: string;
  version: string;
  parameters: AppParameter[];
  labels: Record<string, string>;
}

export interface PanelCallbacks {
  apply(options: SessionOptions): void;
  faultsChanged(): void;
  requesterReply(text: string): void;
}

const ROLE_LABELS: Readonly<Record<AgentRole, string>> = {
  admin: 'Admin',
  agent: 'Agent',
  'light-agent': 'Light agent',
};

export function defaultSettings(app: AppDescription): Record<string, SettingValue> {
  const settings: Record<string, SettingValue> = {};
  for (const parameter of app.parameters) {
    const value = parameter.default;
    settings[parameter.name] =
      parameter.type === 'checkbox'
        ? value === true || value === 'true'
        : typeof value === 'string' || typeof value === 'number'
          ? String(value)
          : '';
  }
  return settings;
}

export function renderPanel(
  holder: HTMLElement,
  app: AppDescription,
  options: SessionOptions,
  faults: Faults,
  callbacks: PanelCallbacks,
): void {
  const settings = { ...options.settings };
  const role = select(
    AGENT_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
    options.role,
  );
  const channel = select(
    [
      { value: 'email', label: 'Email (rich text)' },
      { value: 'messaging', label: 'Messaging (plain text)' },
    ],
    options.channel,
  );
  const scheme = select(
    [
      { value: 'light', label: 'Light' },
      { value: 'dark', label: 'Dark' },
    ],
    options.colorScheme,
  );
  const apply = el('button', { type: 'submit', class: 'primary' }, 'Apply and reload the app');
  const form = el(
    'form',
    { class: 'panel-section' },
    el('h2', {}, `${app.name} ${app.version}: settings`),
    ...app.parameters.map((parameter) => settingField(parameter, app.labels[parameter.name], settings)),
    el('h2', {}, 'Agent and ticket'),
    labelled('Agent role', role),
    labelled('Channel', channel),
    labelled('Color scheme', scheme),
    apply,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    callbacks.apply({
      role: role.value as AgentRole,
      channel: channel.value as Channel,
      colorScheme: scheme.value as ColorScheme,
      settings,
    });
  });
  holder.replaceChildren(form, faultsSection(faults, callbacks), requesterSection(callbacks));
}

function settingField(
  parameter: AppParameter,
  label: string | undefined,
  settings: Record<string, SettingValue>,
) {
  const name = label ?? parameter.name;
  const value = settings[parameter.name];
  if (parameter.type === 'checkbox') {
    const box = el('input', { type: 'checkbox', name: parameter.name, checked: value === true });
    box.addEventListener('change', () => (settings[parameter.name] = box.checked));
    return el('div', { class: 'field checkbox' }, el('label', {}, box, ` ${name}`));
  }
  const input =
    parameter.type === 'multiline'
      ? el('textarea', { name: parameter.name, rows: '5' })
      : el('input', { type: 'text', name: parameter.name });
  input.value = typeof value === 'string' ? value : '';
  input.addEventListener('input', () => (settings[parameter.name] = input.value));
  return labelled(name, input);
}

function faultsSection(faults: Faults, callbacks: PanelCallbacks): HTMLElement {
  const target = el('input', { type: 'text', placeholder: 'ticket.status, comment.appendHtml or *' });
  const kind = select(
    [
      { value: 'reject', label: 'Reject the call' },
      { value: 'error', label: 'Per-path error' },
      { value: 'hang', label: 'Never answer' },
    ],
    'reject',
  );
  const method = select(
    [
      { value: '', label: 'Any call' },
      { value: 'get', label: 'get' },
      { value: 'set', label: 'set' },
      { value: 'invoke', label: 'invoke' },
    ],
    '',
  );
  const delay = el('input', { type: 'number', min: '0', step: '100', value: String(faults.delayMs) });
  const list = el('ul', { class: 'fault-list' });
  const refresh = (): void => {
    list.replaceChildren(
      ...faults.rules.map((rule, index) => {
        const remove = el(
          'button',
          { type: 'button' },
          `Remove ${rule.kind} ${rule.target}${rule.method ? ` (${rule.method})` : ''}`,
        );
        remove.addEventListener('click', () => {
          faults.rules.splice(index, 1);
          refresh();
          callbacks.faultsChanged();
        });
        return el('li', {}, remove);
      }),
    );
  };
  const add = el('button', { type: 'button' }, 'Add fault');
  add.addEventListener('click', () => {
    if (target.value.trim() === '') return;
    const rule: FaultRule = { target: target.value.trim(), kind: kind.value as FaultKind };
    if (method.value !== '') rule.method = method.value as NonNullable<FaultRule['method']>;
    faults.rules.push(rule);
    target.value = '';
    refresh();
    callbacks.faultsChanged();
  });
  delay.addEventListener('change', () => {
    faults.delayMs = Math.max(0, Number(delay.value) || 0);
    callbacks.faultsChanged();
  });
  refresh();
  return el(
    'div',
    { class: 'panel-section' },
    el('h2', {}, 'Faults'),
    labelled('Path or action', target),
    labelled('Fault', kind),
    labelled('In calls', method),
    add,
    list,
    labelled('Slow host: delay every answer (ms)', delay),
  );
}

function requesterSection(callbacks: PanelCallbacks): HTMLElement {
  const text = el('textarea', { rows: '3' });
  const send = el('button', { type: 'button' }, 'Add requester reply');
  send.addEventListener('click', () => {
    if (text.value.trim() === '') return;
    callbacks.requesterReply(text.value);
    text.value = '';
  });
  return el(
    'div',
    { class: 'panel-section' },
    el('h2', {}, 'Conversation'),
    labelled('Requester reply', text),
    send,
  );
}
