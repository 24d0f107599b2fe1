import { html, nothing, type TemplateResult } from 'lit';
import { localName } from '../../../translations/index.js';
import type { NearbyContext } from '../nearby-places.context.js';

/** Radii offered, in metres; the empty state offers the next one. */
export const RADII = [500, 1000, 2000, 5000, 10_000, 20_000, 50_000] as const;

/** The radius asked for, in metres: 1 to 50 000, 2000 when not a number. */
export function clampRadius(radius: number): number {
  return Number.isFinite(radius) ? Math.min(50_000, Math.max(1, Math.round(radius))) : 2000;
}

/** The category ids chosen (the `category` attribute, comma-separated). */
export const chosenCategories = (category: string): Set<string> => new Set(category.split(',').filter(Boolean));

/** The `category` attribute after a chip is pressed: `id` added or removed; null ("all") clears it. */
export function toggleCategory(category: string, id: string | null): string {
  const chosen = chosenCategories(category);
  if (id === null) chosen.clear();
  else if (chosen.has(id)) chosen.delete(id);
  else chosen.add(id);
  return [...chosen].join(',');
}

export interface ControlsState {
  /** The search field's text. */
  query: string;
  /** The `category` attribute. */
  category: string;
  openOnly: boolean;
  radius: number;
  view: 'list' | 'map';
  /** Typing (`now`: the form was submitted, search at once). */
  onSearch(value: string, now?: boolean): void;
  /** A chip pressed: a category id, or null for "all". */
  onCategory(id: string | null): void;
  onOpenOnly(value: boolean): void;
  onRadius(radius: number): void;
  onView(view: 'list' | 'map'): void;
}

/** The controls: search, category chips, "open now", radius and the list / map switch. */
export function controlsPart(ctx: NearbyContext, state: ControlsState): TemplateResult {
  const { t, categories } = ctx;
  const chosen = chosenCategories(state.category);
  const radius = clampRadius(state.radius);
  const radii = RADII.includes(radius as (typeof RADII)[number]) ? RADII : [...RADII, radius].sort((a, b) => a - b);
  return html`<div part="controls" class="controls">
    <form
      role="search"
      aria-label=${t('nearbyPlaces.search')}
      class="search"
      @submit=${(e: Event) => (e.preventDefault(), state.onSearch(state.query, true))}
    >
      <label class="field">
        <span>${t('nearbyPlaces.search')}</span>
        <input
          part="search"
          type="search"
          autocomplete="off"
          placeholder=${t('nearbyPlaces.searchPlaceholder')}
          .value=${state.query}
          @input=${(e: Event) => state.onSearch((e.target as HTMLInputElement).value)}
        />
      </label>
    </form>
    ${
      categories.length
        ? html`<div class="chips" role="group" aria-label=${t('nearbyPlaces.categories')}>
            <button
              part="chip"
              class="chip"
              type="button"
              aria-pressed=${chosen.size === 0 ? 'true' : 'false'}
              @click=${() => state.onCategory(null)}
            >
              ${t('nearbyPlaces.allCategories')}
            </button>
            ${categories.map(
              (c) =>
                html`<button
                  part="chip"
                  class="chip"
                  type="button"
                  data-category=${c.id}
                  aria-pressed=${chosen.has(c.id) ? 'true' : 'false'}
                  @click=${() => state.onCategory(c.id)}
                >
                  ${localName(ctx.locale, c)}
                </button>`,
            )}
          </div>`
        : nothing
    }
    <div class="row">
      <label class="check">
        <input
          part="open-now"
          type="checkbox"
          .checked=${state.openOnly}
          @change=${(e: Event) => state.onOpenOnly((e.target as HTMLInputElement).checked)}
        />
        <span>${t('nearbyPlaces.openNow')}</span>
      </label>
      <label class="field inline">
        <span>${t('nearbyPlaces.radius')}</span>
        <select part="radius" @change=${(e: Event) => state.onRadius(Number((e.target as HTMLSelectElement).value))}>
          ${radii.map((r) => html`<option value=${r} ?selected=${r === radius}>${ctx.formatDistance(r)}</option>`)}
        </select>
      </label>
      <div class="views" role="group" aria-label=${t('nearbyPlaces.view')}>
        ${(['list', 'map'] as const).map(
          (v) =>
            html`<button
              part="view-button"
              class="chip"
              type="button"
              data-view=${v}
              aria-pressed=${state.view === v ? 'true' : 'false'}
              @click=${() => state.onView(v)}
            >
              ${t(v === 'list' ? 'nearbyPlaces.viewList' : 'nearbyPlaces.viewMap')}
            </button>`,
        )}
      </div>
    </div>
  </div>`;
}
