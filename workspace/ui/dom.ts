/** A tiny DOM builder: text always goes in as text nodes, never as markup. */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The workspace page has no #${id}`);
  return element as T;
}

let counter = 0;
/** A unique id for label/for pairs. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function labelled(label: string, control: HTMLElement): HTMLElement {
  const id = control.id || uniqueId('field');
  control.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

export function select(
  options: readonly { value: string; label: string; disabled?: boolean }[],
  value: string,
) {
  const element = el(
    'select',
    {},
    ...options.map((option) =>
      el(
        'option',
        { value: option.value, selected: option.value === value, disabled: option.disabled },
        option.label,
      ),
    ),
  );
  element.value = value;
  return element;
}
