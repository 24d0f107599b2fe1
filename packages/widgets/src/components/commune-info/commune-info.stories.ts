import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import './commune-info.js';

interface Args {
  unit: string;
  locale: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto' | undefined;
  /** Width of the container the widget sits in, in px. */
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Commune info',
  component: 'shp-commune-info',
  tags: ['autodocs'],
  args: { unit: 'binh-giang', locale: 'vi', theme: undefined, width: 300 },
  argTypes: {
    unit: { control: 'text', description: 'Slug or code of a commune, ward or special zone' },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 240, max: 1200, step: 10 } },
  },
  render: ({ unit, locale, theme, width }) =>
    html`<div style="width: ${width}px">
      <shp-commune-info unit=${unit} locale=${locale} theme=${ifDefined(theme)}></shp-commune-info>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Xã Bình Giang in a 300 px sidebar, in Vietnamese (the default). */
export const Loaded: Story = {};

/** The same in English. */
export const English: Story = { args: { locale: 'en' } };

/** In a 900 px container the card switches to two columns (a container query). */
export const Wide: Story = { args: { width: 900 } };

/** A special zone with a long name. */
export const SpecialZone: Story = { args: { unit: 'bach-long-vi' } };

/** Loading: the API never answers, so the skeleton stays. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('*/v1/units/:unit', () => delay('infinite')));
  },
};

/** No unit set on the element or the page. */
export const Empty: Story = { args: { unit: '' } };

/** A unit that does not exist: the API answers 404. */
export const NotFound: Story = { args: { unit: 'khong-ton-tai' } };

/** The server fails (503) on every try; the SDK retries twice before the error shows. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/units/:unit', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
  },
};

/** The server fails in English. */
export const ServerErrorEnglish: Story = { ...ServerError, args: { locale: 'en' } };

/** The browser goes offline after loading: the banner appears over the content. */
export const Offline: Story = {
  beforeEach() {
    return () => void window.dispatchEvent(new Event('online'));
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('shp-commune-info')!;
    await el.updateComplete;
    window.dispatchEvent(new Event('offline'));
  },
};

/** The offline banner in English. */
export const OfflineEnglish: Story = { ...Offline, args: { locale: 'en' } };

/** Dark theme, forced by the `theme` attribute. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

/** Themed by the page through --shp-* tokens set on :root (here on a wrapper). */
export const Themed: Story = {
  render: (args) =>
    html`<div
      style="--shp-color-primary: #8a1538; --shp-color-surface: #fffaf3; --shp-radius-m: 0; --shp-font-family: Georgia, serif; width: ${args.width}px"
    >
      <shp-commune-info unit=${args.unit} locale=${args.locale}></shp-commune-info>
    </div>`,
};
