import { html, nothing, type TemplateResult } from 'lit';

/**
 * One step of a status timeline. A local template: the shared one (internal/timeline.ts) is
 * being written on another branch and can replace it with the same data.
 */
export interface TimelineStep {
  label: string;
  /** ISO timestamp. */
  at: string;
  actor: string | null;
  note: string | null;
}

/** The steps that happened, oldest first, the last marked as the current one. */
export function timeline(
  steps: readonly TimelineStep[],
  formatTime: (at: string) => string,
  label: string,
): TemplateResult {
  return html`<ol part="timeline" class="timeline" aria-label=${label}>
    ${steps.map(
      (step, i) =>
        html`<li class="step" aria-current=${i === steps.length - 1 ? 'step' : nothing}>
          <span class="step-label">${step.label}</span>
          <time class="step-time" datetime=${step.at}>${formatTime(step.at)}</time>
          ${step.actor ? html`<span class="step-actor">${step.actor}</span>` : nothing}
          ${step.note ? html`<span class="step-note">${step.note}</span>` : nothing}
        </li>`,
    )}
  </ol>`;
}
