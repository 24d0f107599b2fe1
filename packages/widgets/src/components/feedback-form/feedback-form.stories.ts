import { Outbox, createClient, memoryStorage } from '@smart-haiphong/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import './feedback-form.js';
import type { ShpFeedbackForm } from './feedback-form.js';
import { jpegWithGps } from './test-images.js';

interface Args {
  unit: string;
  locale: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto' | undefined;
  maxPhotos: number;
  /** Width of the container the widget sits in, in px. */
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Feedback form',
  component: 'shp-feedback-form',
  tags: ['autodocs'],
  args: { unit: 'binh-giang', locale: 'vi', theme: undefined, maxPhotos: 3, width: 320 },
  argTypes: {
    unit: { control: 'text', description: 'Slug or code of the commune to preselect' },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    maxPhotos: { control: { type: 'number', min: 0, max: 10 } },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
  },
  // Each story starts from its own state, not from the draft another story typed.
  beforeEach() {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('shp-feedback-draft:')) localStorage.removeItem(key);
  },
  render: ({ unit, locale, theme, maxPhotos, width }) =>
    html`<div style="width: ${width}px">
      <shp-feedback-form
        unit=${unit}
        locale=${locale}
        theme=${ifDefined(theme)}
        max-photos=${maxPhotos}
      ></shp-feedback-form>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

async function ready(canvas: HTMLElement): Promise<ShpFeedbackForm> {
  const el = canvas.querySelector('shp-feedback-form')!;
  // A story's outbox lives in memory, so stories never leave reports in the browser's IndexedDB.
  el.outbox = new Outbox({ client: el.client, storage: memoryStorage() });
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('form'); i++) await new Promise((r) => setTimeout(r, 25));
  return el;
}

async function set(el: ShpFeedbackForm, id: string, value: string): Promise<void> {
  const field = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fill(el: ShpFeedbackForm): Promise<void> {
  const en = el.locale === 'en';
  await set(el, 'category', 'ngap-ung');
  el.location = { lat: 20.8449, lon: 106.6881 };
  await set(el, 'address', en ? '12 Trần Phú street' : 'Số 12 đường Trần Phú');
  await set(el, 'title', en ? 'Street flooded after every rain' : 'Đường ngập sâu sau mỗi trận mưa');
  await set(
    el,
    'content',
    en
      ? 'Water stands 40 cm deep for hours; children cannot get to school.'
      : 'Nước ngập sâu khoảng 40 cm trong nhiều giờ, học sinh không đi học được.',
  );
  await set(el, 'name', 'Nguyễn Văn An');
  await set(el, 'phone', '0912 345 678');
}

async function submit(el: ShpFeedbackForm): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  await el.updateComplete;
}

/** Nothing typed yet, in a 320 px sidebar, with Xã Bình Giang preselected. */
export const Empty: Story = {};

/** The same in English. */
export const EmptyEnglish: Story = { args: { locale: 'en' } };

/** Every field filled, with the public preview, in a 900 px page. */
export const Filled: Story = {
  args: { width: 900 },
  play: async ({ canvasElement }) => fill(await ready(canvasElement)),
};

/** Filled, in English, 320 px. */
export const FilledEnglish: Story = { ...Filled, args: { locale: 'en', width: 320 } };

/** A photo with GPS chosen: the upload never finishes, and the photo's location is offered. */
export const Uploading: Story = {
  beforeEach({ msw }) {
    msw.use(http.post('*/v1/media', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#photos')!;
    const transfer = new DataTransfer();
    transfer.items.add(await jpegWithGps({ lat: 20.8612, lon: 106.6795 }, 1200, 900));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  },
};

/** Uploading, in English at 900 px. */
export const UploadingEnglish: Story = { ...Uploading, args: { locale: 'en', width: 900 } };

/** The button whose text is `name`. */
const button = (el: ShpFeedbackForm, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);

/**
 * "Chọn trên bản đồ" open: the offline basemap in pick mode (a click, or Enter on the focused
 * map for its centre), a point picked in Lê Chân with the commune guessed from it and said so.
 */
export const MapOpen: Story = {
  args: { width: 360 },
  play: async ({ canvasElement, args }) => {
    const el = await ready(canvasElement);
    el.location = { lat: 20.8449, lon: 106.6881 };
    await el.updateComplete;
    button(el, args.locale === 'en' ? 'Pick on a map' : 'Chọn trên bản đồ')?.click();
  },
};

/** The map open in English, in a 900 px page. */
export const MapOpenEnglish: Story = { ...MapOpen, args: { locale: 'en', width: 900 } };

/** The map open, dark theme. */
export const MapOpenDark: Story = {
  ...MapOpen,
  args: { theme: 'dark', width: 600 },
  globals: { backgrounds: { value: 'dark' } },
};

/** An open report of the same category lies within 250 m: "Có thể đã có người phản ánh". */
export const DuplicateSuggestions: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const client = createClient({ baseUrl: `${location.origin}/` });
    const open = (await client.feedback.statuses()).items.filter((s) => !s.closed).map((s) => s.code);
    const [report] = (await client.feedback.list({ status: open, limit: 1 })).items;
    if (!report) return;
    await set(el, 'category', report.categoryId);
    el.location = report.location;
  },
};

/** Duplicate suggestions in English, 900 px. */
export const DuplicateSuggestionsEnglish: Story = {
  ...DuplicateSuggestions,
  args: { locale: 'en', width: 900 },
};

/** Sent while offline: the report waits in the outbox and will be sent automatically. */
export const OfflineQueued: Story = {
  beforeEach() {
    return () => void window.dispatchEvent(new Event('online'));
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    await submit(el);
  },
};

/** Offline queued, in English. */
export const OfflineQueuedEnglish: Story = { ...OfflineQueued, args: { locale: 'en' } };

/** The server fails (503) on every try: the reason, a retry, and everything kept. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post('*/v1/feedback', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json', 'retry-after': '0' } },
        ),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    await submit(el);
  },
};

/** The error in English at 900 px. */
export const ServerErrorEnglish: Story = { ...ServerError, args: { locale: 'en', width: 900 } };

/** Sent: the tracking code and a link to the report. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await fill(el);
    await submit(el);
  },
};

/** Sent, in English at 900 px. */
export const SuccessEnglish: Story = { ...Success, args: { locale: 'en', width: 900 } };

/** The deployment requires sign-in: "Đăng nhập bằng VNeID". */
export const SignInRequired: Story = {
  render: ({ unit, locale, width }) =>
    html`<div style="width: ${width}px">
      <shp-feedback-form unit=${unit} locale=${locale} require-sign-in></shp-feedback-form>
    </div>`,
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', width: 900 },
  globals: { backgrounds: { value: 'dark' } },
};
