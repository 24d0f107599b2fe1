import { checkText, TEXT_LIMITS, type Dossier, type DossierRatingCriteria } from '@smart-haiphong/sdk';
import { PagedListController } from '../../internal/paged-list.js';
import type { ShpElement } from '../../internal/shp-element.js';
import type { TranslationKey } from '../../translations/index.js';
import type { MineActions, MineState, RatingDraft } from './parts/mine.js';

/**
 * "Hồ sơ của tôi" after sign-in: the sign-in state, the citizen's dossiers (five a page,
 * "Xem thêm" appends the next), the dossier open, the rating criteria and a rating draft per
 * dossier. Failures go to `onError` (the host emits `shp-error`).
 */
export class TrackerMine {
  /** Sign-in state and the dossier open. */
  state: MineState = { signedIn: false };
  criteria: DossierRatingCriteria | null = null;
  readonly list: PagedListController<Dossier>;
  private readonly drafts = new Map<string, RatingDraft>();
  private checkedClient: unknown;

  constructor(
    private readonly host: ShpElement,
    private readonly onError: (error: unknown) => void,
  ) {
    this.list = new PagedListController<Dossier>(host, {
      load: (cursor, signal) => host.client.dossiers.mine({ limit: 5, ...(cursor ? { cursor } : {}) }, { signal }),
      onError,
    });
  }

  /** What the "Hồ sơ của tôi" part calls; `print` opens the A4 view (the host's). */
  actions(print: (d: Dossier) => void): MineActions {
    return {
      criteria: this.criteria,
      draft: (code) => this.draft(code),
      changed: () => this.host.requestUpdate(),
      signIn: () => void this.signIn(),
      signOut: () => this.signOut(),
      more: () => void this.more(),
      retry: () => void this.list.retry(),
      open: (code) => void this.open(code),
      rate: (d) => void this.rate(d),
      print,
    };
  }

  private s(key: string): string {
    return this.host.t(`dossierTracker.${key}` as TranslationKey);
  }

  private setState(state: MineState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /** Asks once per client whether the citizen is signed in (and then loads the list). */
  checkClient(): void {
    if (this.host.client === this.checkedClient) return;
    this.checkedClient = this.host.client;
    void this.checkSignedIn();
  }

  private async checkSignedIn(): Promise<void> {
    const client = this.host.client;
    let signedIn = false;
    try {
      signedIn = await client.auth.isSignedIn();
    } catch {
      signedIn = false;
    }
    if (client !== this.host.client) return;
    this.setState({ signedIn });
    this.list.clear();
    if (signedIn) void this.list.reload();
  }

  private async signIn(): Promise<void> {
    this.setState({ ...this.state, error: undefined });
    try {
      await this.host.client.auth.signInWithPopup({ redirectUri: `${location.origin}${location.pathname}` });
      this.setState({ signedIn: true });
      this.list.clear();
      const reload = this.list.reload();
      void this.refocus('.sign-out');
      await reload;
    } catch (error) {
      this.setState({ ...this.state, error: `${this.s('signInFailed')} ${this.host.errorMessage(error)}` });
    }
  }

  private signOut(): void {
    this.host.client.auth.signOut();
    this.list.clear();
    this.setState({ signedIn: false });
    void this.refocus('.sign-in');
  }

  /**
   * Signing in or out redraws "Hồ sơ của tôi" and its button goes: focus, if it was in the
   * widget, moves to the button that undoes it instead of falling to the page.
   */
  private async refocus(selector: string): Promise<void> {
    const here = this.host.matches(':focus-within');
    await this.host.updateComplete;
    if (!here) return;
    this.host.renderRoot.querySelector<HTMLElement>(`[part~="mine"] ${selector}`)?.focus();
  }

  /** The next page; focus goes to its first dossier (the button is gone at the end). */
  private async more(): Promise<void> {
    const first = this.list.items.length;
    if (!(await this.list.more())) return;
    await this.host.updateComplete;
    const items = this.host.renderRoot.querySelectorAll<HTMLElement>('.mine-item');
    items[first]?.querySelector<HTMLElement>('button')?.focus();
  }

  private async open(code: string | null): Promise<void> {
    this.setState({ ...this.state, open: code ?? undefined });
    const d = this.list.items.find((i) => i.code === code);
    if (d?.rateable && !this.criteria) {
      try {
        this.criteria = await this.host.client.dossiers.ratingCriteria();
        this.host.requestUpdate();
      } catch (error) {
        this.onError(error);
      }
    }
  }

  private draft(code: string): RatingDraft {
    let draft = this.drafts.get(code);
    if (!draft) this.drafts.set(code, (draft = { scores: {}, comments: {}, comment: '', sending: false }));
    return draft;
  }

  private async rate(d: Dossier): Promise<void> {
    const { host } = this;
    const draft = this.draft(d.code);
    // The button stays focusable while sending (aria-disabled): a second press sends nothing.
    if (draft.sending) return;
    const ids = this.criteria?.criteria.map((c) => c.id) ?? [];
    const missing = ids.find((id) => !draft.scores[id]);
    const tooLong = [...Object.values(draft.comments), draft.comment].some(
      (c) => checkText(c ?? '', TEXT_LIMITS.dossiers.ratingComment).problem === 'too_long',
    );
    if (missing || tooLong) {
      draft.error = this.s(missing ? 'ratingMissing' : 'tooLong');
      host.requestUpdate();
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLElement>(missing ? `#rate-${missing} input` : '.rating textarea')?.focus();
      return;
    }
    draft.error = undefined;
    draft.sending = true;
    host.requestUpdate();
    try {
      const comment = (text: string | undefined) => {
        const value = checkText(text ?? '', TEXT_LIMITS.dossiers.ratingComment).value;
        return value ? value : undefined;
      };
      const rated = await host.client.dossiers.rate(d.code, {
        criteria: ids.map((id) => ({ id, score: draft.scores[id]!, comment: comment(draft.comments[id]) })),
        comment: comment(draft.comment),
      });
      draft.done = true;
      this.list.items = this.list.items.map((i) => (i.code === d.code ? rated : i));
    } catch (error) {
      this.onError(error);
      const code = (error as { code?: string }).code;
      draft.error = code === 'already_rated' ? this.s('alreadyRated') : host.errorMessage(error);
    } finally {
      draft.sending = false;
      host.requestUpdate();
    }
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('.rating-result')?.focus();
  }
}
