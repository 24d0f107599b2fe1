import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { composeClient, newsResource, unitsResource, type ResourceFactories } from '../src/index.js';
import { startSandbox, type Sandbox } from './helpers.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox.close());

describe('composeClient', () => {
  it('calls the resources it was given over real HTTP, and refuses the others until they are registered', async () => {
    const factories: ResourceFactories = { units: unitsResource };
    const shp = composeClient({ baseUrl: sandbox.url }, factories);
    assert.equal((await shp.units.get('binh-giang')).code, '10966');
    assert.throws(() => shp.news, /no "news" resource/);
    // Registered later (a widget's code arrives): the same client has it now.
    factories.news = newsResource;
    const { items } = await shp.news.list({ unit: 'binh-giang', limit: 2 });
    assert.ok(items.length <= 2);
    assert.equal(shp.news, shp.news, 'one namespace object per client');
  });
});
