/// <reference lib="dom" />
// Tiny DOM helpers for the quiz page: elements built with textContent only, so bank text can never become markup.

type Attrs = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | undefined)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

/** Prose with `backtick` spans shown as inline code, the way the bank writes commands and keys. */
export function rich(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  text.split('`').forEach((part, i) => {
    if (part === '') return;
    fragment.append(i % 2 === 1 ? el('code', {}, part) : document.createTextNode(part));
  });
  return fragment;
}

export function richEl<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs, text: string): HTMLElementTagNameMap[K] {
  const node = el(tag, attrs);
  node.append(rich(text));
  return node;
}
