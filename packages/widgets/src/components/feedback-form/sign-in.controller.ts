import type { ShpClient } from '@smart-haiphong/sdk';
import type { ReactiveController } from 'lit';
import type { ShpElement } from '../../internal/shp-element.js';

/** The part of the citizen's profile a form prefills. */
export interface Profile {
  name: string;
  phone: string | null;
}

/** Whether the citizen is signed in (checked again for each new client), and the sign-in popup. */
export class SignInController implements ReactiveController {
  signedIn = false;
  error = '';
  private client: ShpClient | undefined;

  constructor(
    private readonly host: ShpElement,
    /** The citizen is signed in (already, or just now). */
    private readonly onProfile: (profile: Profile) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { client } = this.host;
    if (client === this.client) return;
    this.client = client;
    void this.check(client);
  }

  private async check(client: ShpClient): Promise<void> {
    try {
      if (!(await client.auth.isSignedIn())) return;
      this.prefill(await client.auth.me());
    } catch {
      // not signed in, or the profile could not be read: the fields stay as typed
    }
  }

  async signIn(): Promise<void> {
    this.error = '';
    this.host.requestUpdate();
    try {
      const redirectUri = `${location.origin}${location.pathname}`;
      this.prefill(await this.host.client.auth.signInWithPopup({ redirectUri }));
    } catch (error) {
      this.error = this.host.t('feedbackForm.signInFailed') + ' ' + this.host.errorMessage(error);
      this.host.requestUpdate();
    }
  }

  private prefill(profile: Profile): void {
    this.signedIn = true;
    this.onProfile(profile);
    this.host.requestUpdate();
  }
}
