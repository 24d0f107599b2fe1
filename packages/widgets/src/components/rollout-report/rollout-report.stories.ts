import { createSandbox, createSandboxHandlers } from '@smart-haiphong/sandbox/msw';
import { createClient, type ShpClient } from '@smart-haiphong/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import './rollout-report.js';

interface Args {
  mode: 'summary' | 'form' | 'dashboard' | undefined;
  locale: 'vi' | 'en';
  theme: 'light' | 'dark' | 'auto' | undefined;
  /** Width of the container the widget sits in, in px. */
  width: number;
  /** Who is signed in (the sandbox's login hint), or nobody. */
  who: '' | 'officer:thon-mau-4' | 'officer:thon-mau-1' | 'officer:truong-thcs-mau-a' | 'collector:binh-giang';
  /** The sandbox's clock (deadlines are judged by it). */
  clock: string;
}

/** A sandbox per story, with its clock, and a client signed in as `who`. */
function signedInClient(args: Args, msw: { use: (...h: ReturnType<typeof createSandboxHandlers>) => void }) {
  const sandbox = createSandbox({ feedback: 20, places: 10, dossiers: 5, clock: () => Date.parse(args.clock) });
  msw.use(...createSandboxHandlers({ sandbox }));
  const token = args.who ? sandbox.issueToken(args.who) : null;
  return createClient({ baseUrl: `${location.origin}/`, locale: args.locale, tokenProvider: () => token });
}

let client: ShpClient | undefined;

const meta: Meta<Args> = {
  title: 'Widgets/Rollout report',
  component: 'shp-rollout-report',
  tags: ['autodocs'],
  args: { mode: undefined, locale: 'vi', theme: undefined, width: 300, who: '', clock: '2026-03-20T09:00:00+07:00' },
  argTypes: {
    mode: { control: 'inline-radio', options: [undefined, 'summary', 'form', 'dashboard'] },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 240, max: 1200, step: 10 } },
    who: {
      control: 'select',
      options: ['', 'officer:thon-mau-4', 'officer:thon-mau-1', 'officer:truong-thcs-mau-a', 'collector:binh-giang'],
    },
    clock: { control: 'text' },
  },
  beforeEach() {
    client = undefined; // the shared client; signed-in stories set their own after this
    // Each story starts without the drafts an earlier story left.
    for (const key of Object.keys(localStorage)) if (key.startsWith('shp-rollout-')) localStorage.removeItem(key);
  },
  render: (args) =>
    html`<div style="width: ${args.width}px">
      <shp-rollout-report
        unit="binh-giang"
        mode=${ifDefined(args.mode)}
        locale=${args.locale}
        theme=${ifDefined(args.theme)}
        .client=${client}
      ></shp-rollout-report>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A story signed in as `args.who`, on its own sandbox with `args.clock`. */
const signedIn = (args: Partial<Args>): Story => ({
  args,
  beforeEach({ args: all, msw }) {
    client = signedInClient(all, msw);
  },
});

/** The public summary for the portal's front page, in a 300 px sidebar (nobody signed in). */
export const Summary: Story = {};

/** The summary in English. */
export const SummaryEnglish: Story = { args: { locale: 'en' } };

/** The summary in a 900 px column. */
export const SummaryWide: Story = { args: { width: 900 } };

/** Dark theme. */
export const SummaryDark: Story = { args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };

/** Loading: the API never answers. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('*/v1/campaigns', () => delay('infinite')));
  },
};

/** A commune without a campaign. */
export const Empty: Story = {
  render: (args) =>
    html`<div style="width: ${args.width}px">
      <shp-rollout-report unit="bach-long-vi" locale=${args.locale}></shp-rollout-report>
    </div>`,
};

/** The server fails (503) on every try. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/campaigns', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
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
    await canvasElement.querySelector('shp-rollout-report')!.updateComplete;
    window.dispatchEvent(new Event('offline'));
  },
};

/** `mode="form"` with nobody signed in: the sign-in prompt. */
export const FormSignIn: Story = { args: { mode: 'form' } };

/** An officer of Thôn mẫu 4 (not reported yet), on 20/03/2026: the empty form, prefilled header. */
export const Form: Story = signedIn({ who: 'officer:thon-mau-4', width: 900 });

/** The same form on a phone: each row is a stacked card. */
export const FormNarrow: Story = signedIn({ who: 'officer:thon-mau-4', width: 300 });

/** The form in English (the printout and CSV stay Vietnamese). */
export const FormEnglish: Story = signedIn({ who: 'officer:thon-mau-4', width: 900, locale: 'en' });

/** The form after "Gửi báo cáo" with an empty row: the messages name the fields. */
export const FormWithErrors: Story = {
  ...signedIn({ who: 'officer:thon-mau-4', width: 900 }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('shp-rollout-report')!;
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('#submit'); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('#submit')?.click();
  },
};

/** A draft with long names and reasons (restored from the device), in a 300 px column. */
export const FormLongText: Story = {
  args: { who: 'officer:thon-mau-4', width: 300 },
  beforeEach({ args, msw }) {
    client = signedInClient(args, msw);
    const long = 'Nhóm hộ gia đình ven đê sông Thái Bình, khu vực xa trung tâm xã (dữ liệu mẫu)';
    localStorage.setItem(
      'shp-rollout-draft:binh-giang-2026-smart-haiphong:thon-mau-4',
      JSON.stringify({
        header: {
          managingBody: 'Ủy ban nhân dân xã Bình Giang',
          bodyName: 'Thôn mẫu 4',
          number: '',
          place: 'Bình Giang',
          date: '2026-03-20',
          recipient: 'Ủy ban nhân dân xã Bình Giang',
        },
        rows: [1, 2].map((n) => ({
          id: `long-${n}`,
          name: `${long} ${n}`,
          total: '1250',
          installed: '980',
          reason: 'Nhiều người cao tuổi chưa có điện thoại thông minh; một số người đi làm ăn xa chưa liên hệ được.',
        })),
        recipients: 'Như trên;\nPhòng Văn hóa – Xã hội xã Bình Giang;\nLưu: VT.',
        signer: { title: 'TRƯỞNG THÔN', name: 'Nguyễn Thị Thanh Hương Mẫu' },
        pending: null,
      }),
    );
  },
};

/** Thôn mẫu 1 reported before its deadline (31/03): its report, correctable, with history. */
export const FormReported: Story = signedIn({ who: 'officer:thon-mau-1', width: 900 });

/** A school that reported late, after its deadline (15/03): read only. */
export const FormPastDeadline: Story = signedIn({
  who: 'officer:truong-thcs-mau-a',
  width: 900,
  clock: '2026-04-15T09:00:00+07:00',
});

/** The collecting office's dashboard after every deadline: late and overdue flagged. */
export const Dashboard: Story = signedIn({
  who: 'collector:binh-giang',
  width: 900,
  clock: '2026-04-15T09:00:00+07:00',
});

/** The dashboard in English. */
export const DashboardEnglish: Story = signedIn({
  who: 'collector:binh-giang',
  width: 900,
  locale: 'en',
  clock: '2026-04-15T09:00:00+07:00',
});

/** The dashboard in a 300 px column. */
export const DashboardNarrow: Story = signedIn({ who: 'collector:binh-giang', clock: '2026-04-15T09:00:00+07:00' });

/** The dashboard in dark theme. */
export const DashboardDark: Story = {
  ...signedIn({ who: 'collector:binh-giang', width: 900, theme: 'dark', clock: '2026-04-15T09:00:00+07:00' }),
  globals: { backgrounds: { value: 'dark' } },
};
