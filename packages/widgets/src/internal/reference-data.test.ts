import { expect } from '@open-wc/testing';
import { createClient, isAbortError } from '@smart-haiphong/sdk';
import { startSandbox, testClient } from '../../test/sandbox.js';
import { loadReferenceData } from './reference-data.js';

const paths = (requests: Request[]) => requests.map((r) => new URL(r.url).pathname);

describe('reference data shared by the widgets of a page', () => {
  before(() => startSandbox());

  it('asks once per client, however many elements need it', async () => {
    const { client, requests } = testClient();
    const [a, b] = await Promise.all([
      loadReferenceData(client, ['config', 'units', 'categories', 'statuses']),
      loadReferenceData(client, ['statuses', 'units']),
    ]);
    await loadReferenceData(client, ['config']);
    expect(a.units).to.have.length(114);
    expect(b.units).to.equal(a.units);
    expect(paths(requests).sort()).to.deep.equal([
      '/v1/config',
      '/v1/feedback/categories',
      '/v1/feedback/statuses',
      '/v1/units',
    ]);
    const orders = a.statuses.map((s) => s.order);
    expect(orders).to.deep.equal([...orders].sort((x, y) => x - y));
  });

  it('forgets a failure, so that a retry asks again', async () => {
    const { client, requests, setFault } = testClient();
    setFault('503');
    let failed = false;
    await loadReferenceData(client, ['config']).catch(() => (failed = true));
    expect(failed).to.equal(true);
    setFault(undefined);
    const { config } = await loadReferenceData(client, ['config']);
    expect(config.hotline).to.equal('1022');
    expect(paths(requests)).to.deep.equal(['/v1/config', '/v1/config']);
  });

  it('does not make a retry wait on a request of the failed attempt still under way', async () => {
    let failing = true;
    const client = createClient({
      baseUrl: `${location.origin}/`,
      retry: false,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (!failing) return fetch(request);
        // The units request of the failing attempt fails later than the others.
        if (request.url.endsWith('/v1/units')) await new Promise((resolve) => setTimeout(resolve, 300));
        throw new TypeError('network down');
      },
    });
    let failed = false;
    await loadReferenceData(client, ['config', 'units']).catch(() => (failed = true));
    expect(failed).to.equal(true);
    failing = false;
    const { units } = await loadReferenceData(client, ['config', 'units']);
    expect(units).to.have.length(114);
  });

  it('lets one caller abort without cancelling the request another waits for', async () => {
    const { client, requests, setFault } = testClient();
    setFault('slow:300');
    const controller = new AbortController();
    const aborted = loadReferenceData(client, ['units'], controller.signal);
    const waiting = loadReferenceData(client, ['units']);
    controller.abort();
    let error: unknown;
    await aborted.catch((e: unknown) => (error = e));
    expect(isAbortError(error)).to.equal(true);
    expect((await waiting).units).to.have.length(114);
    expect(requests).to.have.length(1);
  });
});
