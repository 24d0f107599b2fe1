// Test helpers: the sandbox API answered in the page by MSW, and SDK clients whose
// requests can be made to fail on demand through the sandbox's fault injection.
import { createSandboxHandlers } from '@smart-haiphong/sandbox/msw';
import { createClient, type ClientOptions, type ShpClient } from '@smart-haiphong/sdk';
import { setupWorker, type SetupWorker } from 'msw/browser';

export { waitFor } from './wait.js';

let started: Promise<SetupWorker> | undefined;

/** Starts MSW with the sandbox's handlers (once per test file); `/v1/*` on any origin is answered from seed data. */
export function startSandbox(): Promise<SetupWorker> {
  started ??= (async () => {
    const worker = setupWorker(...createSandboxHandlers());
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    return worker;
  })();
  return started;
}

/** A fault the sandbox injects: an HTTP status, a dropped connection, a slow answer, a contract-breaking body. */
export type Fault = '500' | '503' | '429' | 'drop' | 'contract' | `slow:${number}`;

export interface TestClient {
  client: ShpClient;
  /** Every request the client sent, in order. */
  requests: Request[];
  /** Makes the following requests fail with `fault` (undefined: answer normally). */
  setFault(fault: Fault | undefined): void;
}

/** A client of the in-page sandbox that does not retry (so one fault is one failure) and can inject faults. */
export function testClient(options: Partial<ClientOptions> = {}): TestClient {
  let fault: Fault | undefined;
  const requests: Request[] = [];
  const client = createClient({
    baseUrl: `${location.origin}/`,
    retry: false,
    ...options,
    fetch: (input, init) => {
      const request = new Request(input, init);
      if (fault) request.headers.set('x-sandbox-fault', fault);
      requests.push(request);
      return fetch(request);
    },
  });
  return { client, requests, setFault: (next) => (fault = next) };
}
