/**
 * The few DOM features the tests use inside `page.evaluate`, typed here rather than by adding
 * `lib: "dom"` to tsconfig: the project is a Node program, and a global DOM would hide an
 * accidental `document` in src/. Callbacks reach them as `globalThis as unknown as PageWindow`;
 * the cast is erased, so the serialised function only names `globalThis`, which the page has.
 */
export interface PageElement {
  id: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
}

export interface PageAnchor extends PageElement {
  /** The resolved, absolute target. */
  href: string;
}

export interface PageRoot extends PageElement {
  lang: string;
  dir: string;
  dataset: Record<string, string | undefined>;
  scrollWidth: number;
}

export interface PageDocument {
  documentElement: PageRoot;
  body: PageElement;
  baseURI: string;
  fonts: { ready: Promise<unknown> };
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

export interface PageWindow {
  document: PageDocument;
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  innerWidth: number;
  getComputedStyle(element: PageElement): { backgroundColor: string; color: string };
  /** Present once axe-core's script is injected. */
  axe?: { run(context: PageDocument, options: object): Promise<{ violations: AxeViolation[] }> };
}

/** An element with the links inside it (a table row, a list item). */
export interface PageContainer extends PageElement {
  querySelectorAll(selector: string): ArrayLike<PageAnchor> & Iterable<PageAnchor>;
}

/**
 * Elements that only exist if hostile text was parsed as markup: an `<img src="x">`, a script
 * that calls alert, or any inline event handler (`onerror`, `onload`: the site itself uses
 * none). Runs in the page.
 */
export function countInjectedElements(): { images: number; scripts: number; handlers: number } {
  const { document } = globalThis as unknown as PageWindow;
  const all = [...document.querySelectorAll('*')];
  return {
    images: [...document.querySelectorAll('img')].filter((img) => img.getAttribute('src') === 'x').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert(')).length,
    handlers: all.filter((e) => e.getAttributeNames().some((name) => name.toLowerCase().startsWith('on'))).length,
  };
}
