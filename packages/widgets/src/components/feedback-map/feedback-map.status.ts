import type { FeedbackStatus } from '@smart-haiphong/sdk';
import { svg, type SVGTemplateResult } from 'lit';

/** How one status is drawn: a colour and a shape, so that colour is never the only signal. */
export interface StatusLook {
  color: string;
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'check' | 'cross';
  /** Closed statuses (resolved, rejected) are drawn hollow, so that open problems stand out. */
  closed: boolean;
}

// Statuses are data: known codes get fixed looks; others take one by their place in the flow.
const KNOWN: Record<string, Omit<StatusLook, 'closed'>> = {
  pending: { color: '#5b6470', shape: 'circle' },
  accepted: { color: '#a15c00', shape: 'square' },
  in_progress: { color: '#1f5fbf', shape: 'diamond' },
  transferred: { color: '#7a3db8', shape: 'triangle' },
  resolved: { color: '#1e7b34', shape: 'check' },
  rejected: { color: '#b3261e', shape: 'cross' },
};
const FALLBACK: Omit<StatusLook, 'closed'>[] = Object.values(KNOWN);
FALLBACK.push({ color: '#00707a', shape: 'hexagon' });

export function statusLook(status: FeedbackStatus | undefined, code: string): StatusLook {
  const known = KNOWN[code] ?? FALLBACK[Math.abs(status?.order ?? 0) % FALLBACK.length]!;
  return { ...known, closed: status?.closed ?? (code === 'resolved' || code === 'rejected') };
}

const PATHS: Record<StatusLook['shape'], string> = {
  circle: 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16z',
  square: 'M5 5h14v14H5z',
  diamond: 'M12 2l10 10l-10 10L2 12z',
  triangle: 'M12 3l10 17H2z',
  hexagon: 'M7 3h10l5 9l-5 9H7l-5-9z',
  check: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z',
  cross: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z',
};
const MARKS: Partial<Record<StatusLook['shape'], string>> = {
  check: 'M7.5 12.5l3 3l6-7',
  cross: 'M8.5 8.5l7 7M15.5 8.5l-7 7',
};

/** The status symbol as SVG markup (for the legend, the list and the map pins). */
export function statusSymbol(look: StatusLook, size = 18): SVGTemplateResult {
  const mark = MARKS[look.shape];
  return svg`<svg class="symbol" width=${size} height=${size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d=${PATHS[look.shape]} fill=${look.closed ? '#ffffff' : look.color} stroke=${look.color} stroke-width="2.5"></path>
    ${mark ? svg`<path d=${mark} fill="none" stroke=${look.color} stroke-width="2.5" stroke-linecap="round"></path>` : null}
  </svg>`;
}
