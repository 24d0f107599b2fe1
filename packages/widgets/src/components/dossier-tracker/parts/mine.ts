import { checkText, TEXT_LIMITS, type Dossier, type DossierRatingCriteria } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { PagedListController } from '../../../internal/paged-list.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { TranslationKey } from '../../../translations/index.js';
import { dateTime, deadlineLine, dossierView, statusName } from './dossier-view.js';

/** "Hồ sơ của tôi": sign-in state and the dossier open. */
export interface MineState {
  signedIn: boolean;
  /** Why signing in failed. */
  error?: string | undefined;
  /** The dossier shown in full. */
  open?: string | undefined;
}

/** A rating being filled in, per dossier. */
export interface RatingDraft {
  scores: Record<string, number>;
  comments: Record<string, string>;
  comment: string;
  sending: boolean;
  error?: string | undefined;
  done?: boolean;
}

export interface MineActions {
  criteria: DossierRatingCriteria | null;
  draft(code: string): RatingDraft;
  changed(): void;
  signIn(): void;
  signOut(): void;
  more(): void;
  retry(): void;
  open(code: string | null): void;
  rate(d: Dossier): void;
  print(d: Dossier): void;
}

const LIMIT = TEXT_LIMITS.dossiers.ratingComment;

function commentField(
  host: ShpElement,
  id: string,
  label: string,
  value: string,
  set: (value: string) => void,
): TemplateResult {
  const t = (key: string, params?: Record<string, string | number>) =>
    host.t(`dossierTracker.${key}` as TranslationKey, params);
  const { length, problem } = checkText(value, LIMIT);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <textarea
      id=${id}
      rows="2"
      .value=${value}
      aria-describedby=${`${id}-count`}
      aria-invalid=${problem === 'too_long' ? 'true' : 'false'}
      @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <span id=${`${id}-count`} class="muted counter ${problem === 'too_long' ? 'over' : ''}"
      >${t('charCount', { count: length, max: LIMIT.max })}</span
    >
  </div>`;
}

function ratingTemplate(host: ShpElement, d: Dossier, a: MineActions): TemplateResult | typeof nothing {
  const t = (key: string, params?: Record<string, string | number>) =>
    host.t(`dossierTracker.${key}` as TranslationKey, params);
  const en = host.config.locale === 'en';
  const draft = a.draft(d.code);
  if (d.rating) {
    const r = d.rating;
    return html`<section part="rating" class="rating">
      ${heading(host.headingLevel, 2, t('yourRating'))}
      <p class="rating-result strong" role="status" tabindex="-1">
        ${
          draft.done
            ? t('ratingDone', { date: dateTime(host, r.at), average: host.formatNumber(r.average) })
            : t('alreadyRated')
        }
      </p>
      <ul class="scores">
        ${r.criteria.map(
          (c) =>
            html`<li>
              ${a.criteria?.criteria.find((x) => x.id === c.id)?.[en ? 'nameEn' : 'name'] ?? c.name}:
              <strong>${c.score}/5</strong>${c.comment ? html` <span class="muted">“${c.comment}”</span>` : nothing}
            </li>`,
        )}
      </ul>
      ${r.official ? html`<p class="muted">${t('official')}: ${r.official.name}, ${r.official.position}</p>` : nothing}
    </section>`;
  }
  if (!d.rateable || !a.criteria) return nothing;
  const criteria = a.criteria;
  return html`<form
    part="rating"
    class="rating"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      a.rate(d);
    }}
  >
    ${heading(host.headingLevel, 2, t('rate'))}
    <p class="muted">${t('rateIntro')}</p>
    ${d.official ? html`<p>${t('official')}: <strong>${d.official.name}</strong>, ${d.official.position}</p>` : nothing}
    ${criteria.criteria.map(
      (c) =>
        html`<fieldset id=${`rate-${c.id}`} class="criterion">
          <legend>${en ? c.nameEn : c.name}</legend>
          <div class="scale">
            ${criteria.scale.map(
              (s) =>
                html`<label class="score">
                  <input
                    type="radio"
                    name=${`score-${c.id}`}
                    value=${s.value}
                    .checked=${draft.scores[c.id] === s.value}
                    @change=${() => {
                      draft.scores[c.id] = s.value;
                      a.changed();
                    }}
                  />
                  <span>${s.value} · ${en ? s.nameEn : s.name}</span>
                </label>`,
            )}
          </div>
          ${commentField(host, `comment-${c.id}`, t('criterionComment'), draft.comments[c.id] ?? '', (v) => {
            draft.comments[c.id] = v;
            a.changed();
          })}
        </fieldset>`,
    )}
    ${commentField(host, 'comment-overall', t('overallComment'), draft.comment, (v) => {
      draft.comment = v;
      a.changed();
    })}
    ${draft.error ? html`<p class="field-error" role="alert">${draft.error}</p>` : nothing}
    <button
      class="button"
      type="submit"
      aria-disabled=${draft.sending ? 'true' : 'false'}
      aria-busy=${draft.sending ? 'true' : 'false'}
    >
      ${draft.sending ? t('sending') : t('submitRating')}
    </button>
    <p class="muted source">${a.criteria.source}</p>
  </form>`;
}

/**
 * "Hồ sơ của tôi": sign-in, the citizen's dossiers (unmasked, paged by the shared list
 * controller), each openable, and the rating.
 */
export function mineTemplate(
  host: ShpElement,
  m: MineState,
  list: PagedListController<Dossier>,
  a: MineActions,
): TemplateResult {
  const t = (key: string, params?: Record<string, string | number>) =>
    host.t(`dossierTracker.${key}` as TranslationKey, params);
  if (!m.signedIn) {
    return html`<section part="mine" class="mine no-print">
      ${heading(host.headingLevel, 0, t('mine'))}
      <p class="muted">${t('signInPrompt')}</p>
      <button type="button" class="button secondary sign-in" @click=${a.signIn}>${t('signIn')}</button>
      ${m.error ? html`<p class="field-error" role="alert">${m.error}</p>` : nothing}
    </section>`;
  }
  const items = list.items.map((d) => {
    const open = m.open === d.code;
    return html`<li class="mine-item" data-code=${d.code}>
      <div class="mine-head">
        <span><span class="code">${d.code}</span> · <span class="muted">${statusName(host, d.status.code)}</span></span>
        <span class="mine-name">${d.procedureName}</span>
        ${deadlineLine(host, d)}
        <button
          type="button"
          class="link"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${() => a.open(open ? null : d.code)}
        >
          ${open ? t('close') : t('open')}
        </button>
      </div>
      ${
        open
          ? dossierView(host, d, {
              headingDepth: 1,
              actions: html`<div class="actions no-print">
                  <button class="button secondary" type="button" @click=${() => a.print(d)}>${t('print')}</button>
                </div>
                ${ratingTemplate(host, d, a)}`,
            })
          : nothing
      }
    </li>`;
  });
  return html`<section part="mine" class="mine">
    ${heading(host.headingLevel, 0, t('mine'))}
    <div class="row no-print">
      ${list.total !== undefined ? html`<span class="muted" role="status">${t('mineCount', { count: list.total })}</span>` : nothing}
      <button type="button" class="link sign-out" @click=${a.signOut}>${t('signOut')}</button>
    </div>
    ${
      list.items.length
        ? html`<ul class="mine-list" aria-busy=${list.busy ? 'true' : 'false'}>
            ${items}
          </ul>`
        : nothing
    }
    ${list.busy ? html`<p class="muted" role="status" aria-busy="true">${host.t('state.loading')}</p>` : nothing}
    ${list.state === 'ready' && list.items.length === 0 ? html`<p part="empty" class="empty">${t('mineEmpty')}</p>` : nothing}
    ${
      list.state === 'error'
        ? html`<div part="error" class="error" role="alert">
            <p class="error-message">${host.errorMessage(list.error)}</p>
            <button part="retry-button" class="button" type="button" @click=${a.retry}>${host.t('state.retry')}</button>
          </div>`
        : nothing
    }
    ${
      list.hasMore
        ? html`<button
            type="button"
            class="button secondary no-print"
            aria-disabled=${list.busy ? 'true' : 'false'}
            aria-busy=${list.busy ? 'true' : 'false'}
            @click=${a.more}
          >
            ${t('more')}
          </button>`
        : nothing
    }
  </section>`;
}
