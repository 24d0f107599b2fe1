import type { Endpoint } from '@smart-haiphong/sdk';

interface Route {
  endpoint: Endpoint;
  pattern: RegExp;
  names: string[];
  /** Literal segments: a literal beats a parameter (`/v1/feedback/clusters` over `/v1/feedback/{id}`). */
  literals: number;
}

export type RouteMatch =
  | { kind: 'match'; endpoint: Endpoint; params: Record<string, string> }
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
      r.names.forEach((name, k) => {
        try {
          params[name] = decodeURIComponent(m[k + 1] as string);
        } catch {
          params[name] = m[k + 1] as string;
        }
      });
      return { kind: 'match', endpoint: r.endpoint, params };
    }
    return allowed.length > 0 ? { kind: 'method', allowed: [...new Set(allowed)] } : { kind: 'none' };
  }
}
