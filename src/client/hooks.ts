/**
 * The contract between an island's markup, drawn once by its .astro component at build time,
 * and its script, which finds its parts by data attributes. Each island declares its hooks
 * and the data it is handed in one module that both sides import, so renaming a hook or a
 * field is a type error on both sides, not a script that silently finds nothing.
 */
export interface Hooks<Name extends string> {
  /** For the markup: the attribute to spread onto an element, `{...hooks.mark('stage')}`, with a value when it carries one. */
  mark(name: Name, value?: string | number): Record<string, string>;
  /** The CSS selector of the elements carrying a hook (with that value, when given). */
  selector(name: Name, value?: string): string;
  /** For markup a script draws: puts the hook on an element. */
  set(element: Element, name: Name, value?: string | number): void;
  /** The hook's value on an element; undefined when the element lacks the hook. */
  read(element: Element, name: Name): string | undefined;
  /** The first element under `root` carrying the hook; a missing one fails loudly, naming it. */
  find<T extends Element = HTMLElement>(root: ParentNode, name: Name, value?: string): T;
  findAll<T extends Element = HTMLElement>(root: ParentNode, name: Name): T[];
}

const attribute = (name: string) => `data-${name}`;

export function defineHooks<const Name extends string>(island: string, _names: readonly Name[]): Hooks<Name> {
  const selector = (name: Name, value?: string) =>
    value === undefined ? `[${attribute(name)}]` : `[${attribute(name)}="${value.replace(/["\\]/g, '\\$&')}"]`;
  return {
    mark: (name, value = '') => ({ [attribute(name)]: String(value) }),
    selector,
    set: (element, name, value = '') => element.setAttribute(attribute(name), String(value)),
    read: (element, name) => element.getAttribute(attribute(name)) ?? undefined,
    find<T extends Element = HTMLElement>(root: ParentNode, name: Name, value?: string): T {
      const found = root.querySelector<T>(selector(name, value));
      if (!found) throw new Error(`<${island}>: the markup has no ${selector(name, value)}`);
      return found;
    },
    findAll: <T extends Element = HTMLElement>(root: ParentNode, name: Name) => [...root.querySelectorAll<T>(selector(name))],
  };
}

/**
 * Typed data an island is handed by its component (strings from the UI table, settings,
 * numbers), as one JSON attribute, `data-<name>`: written with `mark`, read with `read`.
 */
export interface IslandData<Data> {
  mark(data: Data): Record<string, string>;
  read(element: Element): Data;
}

export function defineIslandData<Data>(name: string): IslandData<Data> {
  const attributeName = attribute(name);
  return {
    mark: (data) => ({ [attributeName]: JSON.stringify(data) }),
    read: (element) => {
      const value = element.getAttribute(attributeName);
      if (value === null) throw new Error(`The markup has no ${attributeName} for its script`);
      return JSON.parse(value) as Data;
    },
  };
}
