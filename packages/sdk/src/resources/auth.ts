import * as z from 'zod/mini';
import type { CallOptions, Transport } from '../client.js';
import { ShpContractError, ShpHttpError, ShpNetworkError } from '../errors.js';
import { codeChallenge, randomToken } from '../pkce.js';
import { Problem } from '../schemas/common.js';
import { authEndpoints, TokenResponse, type Me } from '../schemas/auth.js';
import { configEndpoints } from '../schemas/config.js';
import { isHttpUrl } from '../url.js';

/** What {@link AuthResource.createAuthorizationRequest} returns: keep `state` and `codeVerifier` until the redirect comes back. */
export interface AuthorizationRequest {
  /** Open this URL (a popup or a redirect) to sign in at the identity provider. */
  url: string;
  state: string;
  codeVerifier: string;
  redirectUri: string;
}

/**
 * Sign-in with OAuth 2.0 authorisation code + PKCE against the identity provider
 * named by the deployment's config (VNeID-backed). Tokens live in memory only.
 * Hosts that sign in themselves pass `tokenProvider` to createClient instead.
 */
export class AuthResource {
  constructor(
    private readonly transport: Transport,
    private readonly fetchImpl: typeof fetch,
  ) {}

  /**
   * Start a sign-in: the URL to open and the secrets to keep for {@link exchangeCode}.
   * `loginHint` is passed as OpenID Connect's `login_hint` (the sandbox's dev sign-in reads
   * `officer:<body id>` or `collector:<unit>` from it to sign in with that role).
   */
  async createAuthorizationRequest(
    params: { redirectUri: string; scope?: string; loginHint?: string },
    options?: CallOptions,
  ): Promise<AuthorizationRequest> {
    const { identityProvider: idp } = await this.transport.call(configEndpoints.get, {}, options);
    // The contract already refuses other schemes; a sign-in must never navigate anywhere else.
    requireHttp('auth.createAuthorizationRequest', 'identityProvider.authorizationEndpoint', idp.authorizationEndpoint);
    const state = randomToken(16);
    const codeVerifier = randomToken(32);
    const url = new URL(idp.authorizationEndpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: idp.clientId,
      redirect_uri: params.redirectUri,
      scope: params.scope ?? idp.scopes.join(' '),
      state,
      code_challenge: await codeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      // OpenID Connect's hint of who signs in; the sandbox's dev sign-in picks a role by it.
      ...(params.loginHint ? { login_hint: params.loginHint } : {}),
    }).toString();
    return { url: url.toString(), state, codeVerifier, redirectUri: params.redirectUri };
  }

  /**
   * Finish a sign-in: check `state`, trade the code for a token and keep it in memory.
   * `callbackUrl` is the URL the provider redirected to.
   */
  async exchangeCode(
    request: AuthorizationRequest,
    callbackUrl: string,
    options?: CallOptions,
  ): Promise<TokenResponse> {
    const callback = new URL(callbackUrl);
    const error = callback.searchParams.get('error');
    if (error) throw new ShpHttpError('auth.exchangeCode', 400, { title: error, status: 400, code: error }, undefined);
    if (callback.searchParams.get('state') !== request.state) {
      throw new ShpHttpError(
        'auth.exchangeCode',
        400,
        { title: 'The sign-in answer does not match the request (state)', status: 400, code: 'state_mismatch' },
        undefined,
      );
    }
    const code = callback.searchParams.get('code') ?? '';
    const { identityProvider: idp } = await this.transport.call(configEndpoints.get, {}, options);
    requireHttp('auth.exchangeCode', 'identityProvider.tokenEndpoint', idp.tokenEndpoint);
    let response: Response;
    try {
      response = await this.fetchImpl(idp.tokenEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          code_verifier: request.codeVerifier,
          redirect_uri: request.redirectUri,
          client_id: idp.clientId,
        }),
        ...(options?.signal ? { signal: options.signal } : {}),
      });
    } catch (cause) {
      if (options?.signal?.aborted) throw options.signal.reason;
      throw new ShpNetworkError('auth.exchangeCode', { cause });
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const problem = z.safeParse(Problem, body);
      const oauth = body as { error?: string; error_description?: string } | undefined;
      throw new ShpHttpError(
        'auth.exchangeCode',
        response.status,
        problem.success
          ? problem.data
          : {
              title: oauth?.error_description ?? oauth?.error ?? 'Sign-in failed',
              status: response.status,
              code: oauth?.error,
            },
        undefined,
      );
    }
    const parsed = z.safeParse(TokenResponse, body);
    if (!parsed.success) {
      throw new ShpContractError(
        'auth.exchangeCode',
        parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      );
    }
    this.transport.setToken(parsed.data.access_token, parsed.data.expires_in);
    return parsed.data;
  }

  /**
   * Sign in in a popup window (browsers). The popup must come back to `redirectUri`
   * on this page's origin; it is read from there and closed. Call it from a click handler.
   */
  async signInWithPopup(
    params: { redirectUri: string; scope?: string; loginHint?: string },
    options?: CallOptions,
  ): Promise<Me> {
    // Open the window first, synchronously in the click, or popup blockers refuse it.
    const popup = window.open('about:blank', 'shp-sign-in', 'popup,width=480,height=640');
    if (!popup) throw new ShpNetworkError('auth.signInWithPopup', { cause: new Error('popup blocked') });
    try {
      const request = await this.createAuthorizationRequest(params, options);
      requireHttp('auth.signInWithPopup', 'url', request.url);
      popup.location.href = request.url;
      const callbackUrl = await waitForRedirect(popup, request.redirectUri, options?.signal);
      await this.exchangeCode(request, callbackUrl, options);
      return await this.me(options);
    } finally {
      popup.close();
    }
  }

  /** The signed-in citizen (401 when nobody is). */
  me(options?: CallOptions): Promise<Me> {
    return this.transport.call(authEndpoints.me, {}, options);
  }

  /** Whether a token is at hand (from the provider or a sign-in). */
  async isSignedIn(): Promise<boolean> {
    return (await this.transport.token()) !== null;
  }

  /** Forget the in-memory token. */
  signOut(): void {
    this.transport.setToken(null);
  }
}

/** A contract error unless `url` is http(s): what the SDK navigates to or posts to. */
function requireHttp(operation: string, path: string, url: string): void {
  if (!isHttpUrl(url)) throw new ShpContractError(operation, [{ path, message: 'must be an http(s) URL' }]);
}

function waitForRedirect(popup: Window, redirectUri: string, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (signal?.aborted) return done(() => reject(signal.reason));
      if (popup.closed) {
        return done(() => reject(new ShpNetworkError('auth.signInWithPopup', { cause: new Error('popup closed') })));
      }
      let href = '';
      try {
        href = popup.location.href; // throws while the popup is on the provider's origin
      } catch {
        return;
      }
      if (href.startsWith(redirectUri)) done(() => resolve(href));
    }, 200);
    const done = (settle: () => void) => {
      clearInterval(timer);
      settle();
    };
  });
}

/** Builds the `auth` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const authResource = (t: Transport, fetch: typeof globalThis.fetch): AuthResource => new AuthResource(t, fetch);
