import { css, type CSSResult } from 'lit';

export const styles: CSSResult = css`
  .card {
    display: grid;
    gap: var(--_shp-space-s);
  }

  .heading {
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-xs);
    min-width: 0;
  }

  .type {
    font-size: var(--_shp-font-size-s);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--shp-commune-info-accent, var(--_shp-color-primary));
  }

  .name {
    margin: 0;
    font-size: var(--_shp-font-size-l);
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .facts {
    margin: 0;
  }

  .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_shp-space-s);
  }

  dt {
    color: var(--_shp-color-text-muted);
  }

  dt::after {
    content: ':';
  }

  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .news {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_shp-space-xs);
  }

  .news-date {
    color: var(--_shp-color-text-muted);
    font-size: var(--_shp-font-size-s);
  }

  /* Wide containers (a full-width page, not a sidebar): name on the left, facts on the right. */
  @container shp (min-width: 480px) {
    .card {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: start;
      column-gap: var(--_shp-space-l);
    }

    .facts,
    .news {
      grid-column: 2;
      text-align: end;
    }

    .heading {
      grid-row: 1 / span 2;
    }

    .fact {
      justify-content: flex-end;
    }
  }
`;
