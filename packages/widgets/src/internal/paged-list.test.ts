import type { FeedbackSummary } from '@smart-haiphong/sdk';
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { startSandbox, testClient, waitFor } from '../../test/sandbox.js';
import { PagedListController } from './paged-list.js';

class ListHost extends LitElement {}
customElements.define('test-paged-list-host', ListHost);

before(() => startSandbox());

describe('PagedListController', () => {
  const setup = (query: { unit: string; status?: string }) => {
    const tc = testClient();
    const host = document.body.appendChild(new ListHost());
    const announced: number[] = [];
    const errors: unknown[] = [];
    const list = new PagedListController<FeedbackSummary>(host, {
      load: (cursor, signal) =>
        tc.client.feedback.list({ ...query, from: '', limit: 5, ...(cursor ? { cursor } : {}) }, { signal }),
      onPage: (count) => announced.push(count),
      onError: (error) => errors.push(error),
    });
    return { tc, host, list, announced, errors };
  };

  it('loads the first page, then appends the next ones, announcing the count', async () => {
    const { host, list, announced } = setup({ unit: 'kien-an' });
    expect(await list.reload()).to.equal(true);
    expect(list.state).to.equal('ready');
    expect(list.items).to.have.length(5);
    expect(list.hasMore).to.equal(true);
    const total = list.count;
    expect(total).to.be.greaterThan(5);
    const first = list.items.map((i) => i.id);
    expect(await list.more()).to.equal(true);
    expect(list.items).to.have.length(10);
    expect(list.items.slice(0, 5).map((i) => i.id)).to.deep.equal(first);
    expect(new Set(list.items.map((i) => i.id)).size).to.equal(10);
    expect(announced).to.deep.equal([total, total]);
    host.remove();
  });

  it('aborts a request overtaken by a new one, so an old answer never wins', async () => {
    const { tc, host, list } = setup({ unit: 'kien-an' });
    tc.setFault('slow:2000');
    const slow = list.reload();
    await waitFor(() => tc.requests.length === 1, 'the slow request');
    tc.setFault(undefined);
    const fast = list.reload();
    expect(await slow).to.equal(false);
    expect(await fast).to.equal(true);
    expect(tc.requests[0]!.signal.aborted).to.equal(true);
    expect(list.state).to.equal('ready');
    host.remove();
  });

  it('fails with the error and retries what failed; leaving the page aborts', async () => {
    const { tc, host, list, errors } = setup({ unit: 'kien-an' });
    await list.reload();
    tc.setFault('503');
    expect(await list.more()).to.equal(false);
    expect(list.state).to.equal('error');
    expect(errors).to.have.length(1);
    expect(list.items).to.have.length(5); // what was shown stays
    tc.setFault(undefined);
    expect(await list.retry()).to.equal(true);
    expect(list.items).to.have.length(10);

    tc.setFault('slow:2000');
    const pending = list.reload();
    host.remove();
    expect(await pending).to.equal(false);
    expect(list.state).to.equal('idle');
    expect(tc.requests.at(-1)!.signal.aborted).to.equal(true);
  });

  it('clear() forgets the items and aborts the request in flight', async () => {
    const { tc, host, list } = setup({ unit: 'kien-an' });
    await list.reload();
    tc.setFault('slow:2000');
    const pending = list.more();
    await waitFor(() => tc.requests.length === 2, 'the slow request');
    list.clear();
    expect(await pending).to.equal(false);
    expect(tc.requests[1]!.signal.aborted).to.equal(true);
    expect([list.items, list.hasMore, list.total, list.state]).to.deep.equal([[], false, undefined, 'idle']);
    host.remove();
  });

  it('seed() starts from a first page loaded elsewhere, aborts a "more" of the old list, and pages on', async () => {
    const { tc, host, list } = setup({ unit: 'kien-an' });
    await list.reload();
    tc.setFault('slow:2000');
    const stale = list.more();
    await waitFor(() => tc.requests.length === 2, 'the slow request');
    tc.setFault(undefined);
    const first = await tc.client.feedback.list({ unit: 'kien-an', from: '', limit: 5 });
    list.seed(first);
    expect(await stale).to.equal(false);
    expect(tc.requests[1]!.signal.aborted).to.equal(true);
    expect(list.items.map((i) => i.id)).to.deep.equal(first.items.map((i) => i.id));
    expect([list.state, list.hasMore]).to.deep.equal(['ready', true]);
    expect(await list.more()).to.equal(true);
    expect(list.items).to.have.length(10);
    expect(list.items.slice(0, 5).map((i) => i.id)).to.deep.equal(first.items.map((i) => i.id));
    host.remove();
  });

  it('ignores more() while a request is in flight (a second press on a busy "Xem thêm" sends nothing)', async () => {
    const { tc, host, list } = setup({ unit: 'kien-an' });
    await list.reload();
    tc.setFault('slow:1000');
    const first = list.more();
    await waitFor(() => tc.requests.length === 2, 'the slow request');
    expect(await list.more()).to.equal(false); // at once, without a request
    tc.setFault(undefined);
    expect(await first).to.equal(true);
    expect(tc.requests).to.have.length(2);
    expect(tc.requests[1]!.signal.aborted).to.equal(false);
    expect(list.items).to.have.length(10);
    // A reload in flight too: its cursor is not known yet.
    tc.setFault('slow:1000');
    const reloading = list.reload();
    expect(await list.more()).to.equal(false);
    tc.setFault(undefined);
    expect(await reloading).to.equal(true);
    expect(tc.requests).to.have.length(3);
    expect(list.items).to.have.length(5);
    host.remove();
  });

  it('knows the count once the last page is in when the API gives no total', async () => {
    const { host, list } = setup({ unit: 'bach-long-vi' });
    await list.reload();
    expect(list.items).to.deep.equal([]);
    expect(list.hasMore).to.equal(false);
    expect(list.count).to.equal(0);
    host.remove();
  });
});
