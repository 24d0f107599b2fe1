/**
 * Registers a custom element unless the tag is taken. Commune pages do load the
 * bundle twice (a CMS block and a theme both add it); `customElements.define`
 * would then throw and stop the second copy's script, so the first definition is
 * kept and a warning says why the second was ignored.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === constructor) return;
  if (existing) {
    console.warn(
      `[smart-haiphong] <${tag}> is already defined, probably because the widgets are loaded twice on this page. ` +
        'The first definition is kept.',
    );
    return;
  }
  customElements.define(tag, constructor);
}
