import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// maplibre finds its worker through import.meta.url, which Vite's pre-bundling breaks:
// point it at the worker file explicitly (docs/anatomy.md, "Map engine and its worker").
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { delay, http, HttpResponse } from 'msw';
import { configure } from '../../internal/config.js';
import './nearby-places.js';
import type { ShpNearbyPlaces } from './nearby-places.js';

interface Args {
  unit: string;
  lat: number | undefined;
  lon: number | undefined;
  radius: number;
  directions: 'google' | 'osm' | 'geo';
  view: 'list' | 'map';
  locale: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto' | undefined;
  /** Width of the container the widget sits in, in px. */
  width: number;
}

configure({ mapWorkerUrl: workerUrl });

/** Hải Phòng's centre (Lê Chân): real hospitals from OpenStreetMap among labelled sample places. */
const CENTRE = { lat: 20.8449, lon: 106.6881 };

const meta: Meta<Args> = {
  title: 'Widgets/Nearby places',
  component: 'shp-nearby-places',
  tags: ['autodocs'],
  args: {
    unit: 'binh-giang',
    lat: undefined,
    lon: undefined,
    radius: 2000,
    directions: 'google',
    view: 'list',
    locale: 'vi',
    theme: undefined,
    width: 300,
  },
  argTypes: {
    unit: { control: 'text', description: 'Slug or code of the page’s commune' },
    lat: { control: 'number' },
    lon: { control: 'number' },
    radius: { control: { type: 'select' }, options: [500, 1000, 2000, 5000, 10000, 20000] },
    directions: { control: 'inline-radio', options: ['google', 'osm', 'geo'] },
    view: { control: 'inline-radio', options: ['list', 'map'] },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 240, max: 1200, step: 10 } },
  },
  render: (a) =>
    html`<div style="width: ${a.width}px">
      <shp-nearby-places
        unit=${a.unit}
        lat=${ifDefined(a.lat)}
        lon=${ifDefined(a.lon)}
        radius=${a.radius}
        directions=${a.directions}
        view=${a.view}
        locale=${a.locale}
        theme=${ifDefined(a.theme)}
      ></shp-nearby-places>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const widget = (canvas: HTMLElement) => canvas.querySelector('shp-nearby-places')!;
const settled = async (el: ShpNearbyPlaces) => {
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('[part~="list"], [part~="empty"], [part~="error"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Near the centre of Xã Bình Giang (the page's commune), in a 300 px sidebar, in Vietnamese. */
export const Loaded: Story = {};

/** The same in English. */
export const English: Story = { args: { locale: 'en' } };

/** A point the page chose in the city centre, in a 900 px container. */
export const WideCentre: Story = { args: { unit: '', ...CENTRE, width: 900 } };

/** No commune and no point: the widget asks where, and never guesses. */
export const NoPosition: Story = { args: { unit: '' } };

/** "Dùng vị trí của tôi" pressed and refused: it says so and keeps the commune. */
export const LocationDenied: Story = {
  beforeEach() {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      get: () => ({
        getCurrentPosition: (_ok: PositionCallback, fail?: PositionErrorCallback) =>
          fail?.({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError),
      }),
    });
    return () => void delete (navigator as { geolocation?: unknown }).geolocation;
  },
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="locate-button"]')!.click();
  },
};

/** "Đang mở cửa" on a Saturday at 12:00 (Hải Phòng time): offices are closed, 24/7 places open. */
export const OpenNowSaturdayNoon: Story = {
  args: { unit: '', ...CENTRE },
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    el.now = new Date('2026-11-28T12:00:00+07:00');
    await settled(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('[part~="open-now"]')!.click();
  },
};

/** A place's details: address, phone, the week's hours with today marked, directions, credit. */
export const Details: Story = {
  args: { unit: '', ...CENTRE },
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await settled(el);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="place-name"]')[1]?.click();
  },
};

/** Details in English, in a wide container. */
export const DetailsEnglishWide: Story = { ...Details, args: { ...Details.args, locale: 'en', width: 900 } };

/**
 * The map view in a 300 px sidebar: the list's places and the search centre (the commune's
 * centre: a target, not the blue dot of the citizen's position) on the offline basemap; the
 * list stays below the map.
 */
export const MapView: Story = { args: { view: 'map' } };

/** The map view in English (MapLibre's controls too), wide: the map beside the list. */
export const MapViewEnglishWide: Story = { args: { view: 'map', locale: 'en', width: 900 } };

/** The map view with many places (50 km, after "Xem thêm"): clusters beyond 50 places in view. */
export const MapViewClusters: Story = {
  args: { unit: '', ...CENTRE, view: 'map', radius: 50000, width: 700 },
  render: (a) =>
    html`<div style="width: ${a.width}px">
      <shp-nearby-places
        lat=${a.lat!}
        lon=${a.lon!}
        radius=${a.radius}
        view="map"
        limit="100"
        locale=${a.locale}
      ></shp-nearby-places>
    </div>`,
};

/** The map view, a place chosen on the map or in the list: its marker is marked and its details open. */
export const MapViewSelected: Story = {
  args: { view: 'map', width: 600 },
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await settled(el);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="place-name"]')[0]?.click();
  },
};

/** The map view in dark. */
export const MapViewDark: Story = {
  args: { view: 'map', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

/** Loading: the API never answers, so the skeleton stays. */
export const Loading: Story = {
  args: { unit: '', ...CENTRE },
  beforeEach({ msw }) {
    msw.use(http.get('*/v1/places/nearby', () => delay('infinite')));
  },
};

/** Nothing within 2 km: the empty state offers a wider radius. */
export const Empty: Story = { args: { unit: '', lat: 20.6, lon: 106.5 } };

/** Empty, in English. */
export const EmptyEnglish: Story = { args: { ...Empty.args, locale: 'en' } };

/** The server fails (503) on every try; the SDK retries twice before the error shows. */
export const ServerError: Story = {
  args: { unit: '', ...CENTRE },
  beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/places/nearby', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
  },
};

/** The server fails, in English. */
export const ServerErrorEnglish: Story = { ...ServerError, args: { ...ServerError.args, locale: 'en' } };

/** Offline after loading: the banner, and the results with the time they were loaded. */
export const Offline: Story = {
  beforeEach() {
    return () => void window.dispatchEvent(new Event('online'));
  },
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await settled(el);
    window.dispatchEvent(new Event('offline'));
  },
};

/** Offline, in English. */
export const OfflineEnglish: Story = { ...Offline, args: { locale: 'en' } };

/** Long names and a far-off special zone (Bạch Long Vĩ), 240 px wide. */
export const LongTextNarrow: Story = { args: { unit: 'bach-long-vi', radius: 5000, width: 240 } };

/** Dark theme, forced by the `theme` attribute. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};
