import { expect } from '@open-wc/testing';
import { createClient } from '@smart-haiphong/sdk';
import { startSandbox } from '../../test/sandbox.js';
import { distance, findUnit, nearestUnit } from './units.js';

before(startSandbox);

describe('units', () => {
  it('finds a unit by code or slug, and the nearest one to a point', async () => {
    const { items } = await createClient({ baseUrl: `${location.origin}/` }).units.list();
    const binhGiang = findUnit(items, 'binh-giang')!;
    expect(findUnit(items, '10966')).to.equal(binhGiang);
    expect(findUnit(items, undefined)).to.equal(undefined);
    expect(nearestUnit(items, binhGiang.centroid)).to.equal(binhGiang);
    // One degree of latitude is about 111 km.
    expect(distance({ lat: 20, lon: 106 }, { lat: 21, lon: 106 })).to.be.closeTo(111_195, 100);
  });
});
