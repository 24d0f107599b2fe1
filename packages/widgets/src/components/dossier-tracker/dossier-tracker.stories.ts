import { createSandbox, createSandboxHandlers } from '@smart-haiphong/sandbox/msw';
import { createClient } from '@smart-haiphong/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import './dossier-tracker.js';
import type { ShpDossierTracker } from './dossier-tracker.js';

interface Args {
  /** Which sample to open: a dossier status (1–10), `late:<status>`, `feedback`, or `` for none. */
  sample: string;
  locale: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto' | undefined;
  /** Width of the container the widget sits in, in px. */
  width: number;
}

interface Samples {
  dossiers: { code: string; status: number; overdue: boolean; ownedBySampleCitizen: boolean }[];
  feedback: { trackingCode: string; photoCount: number; status: string }[];
}

/** Looks the chosen sample up: sample codes carry today's date, so they are read from the sandbox. */
async function openSample(canvas: HTMLElement, sample: string): Promise<void> {
  const el = canvas.querySelector('shp-dossier-tracker')!;
  if (!sample) return;
  const samples = (await (await fetch('/sandbox/samples')).json()) as Samples;
  if (sample === 'feedback') {
    el.code = (samples.feedback.find((f) => f.status === 'resolved') ?? samples.feedback[0]!).trackingCode;
    return;
  }
  const late = sample.startsWith('late:');
  const status = Number(sample.replace('late:', ''));
  const found = samples.dossiers.find((d) => !d.ownedBySampleCitizen && d.status === status && d.overdue === late);
  if (found) el.code = found.code;
}

const meta: Meta<Args> = {
  title: 'Widgets/Dossier tracker',
  component: 'shp-dossier-tracker',
  tags: ['autodocs'],
  args: { sample: '5', locale: 'vi', theme: undefined, width: 360 },
  argTypes: {
    sample: {
      control: 'select',
      options: ['', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'late:4', 'late:6', 'late:9', 'feedback'],
    },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
  },
  render: ({ locale, theme, width }) =>
    html`<div style="width: ${width}px">
      <shp-dossier-tracker locale=${locale} theme=${ifDefined(theme)} hide-mine></shp-dossier-tracker>
    </div>`,
  play: ({ canvasElement, args }) => openSample(canvasElement, args.sample),
};
export default meta;

type Story = StoryObj<Args>;

/** Status 5: the papers the agency asks for, in a narrow column. */
export const PapersRequested: Story = {};

/** Status 6: the fee, the payment reference and how to pay. */
export const FeeDue: Story = { args: { sample: '6' } };

/** Status 9: where and when to collect the result. */
export const ResultReady: Story = { args: { sample: '9' } };

/** An open dossier past its due date: "Trễ hạn N ngày làm việc", computed now. */
export const Overdue: Story = { args: { sample: 'late:4' } };

/** A feedback report: category, commune, timeline, answer, photos. */
export const Feedback: Story = { args: { sample: 'feedback' } };

/** The empty state: the lookup box alone, nothing looked up yet. */
export const Empty: Story = { args: { sample: '' } };

/** The same dossier in English, in a 300 px sidebar. */
export const English300: Story = { args: { locale: 'en', width: 300, sample: 'late:6' } };

/** Wide: facts in two columns. */
export const Wide: Story = { args: { width: 900, sample: '10' } };

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', sample: '5' },
  globals: { backgrounds: { value: 'dark' } },
};

/** Loading: the API never answers. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('*/v1/dossiers/:code', () => delay('infinite')));
  },
};

/** An unknown code: where the code is printed and how it looks. */
export const NotFound: Story = {
  args: { sample: '' },
  play: ({ canvasElement }) => {
    canvasElement.querySelector('shp-dossier-tracker')!.code = '000.00.01.H26-260101-9999';
  },
};

/** Text without any code: the inline help, no request. */
export const Unrecognised: Story = {
  args: { sample: '' },
  play: ({ canvasElement }) => {
    canvasElement.querySelector('shp-dossier-tracker')!.open('ma cua toi la 12345');
  },
};

const problem = (status: number, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: status === 429 ? 'Too Many Requests' : 'Service Unavailable', status },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );

/** Too many lookups: a countdown from Retry-After (the lookup does not let the SDK retry a 429). */
export const RateLimited: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('*/v1/dossiers/:code', () => problem(429, { 'retry-after': '45' })));
  },
};

/** The server fails: a sentence and Retry. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('*/v1/dossiers/:code', () => problem(503)));
  },
};

/** Offline after looking up: the banner over the result. */
export const Offline: Story = {
  beforeEach() {
    return () => void window.dispatchEvent(new Event('online'));
  },
  play: async ({ canvasElement, args }) => {
    await openSample(canvasElement, args.sample);
    window.dispatchEvent(new Event('offline'));
  },
};

/** Signed in as the sample citizen: "Hồ sơ của tôi", unmasked, and the rating of returned dossiers. */
export const SignedIn: Story = {
  args: { sample: '', width: 600 },
  render: ({ locale, theme, width }) =>
    html`<div style="width: ${width}px">
      <shp-dossier-tracker locale=${locale} theme=${ifDefined(theme)}></shp-dossier-tracker>
    </div>`,
  async beforeEach({ msw }) {
    // A sandbox of this story's own, so that its token is known to the handlers answering.
    const sandbox = createSandbox({ feedback: 50, places: 10, dossiers: 40 });
    msw.use(...createSandboxHandlers({ sandbox }));
    const token = sandbox.issueToken();
    (globalThis as { __shpStoryToken?: string }).__shpStoryToken = token;
  },
  play: ({ canvasElement }) => {
    const el = canvasElement.querySelector<ShpDossierTracker>('shp-dossier-tracker')!;
    const token = (globalThis as { __shpStoryToken?: string }).__shpStoryToken;
    el.client = createClient({ baseUrl: `${location.origin}/`, tokenProvider: () => token });
  },
};
