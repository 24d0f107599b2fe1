/**
 * The API reads an element makes as soon as it is shown, before any answer: the loader starts
 * them with the element's code (`<link rel="preload" as="fetch" crossorigin>`) instead of
 * after it (a round trip plus the code's download on a slow phone). Chromium hands the
 * preloaded answer to the SDK's later `fetch` of the same URL (verified in the CDP waterfall,
 * scripts/bench-waterfall.ts; guarded by packages/widgets/test/cdn/loader.test.ts).
 *
 * Paths as the SDK's endpoints write them, below `/v1/`; `{unit}` is the element's unit
 * (attribute, `configure`, then the script tag's `data-unit`; no unit, no preload). Only
 * reads whose answer does not depend on the language: a preload cannot send the SDK's
 * `Accept-Language`, and Chromium reuses it anyway (config, units, feedback categories and
 * statuses carry both languages; news articles' category names do not, so they are left out).
 */
export const READS: Record<string, string[]> = {
  'commune-info': ['units/{unit}'],
  'feedback-form': ['config', 'feedback/categories', 'units', 'feedback/statuses'],
  'feedback-map': ['config', 'feedback/categories', 'units', 'feedback/statuses'],
};
