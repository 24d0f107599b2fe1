// The real data the sandbox starts from, imported as modules so that the same code runs
// in Node and in the browser (MSW) without reading files. Built by scripts/build-seed.ts.
import placesSeed from '../../seed/places-osm.json' with { type: 'json' };
import proceduresSeed from '../../seed/procedures.json' with { type: 'json' };
import unitsSeed from '../../seed/units.json' with { type: 'json' };
import type { BBox, UnitType } from '@smart-haiphong/sdk';
import type { ProcedureSeedFile } from '../store/procedures.js';

export interface SeedUnit {
  code: string;
  slug: string;
  name: string;
  shortName: string;
  type: UnitType;
  formerProvince: 'hai-phong' | 'hai-duong';
  mergedFrom: string[];
  anchor: { lat: number; lon: number; validated: boolean };
  bbox: BBox;
}

export interface SeedPlace {
  id: string;
  name: string;
  category: string;
  subcategory: string | null;
  lat: number;
  lon: number;
  address: string | null;
  phone: string | null;
  website: string | null;
}

export const seedUnits = unitsSeed.units as SeedUnit[];
export const cityBBox = unitsSeed.cityBBox as BBox;
export const seedPlaces = placesSeed.places as SeedPlace[];
export const osmAttribution = '© OpenStreetMap contributors, ODbL';

/** The national catalogue of commune-level procedures (Cổng Dịch vụ công quốc gia), repaired by the seed builder. */
export const seedProcedures = proceduresSeed as unknown as ProcedureSeedFile;
