import { nothing } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';

const TAGS: StaticValue[] = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** Attributes a widget's heading may carry. */
export interface HeadingOptions {
  id?: string;
  class?: string;
  /** `-1` for a heading that receives focus when its section opens. */
  tabindex?: number;
}

/**
 * A heading whose level fits the host page's outline: `base` is the element's
 * `heading-level` (default 2), `depth` 0 for the widget's own sections, 1 below them.
 * Levels beyond 6 stay 6.
 */
export function heading(base: number, depth: number, content: unknown, options: HeadingOptions = {}): unknown {
  const level = Math.min(6, Math.max(1, Math.round(base) + depth));
  const tag = TAGS[level - 1]!;
  // lit/static-html.js: a static value may stand for the tag name (the lint rules know only lit's html).
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  return html`<${tag}
    id=${options.id ?? nothing}
    class=${options.class ?? nothing}
    tabindex=${options.tabindex ?? nothing}
    >${content}</${tag}
  >`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
