import { createSandboxHandlers } from '@smart-haiphong/sandbox/msw';
import { createClient, type FeedbackSummary } from '@smart-haiphong/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// maplibre finds its worker through import.meta.url, which Vite's pre-bundling breaks:
// point it at the worker file explicitly (docs/anatomy.md, "Map engine and its worker").
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { delay, http, HttpResponse } from 'msw';
import { configure } from '../../internal/config.js';
import './feedback-map.js';
import type { ShpFeedbackMap } from './feedback-map.js';

configure({ mapWorkerUrl: workerUrl });

interface Args {
  unit: string;
  locale: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto' | undefined;
  /** Width of the container the widget sits in, in px. */
  width: number;
  from: string | undefined;
}

const meta: Meta<Args> = {
  title: 'Widgets/Feedback map',
  component: 'shp-feedback-map',
  tags: ['autodocs'],
  args: { unit: '', locale: 'vi', theme: undefined, width: 900, from: undefined },
  argTypes: {
    unit: { control: 'text', description: 'Slug or code of a commune, ward or special zone (empty: the whole city)' },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
    from: { control: 'text', description: 'Earliest date (YYYY-MM-DD); empty: no limit; unset: six months ago' },
  },
  render: ({ unit, locale, theme, width, from }) =>
    html`<div style="width: ${width}px">
      <shp-feedback-map
        unit=${ifDefined(unit || undefined)}
        locale=${locale}
        theme=${ifDefined(theme)}
        from=${ifDefined(from)}
      ></shp-feedback-map>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The whole city in a wide container: the list beside the map. */
export const Wide: Story = {};

/** In English. */
export const English: Story = { args: { locale: 'en' } };

/** A 300 px sidebar: the list below the map. */
export const Narrow: Story = { args: { width: 300 } };

/** Scoped to xã Bình Giang (the commune portal's case), every date. */
export const Commune: Story = { args: { unit: 'binh-giang', from: '' } };

/** Loading: the API never answers. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('*/v1/config', () => delay('infinite')));
  },
};

/** No report matches: Bạch Long Vĩ has none in the sample data. */
export const Empty: Story = { args: { unit: 'bach-long-vi' } };

/** The server fails (503) on every try; the SDK retries twice before the error shows. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/*', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
  },
};

/** The clusters fail while the rest works: a banner over the map, with Retry. */
export const ClustersError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/feedback/clusters', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Internal Server Error', status: 500 },
          { status: 500, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
  },
};

/** The browser goes offline after loading: the banner appears over the content. */
export const Offline: Story = {
  beforeEach() {
    return () => void window.dispatchEvent(new Event('online'));
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('shp-feedback-map')!;
    await el.updateComplete;
    window.dispatchEvent(new Event('offline'));
  },
};

/** 50 000 reports in the sandbox: the clusters stay few, the payload bounded by the view. */
export const ManyReports: Story = {
  args: { from: '' },
  beforeEach({ msw }) {
    msw.use(...createSandboxHandlers({ feedback: 50_000, places: 10, dossiers: 10 }));
  },
};

/** A resolved report with photos and the authority's answer, opened in the panel. */
export const ReportWithPhotosAndAnswer: Story = {
  args: { from: '' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShpFeedbackMap>('shp-feedback-map')!;
    const client = createClient({ baseUrl: `${location.origin}/` });
    for await (const item of client.feedback.list({
      status: 'resolved',
      limit: 100,
    }) as AsyncIterable<FeedbackSummary>) {
      if (item.photoCount > 0 && item.answered) {
        await el.openReport(item.id);
        return;
      }
    }
  },
};

/** The same in English, in a narrow container. */
export const ReportNarrowEnglish: Story = {
  ...ReportWithPhotosAndAnswer,
  args: { from: '', locale: 'en', width: 320 },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

/** A report sent without an exact point (at its commune's anchor): dashed on the map, marked in the list and the panel. */
export const ApproximateLocation: Story = {
  args: { unit: 'binh-giang', from: '' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShpFeedbackMap>('shp-feedback-map')!;
    const client = createClient({ baseUrl: `${location.origin}/` });
    const unit = await client.units.get('binh-giang');
    const receipt = await client.feedback.submit({
      categoryId: 'duong-hu-hong',
      title: 'Ổ gà trên đường liên xã (dữ liệu mẫu)',
      content: 'Dữ liệu mẫu: phản ánh gửi không kèm vị trí chính xác, chỉ chọn xã.',
      location: unit.centroid,
      unit: unit.code,
      photoIds: [],
      public: true,
    });
    await el.openReport(receipt.id);
  },
};

/** A portal's own primary colour: cluster bubbles, the legend and buttons follow it. */
export const PrimaryColour: Story = {
  decorators: [(story) => html`<div style="--shp-color-primary: #a0004f">${story()}</div>`],
};
