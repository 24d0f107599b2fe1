import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onConfigChange, resolveConfig, type ResolvedConfig } from './config.js';

/** The settings an element gives itself (attributes or properties); empty means "use the page's". */
export interface OwnConfig {
  apiBase?: string | undefined;
  locale?: string | undefined;
  unit?: string | undefined;
}

/**
 * The settings in effect for one element, resolved once per update and when the
 * element's own settings change (not on every read: a widget reads its locale in
 * every string it renders), and again when the page's defaults change through
 * `SmartHaiPhong.configure()`.
 */
export class ConfigController implements ReactiveController {
  private resolved: ResolvedConfig | undefined;
  private resolvedFor: OwnConfig | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly own: () => OwnConfig,
  ) {
    host.addController(this);
  }

  /** The element's attribute, else the page-wide default, else the built-in default; per setting. */
  get value(): ResolvedConfig {
    const own = this.own();
    const last = this.resolvedFor;
    if (
      !this.resolved ||
      !last ||
      last.apiBase !== own.apiBase ||
      last.locale !== own.locale ||
      last.unit !== own.unit
    ) {
      this.resolved = resolveConfig(own);
      this.resolvedFor = own;
    }
    return this.resolved;
  }

  hostConnected(): void {
    this.unsubscribe = onConfigChange(() => {
      this.resolved = undefined;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  // Runs before the data tasks' hostUpdate (controllers run in the order they were
  // added, and the base element adds this one first), so their arguments see it.
  hostUpdate(): void {
    this.resolved = resolveConfig((this.resolvedFor = this.own()));
  }
}
