import { startSandboxServer } from '@smart-haiphong/sandbox/server';
import { createClient, type ClientOptions, type FeedbackSubmission, type ShpClient } from '../src/index.js';

export type Sandbox = Awaited<ReturnType<typeof startSandboxServer>>;

/** A real sandbox server on a free loopback port, with small sample data. */
export async function startSandbox(): Promise<Sandbox> {
  return startSandboxServer({ port: 0, host: '127.0.0.1', seed: 7 });
}

/**
 * A fetch that adds headers to every request: how tests ask the sandbox for a fault
 * (`x-sandbox-fault`), through the real HTTP path.
 */
export function fetchWith(headers: Record<string, string>): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    for (const [k, v] of Object.entries(headers)) request.headers.set(k, v);
    return fetch(request);
  };
}

export function clientFor(sandbox: Sandbox, options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl: sandbox.url, retry: { backoffLimit: 50 }, ...options });
}

let n = 0;
/** A unique id for fault scoping and unique titles. */
export const uniqueId = (prefix: string) => `${prefix}-${process.pid}-${++n}-${Date.now()}`;

/** A valid report in xã Bình Giang with the first category, titled as the test asks. */
export async function reportFactory(client: ShpClient): Promise<(title: string) => FeedbackSubmission> {
  const unit = await client.units.get('binh-giang');
  const categoryId = (await client.feedback.categories()).items[0]!.id;
  return (title) => ({
    categoryId,
    title,
    content: 'Đèn đường cả dãy phố không sáng từ tối qua, đi lại rất nguy hiểm.',
    location: unit.centroid,
    photoIds: [],
    public: true,
  });
}
