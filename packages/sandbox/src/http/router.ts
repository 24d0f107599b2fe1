import type { Endpoint } from '@smart-haiphong/sdk';

interface Route {
  endpoint: Endpoint;
  pattern: RegExp;
  names: string[];
  /** Literal segments: a literal beats a parameter (`/v1/feedback/clusters` over `/v1/feedback/{id}`). */
  literals: number;
}

export type RouteMatch =
  | {
      kind: 'match';
      endpoint: Endpoint;
      params: Record<string, string>;
      /** Path parameters whose percent-encoding is broken (`%E0%A4%A`): a 400, not a lookup. */
      malformed: string[];
    }
  | { kind: 'method'; allowed: string[] }
  | { kind: 'none' };

/** Routes requests to the contract's endpoints by their path templates. */
export class Router {
  private readonly routes: Route[];

  constructor(endpoints: readonly Endpoint[]) {
    this.routes = endpoints
      .map((endpoint) => {
        const names: string[] = [];
        const segments = endpoint.path.split('/').filter(Boolean);
        const source = segments
          .map((s) => {
            const m = /^\{(\w+)\}$/.exec(s);
            if (!m) return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(m[1] as string);
            return '([^/]+)';
          })
          .join('/');
        return { endpoint, names, pattern: new RegExp(`^/${source}/?$`), literals: segments.length - names.length };
      })
      .sort((a, b) => b.literals - a.literals);
  }

  match(method: string, pathname: string): RouteMatch {
    const allowed: string[] = [];
    for (const r of this.routes) {
      const m = r.pattern.exec(pathname);
      if (!m) continue;
      if (r.endpoint.method !== method && !(method === 'HEAD' && r.endpoint.method === 'GET')) {
        allowed.push(r.endpoint.method);
        continue;
      }
      const params: Record<string, string> = {};
      const malformed: string[] = [];
      r.names.forEach((name, k) => {
        const raw = m[k + 1] as string;
        const decoded = decodePathSegment(raw);
        if (decoded === null) malformed.push(name);
        params[name] = decoded ?? raw;
      });
      return { kind: 'match', endpoint: r.endpoint, params, malformed };
    }
    return allowed.length > 0 ? { kind: 'method', allowed: withHead(allowed) } : { kind: 'none' };
  }

  /** The methods a path answers to (for `Allow`), or an empty list when no route has it. */
  allowedMethods(pathname: string): string[] {
    const found = this.routes.filter((r) => r.pattern.test(pathname)).map((r) => r.endpoint.method);
    return found.length > 0 ? withHead(found) : [];
  }
}

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** `Allow` lists HEAD wherever GET is served, each method once, in a fixed order. */
export function withHead(methods: readonly string[]): string[] {
  const set = new Set(methods);
  if (set.has('GET')) set.add('HEAD');
  return ORDER.filter((m) => set.has(m));
}

/** A path segment decoded, or null when its percent-encoding is not UTF-8 (`%E0%A4%A`, `%ZZ`). */
export function decodePathSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
