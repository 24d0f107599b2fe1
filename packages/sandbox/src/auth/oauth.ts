import { base64url, randomToken } from '../util/random.js';

/**
 * The sandbox's stand-in for the city's identity provider (VNeID-backed in production):
 * OAuth 2.0 authorization code with PKCE (S256 only). Codes and tokens are random, opaque
 * and kept in memory only.
 */
interface CodeGrant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  sub: string;
  expires: number;
  scope: string;
}
interface Token {
  sub: string;
  expires: number;
}

const CODE_TTL_MS = 10 * 60_000;
/** Codes not yet exchanged, at most (the oldest are forgotten first). */
export const MAX_CODES = 10_000;
export const TOKEN_TTL_S = 3600;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const oauthError = (error: string, description: string, status = 400) =>
  new Response(JSON.stringify({ error, error_description: description }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Hosts whose redirect URIs match on any port (RFC 8252 §7.3: native and local development apps). */
const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);
/** The built-in client's redirect URIs besides the sandbox's own origin: local development servers. */
export const LOOPBACK_REDIRECTS = ['http://127.0.0.1/*', 'http://localhost/*', 'http://[::1]/*'];

/** Whether `redirect` is allowed by one registered redirect URI (see `SandboxOptions.oauthClients`). */
export function redirectAllowed(registered: string, redirect: URL): boolean {
  const prefix = registered.endsWith('*');
  let reg: URL;
  try {
    reg = new URL(prefix ? registered.slice(0, -1) : registered);
  } catch {
    return false;
  }
  const anyPort = reg.protocol === 'http:' && LOOPBACK.has(reg.hostname);
  const form = (u: URL) => (anyPort ? `${u.protocol}//${u.hostname}${u.pathname}${u.search}` : u.href);
  if (reg.protocol !== redirect.protocol || reg.hostname !== redirect.hostname) return false;
  return prefix ? form(redirect).startsWith(form(reg)) : form(redirect) === form(reg);
}

export interface OAuthClients {
  /** The client announced in config; it may also redirect to any page of the sandbox's own origin. */
  builtIn: string;
  /** Redirect URIs by client id (the built-in client's loopback ones included). */
  redirects: Readonly<Record<string, readonly string[]>>;
}

export class OAuthProvider {
  private readonly codes = new Map<string, CodeGrant>();
  private readonly tokens = new Map<string, Token>();
  private readonly refresh = new Map<string, string>();

  constructor(
    private readonly citizen: { sub: string; name: string },
    private readonly now: () => number = Date.now,
    /** Another account by OpenID Connect's `login_hint` (a role: `officer:<body>`, `collector:<unit>`); null if unknown. */
    private readonly byHint: (hint: string) => { sub: string; name: string } | null = () => null,
    private readonly clients: OAuthClients = { builtIn: 'smart-haiphong-web', redirects: {} },
  ) {}

  /** Whether the client is registered. */
  knows(clientId: string): boolean {
    return clientId === this.clients.builtIn || Object.hasOwn(this.clients.redirects, clientId);
  }

  private allowedRedirect(clientId: string, redirect: URL, origin: string): boolean {
    if (redirect.hash) return false;
    const list = [
      ...(Object.hasOwn(this.clients.redirects, clientId) ? (this.clients.redirects[clientId] ?? []) : []),
      ...(clientId === this.clients.builtIn ? [...LOOPBACK_REDIRECTS, `${origin}/*`] : []),
    ];
    return list.some((r) => redirectAllowed(r, redirect));
  }

  /**
   * `GET /sandbox/oauth/authorize`: the sign-in page, or with `auto=1` the redirect itself.
   * An unknown `client_id` or a `redirect_uri` not registered for it is answered here, with a
   * 400 page naming the OAuth error, and never redirected (RFC 6749 §4.1.2.1): a code must not
   * travel to a URL the client did not register. `origin` is the sandbox's public origin.
   */
  authorize(url: URL, origin = url.origin): Response {
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri');
    const clientId = q.get('client_id');
    let redirect: URL | null = null;
    try {
      redirect = redirectUri ? new URL(redirectUri) : null;
    } catch {
      redirect = null;
    }
    if (!clientId || !this.knows(clientId)) {
      return refusal(
        'invalid_client',
        clientId ? `unknown client_id: ${clientId}` : 'client_id is required',
        'Ứng dụng chưa được đăng ký với máy chủ đăng nhập',
        'The application is not registered with the sign-in server',
      );
    }
    if (!redirect || !/^https?:$/.test(redirect.protocol)) {
      return refusal(
        'invalid_request',
        'redirect_uri is missing or not an http(s) URL',
        'Thiếu hoặc sai địa chỉ quay lại (redirect_uri)',
        'Missing or invalid redirect_uri',
      );
    }
    if (!this.allowedRedirect(clientId, redirect, origin)) {
      return refusal(
        'invalid_request',
        `redirect_uri is not registered for ${clientId}`,
        'Địa chỉ quay lại (redirect_uri) chưa được đăng ký cho ứng dụng này',
        'The redirect_uri is not registered for this application',
      );
    }
    const back = (params: Record<string, string>) => {
      const to = new URL(redirect.href);
      for (const [k, v] of Object.entries(params)) to.searchParams.set(k, v);
      const state = q.get('state');
      if (state !== null) to.searchParams.set('state', state);
      return to.href;
    };
    const fail = (error: string, description: string) =>
      new Response(null, { status: 302, headers: { location: back({ error, error_description: description }) } });
    if (q.get('response_type') !== 'code') return fail('unsupported_response_type', 'response_type must be code');
    const challenge = q.get('code_challenge') ?? '';
    if (q.get('code_challenge_method') !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256');
    if (!/^[A-Za-z0-9_-]{43,128}$/.test(challenge))
      return fail('invalid_request', 'code_challenge must be base64url of a SHA-256 digest');

    const hint = q.get('login_hint');
    const who = hint && hint !== 'citizen' ? this.byHint(hint) : this.citizen;
    if (!who) return fail('invalid_request', `unknown login_hint: ${hint ?? ''}`);
    const code = randomToken(24);
    // Anyone can ask for codes: keep the newest MAX_CODES (a real flow uses its code within seconds).
    while (this.codes.size >= MAX_CODES) this.codes.delete(this.codes.keys().next().value as string);
    this.codes.set(code, {
      clientId,
      redirectUri: redirect.href,
      challenge,
      sub: who.sub,
      expires: this.now() + CODE_TTL_MS,
      scope: q.get('scope') ?? 'openid profile',
    });
    const target = back({ code });
    if (q.get('auto') === '1') return new Response(null, { status: 302, headers: { location: target } });
    return page(
      200,
      'Đăng nhập (môi trường thử nghiệm)',
      `<p class="note">Sandbox stands in for VNeID: đây là môi trường thử nghiệm, không phải VNeID thật. No real identity is checked.</p>
<p>Ứng dụng <strong>${escapeHtml(clientId)}</strong> đề nghị đăng nhập với tài khoản mẫu:</p>
<p class="who">${escapeHtml(who.name)}</p>
<p><a class="button" href="${escapeHtml(target)}">Đăng nhập / Sign in</a>
<a class="cancel" href="${escapeHtml(back({ error: 'access_denied', error_description: 'The citizen cancelled' }))}">Hủy / Cancel</a></p>`,
    );
  }

  /** `POST /sandbox/oauth/token` (form-encoded): authorization_code with PKCE, or refresh_token. */
  async token(request: Request): Promise<Response> {
    const type = request.headers.get('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded')) {
      return oauthError('invalid_request', 'the body must be application/x-www-form-urlencoded');
    }
    const form = new URLSearchParams(await request.text());
    const grant = form.get('grant_type');
    if (grant === 'refresh_token') {
      const sub = this.refresh.get(form.get('refresh_token') ?? '');
      if (!sub) return oauthError('invalid_grant', 'unknown refresh_token');
      this.refresh.delete(form.get('refresh_token') ?? '');
      return this.issue(sub, 'openid profile');
    }
    if (grant !== 'authorization_code')
      return oauthError('unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
    const code = form.get('code') ?? '';
    const entry = this.codes.get(code);
    // A code is good for one try, whatever its outcome (RFC 6749 §4.1.2).
    this.codes.delete(code);
    const clientId = form.get('client_id') ?? '';
    if (!this.knows(clientId)) return oauthError('invalid_client', `unknown client_id: ${clientId}`, 401);
    if (!entry || entry.expires < this.now())
      return oauthError('invalid_grant', 'the code is unknown, used or expired');
    if (form.get('redirect_uri') !== entry.redirectUri)
      return oauthError('invalid_grant', 'redirect_uri does not match the authorization request');
    if (form.get('client_id') !== entry.clientId)
      return oauthError('invalid_grant', 'client_id does not match the authorization request');
    const verifier = form.get('code_verifier') ?? '';
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier))
      return oauthError('invalid_grant', 'code_verifier must be 43–128 characters');
    if ((await s256(verifier)) !== entry.challenge)
      return oauthError('invalid_grant', 'code_verifier does not match code_challenge');
    return this.issue(entry.sub, entry.scope);
  }

  /** Codes not yet exchanged (tests of the bound). */
  get pendingCodes(): number {
    return this.codes.size;
  }

  /** Issue a token directly (for tests and demos). */
  issueToken(sub = this.citizen.sub): string {
    const token = randomToken(32);
    // Tokens need a sign-in: bounded by use, but expired ones are dropped as new ones come.
    if (this.tokens.size > 1000) for (const [t, v] of this.tokens) if (v.expires < this.now()) this.tokens.delete(t);
    this.tokens.set(token, { sub, expires: this.now() + TOKEN_TTL_S * 1000 });
    return token;
  }

  /** The subject of a valid bearer token; null when absent, undefined when invalid. */
  verify(authorization: string | null): string | null | undefined {
    if (!authorization) return null;
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m) return undefined;
    const t = this.tokens.get(m[1] as string);
    if (!t || t.expires < this.now()) return undefined;
    return t.sub;
  }

  private issue(sub: string, scope: string): Response {
    const access = this.issueToken(sub);
    const refresh = randomToken(32);
    this.refresh.set(refresh, sub);
    return new Response(
      JSON.stringify({
        access_token: access,
        token_type: 'Bearer',
        expires_in: TOKEN_TTL_S,
        refresh_token: refresh,
        scope,
      }),
      { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } },
    );
  }
}

/** The answer to a sign-in request that cannot be sent back to its client: a page naming the OAuth error. */
function refusal(error: string, description: string, vi: string, en: string): Response {
  const response = page(
    400,
    'Yêu cầu đăng nhập không hợp lệ',
    `<p>${escapeHtml(vi)}. / ${escapeHtml(en)}.</p>
<p><code>error=${escapeHtml(error)}</code>: ${escapeHtml(description)}</p>`,
  );
  return response;
}

function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}.note{background:#fff4d6;border:1px solid #e0b84c;padding:.75rem;border-radius:.5rem}
.who{font-size:1.2rem;font-weight:600}.button{display:inline-block;background:#005baa;color:#fff;padding:.7rem 1.2rem;border-radius:.4rem;text-decoration:none}
.cancel{margin-left:1rem}
</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'",
      'cache-control': 'no-store',
    },
  });
}
