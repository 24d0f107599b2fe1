import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens: `--shp-<name>` → [light fallback, dark fallback].
 * Colours only have two values; the rest are the same in both schemes.
 */
export const TOKENS = {
  'color-primary': ['#005baa', '#8cc4ff'],
  'color-on-primary': ['#ffffff', '#002b54'],
  'color-surface': ['#ffffff', '#1c2128'],
  'color-surface-muted': ['#eef1f5', '#2a313b'],
  'color-text': ['#1b1f24', '#e6e9ed'],
  'color-text-muted': ['#505a66', '#a9b2bd'],
  'color-border': ['#d2d8df', '#3d4652'],
  'color-danger': ['#b3261e', '#ffb4ab'],
  'color-warning-surface': ['#fff4d6', '#3b3000'],
  'color-warning-text': ['#5c4300', '#ffe08a'],
  'radius-s': ['4px'],
  'radius-m': ['8px'],
  'space-xs': ['4px'],
  'space-s': ['8px'],
  'space-m': ['16px'],
  'space-l': ['24px'],
  'font-size-s': ['0.875em'],
  'font-size-l': ['1.25em'],
} as const satisfies Record<string, readonly [string] | readonly [string, string]>;

const declarations = (scheme: 'light-dark' | 'light'): string =>
  Object.entries(TOKENS)
    .map(([name, values]) => {
      const [light, dark] = values as readonly [string, string?];
      const fallback = dark && scheme === 'light-dark' ? `light-dark(${light}, ${dark})` : light;
      return `--_shp-${name}: var(--shp-${name}, ${fallback});`;
    })
    .join('\n');

/**
 * Host rules shared by every element.
 *
 * The public `--shp-*` tokens are only *read* here (each with a fallback) and copied
 * to private `--_shp-*` aliases; declaring `--shp-*` themselves on `:host` would
 * shadow the values a page sets on `:root`.
 *
 * Light and dark: colour fallbacks use `light-dark()`, which follows the host's
 * `color-scheme`. By default that is inherited from the page, so a widget is light on
 * a light portal and dark on a page that opts into dark; the `theme` attribute
 * overrides it. Browsers without `light-dark()` get the light values.
 */
export const tokens: CSSResult = css`
  :host {
    /* A host page's CSS reaches into the widget only through inherited properties
       (line-height, letter-spacing, text-align, text-transform, white-space, word-spacing,
       font-size set in px on a wrapper…): reset them all, so that the widget reads the
       same on any portal. The font family is inherited on purpose (below); font-size
       goes back to the reader's own default (medium), not a page's 62.5 % trick. */
    all: initial;
    ${unsafeCSS(declarations('light-dark'))}
    display: block;
    box-sizing: border-box;
    /* What all: initial must not take away: the page's colour scheme (light-dark()
       follows it), its direction, and hiding by an ancestor. */
    color-scheme: inherit;
    visibility: inherit;
    /* A page rule that matches the element itself (an old CMS's \`* { line-height: 3 }\`)
       beats :host, but a shadow tree's !important beats the page's: the text properties
       that would reach every part are pinned here. */
    font-size: medium !important;
    font-style: normal !important;
    font-weight: normal !important;
    font-variant: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    /* Overlays (the map's controls, the photo viewer) stay inside the widget's own
       stacking context: a page's sticky header with z-index: 1 stays above them. */
    isolation: isolate;
    /* No fallback on purpose: when the page sets no --shp-font-family the declaration
       is invalid at computed-value time and font-family inherits the page's font. */
    font-family: var(--shp-font-family);
    color: var(--_shp-color-text);
    /* Widgets size themselves with container queries on their own width. */
    container-type: inline-size;
    container-name: shp;
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${unsafeCSS(declarations('light'))}
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
