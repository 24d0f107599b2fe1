import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';

/** One step of a timeline: a feedback report's status change, a dossier's step. */
export interface TimelineItem {
  /** When, ISO 8601. */
  at: string;
  /** What happened, in the reader's language (a status name, a step). */
  label: string;
  /** Who acted: an agency, never a citizen's name. */
  actor?: string | null;
  note?: string | null;
}

export interface TimelineOptions {
  /** Formats `at` for the reader (the element's `formatDate`). */
  formatDate(at: string): string;
  /** Accessible name of the list. */
  label?: string;
  /** Newest first (a tracker) instead of oldest first. Default: oldest first, as the API gives it. */
  newestFirst?: boolean;
  /** Marks the latest step as the current one (`aria-current="step"`): where a dossier is now. */
  markCurrent?: boolean;
}

/**
 * A timeline as an ordered list: each step with its date (`<time>`), what happened,
 * who acted and a note. Used by the feedback map's report panel and the dossier tracker.
 * Styles: `timelineStyles`.
 */
export function timeline(items: readonly TimelineItem[], options: TimelineOptions): TemplateResult {
  const latest = items[items.length - 1];
  const ordered = options.newestFirst ? [...items].reverse() : items;
  return html`<ol part="timeline" class="timeline" aria-label=${options.label ?? nothing}>
    ${ordered.map(
      (item) =>
        html`<li aria-current=${options.markCurrent && item === latest ? 'step' : nothing}>
          <time datetime=${item.at}>${options.formatDate(item.at)}</time>
          <strong>${item.label}</strong>
          ${item.actor ? html`<span>${item.actor}</span>` : nothing}
          ${item.note ? html`<span class="muted">${item.note}</span>` : nothing}
        </li>`,
    )}
  </ol>`;
}

export const timelineStyles: CSSResult = css`
  .timeline {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--_shp-space-xs);
  }

  .timeline li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_shp-space-s);
  }

  .timeline time {
    color: var(--_shp-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
`;
