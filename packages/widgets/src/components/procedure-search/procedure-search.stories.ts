import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import './procedure-search.js';

interface Args {
  q: string;
  procedure: string;
  locale: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto' | undefined;
  /** Width of the container the widget sits in, in px. */
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Procedure search',
  component: 'shp-procedure-search',
  tags: ['autodocs'],
  args: { q: 'dang ky khai sinh', procedure: '', locale: 'vi', theme: undefined, width: 360 },
  argTypes: {
    q: { control: 'text', description: 'Text to search (tone marks optional)' },
    procedure: { control: 'text', description: 'A procedure code to open, e.g. 1.001193' },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
  },
  render: ({ q, procedure, locale, theme, width }) =>
    html`<div style="width: ${width}px">
      <shp-procedure-search
        q=${q}
        procedure=${procedure}
        locale=${locale}
        theme=${ifDefined(theme)}
      ></shp-procedure-search>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Results for a query typed without tone marks, in a narrow column. */
export const Results: Story = {};

/** The whole catalogue, filters with counts, in a wide container. */
export const Wide: Story = { args: { q: '', width: 900 } };

/** A procedure's detail: channels, papers, steps, results, legal basis. */
export const Detail: Story = { args: { procedure: '1.001193' } };

/** The detail in English, 300 px wide (the catalogue's texts stay in Vietnamese). */
export const DetailEnglish300: Story = { args: { procedure: '1.000894', locale: 'en', width: 300 } };

/** Nothing matches. */
export const Empty: Story = { args: { q: 'zzzz qqqq' } };

/** Long names: a procedure with a long title and many papers. */
export const LongText: Story = { args: { procedure: '2.001621', width: 300 } };

/** Loading: the API never answers. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('*/v1/procedures', () => delay('infinite')));
  },
};

/** The server fails: a sentence and Retry. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/procedures', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
  },
};

/** Offline: the banner over the last results. */
export const Offline: Story = {
  beforeEach() {
    return () => void window.dispatchEvent(new Event('online'));
  },
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector('shp-procedure-search')!.updateComplete;
    window.dispatchEvent(new Event('offline'));
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};
