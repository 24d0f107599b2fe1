import { css, type CSSResult } from 'lit';

/** The base part and the loading, empty, error and offline states every widget shares. */
export const stateStyles: CSSResult = css`
  .base {
    background: var(--_shp-color-surface);
    color: var(--_shp-color-text);
    border: 1px solid var(--_shp-color-border);
    border-radius: var(--_shp-radius-m);
    padding: var(--_shp-space-m);
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-s);
    min-width: 0;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-s);
  }

  .skeleton-line {
    display: block;
    height: 0.9em;
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-surface-muted);
    animation: shp-pulse 1.4s ease-in-out infinite;
  }

  .skeleton-line:first-child {
    width: 60%;
    height: 1.2em;
  }

  .skeleton-line:last-child {
    width: 40%;
  }

  @keyframes shp-pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }

  .empty {
    margin: 0;
    color: var(--_shp-color-text-muted);
  }

  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_shp-space-s);
  }

  .error-message {
    margin: 0;
    color: var(--_shp-color-danger);
  }

  .offline {
    margin: 0;
    padding: var(--_shp-space-xs) var(--_shp-space-s);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-warning-surface);
    color: var(--_shp-color-warning-text);
    font-size: var(--_shp-font-size-s);
  }

  .button {
    font: inherit;
    min-height: 2.5em;
    padding: var(--_shp-space-xs) var(--_shp-space-m);
    border: 1px solid var(--_shp-color-primary);
    border-radius: var(--_shp-radius-s);
    background: var(--_shp-color-primary);
    color: var(--_shp-color-on-primary);
    cursor: pointer;
  }

  .button:hover {
    filter: brightness(1.1);
  }

  .button:focus-visible {
    outline: 2px solid var(--_shp-color-primary);
    outline-offset: 2px;
  }
`;
