import { http, type RequestHandler } from 'msw';
import type { SandboxOptions } from './options.js';
import { type Sandbox, createSandbox } from './sandbox.js';

/** Small defaults for the browser: enough for every widget state, quick to generate. */
const BROWSER_DEFAULTS: SandboxOptions = { feedback: 800, places: 400, dossiers: 120 };

/**
 * MSW handlers that answer `/v1/*`, `/sandbox/*` and `/openapi.json` on any origin from an
 * in-memory sandbox (for Storybook and browser tests). Pass `sandbox` to share one.
 */
export function createSandboxHandlers(options: SandboxOptions & { sandbox?: Sandbox } = {}): RequestHandler[] {
  const { sandbox: given, ...rest } = options;
  const sandbox = given ?? createSandbox({ ...BROWSER_DEFAULTS, ...rest });
  const handle = ({ request }: { request: Request }) => sandbox.handle(request);
  return [http.all('*/v1/*', handle), http.all('*/sandbox/*', handle), http.get('*/openapi.json', handle)];
}

export { createSandbox, type Sandbox, type SandboxOptions };
