import { createSandbox, createSandboxHandlers, type Sandbox } from '@smart-haiphong/sandbox/msw';
import {
  createClient,
  DOSSIER_STATUSES,
  dossierDeadline,
  safeUrl,
  type FeedbackLookup,
  type ShpClient,
} from '@smart-haiphong/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectBusyKeepsFocus } from '../../../test/busy.js';
import { startSandbox, testClient, waitFor as waitForBase } from '../../../test/sandbox.js';

/** Longer than the helper's default: the whole browser suite shares two loaded cores. */
const waitFor = (predicate: () => unknown, message?: string, timeout = 12_000) =>
  waitForBase(predicate, message, timeout);
import './dossier-tracker.js';
import type { ShpDossierTracker } from './dossier-tracker.js';

interface SampleDossier {
  code: string;
  status: number;
  overdue: boolean;
  ownedBySampleCitizen: boolean;
}
interface Samples {
  dossiers: SampleDossier[];
  feedback: { trackingCode: string; status: string; photoCount: number }[];
}

let sandbox: Sandbox;
let samples: Samples;
let api: ShpClient;

const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const part = (el: HTMLElement, name: string) => $(el, `[part~="${name}"]`);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const field = (el: HTMLElement) => $<HTMLTextAreaElement>(el, '#code')!;
const sample = (pick: (d: SampleDossier) => boolean) =>
  samples.dossiers.find((d) => !d.ownedBySampleCitizen && pick(d))!;
const dd = (el: HTMLElement, label: string) =>
  [...el.shadowRoot!.querySelectorAll('dt')].find((dt) => text(dt) === label)?.nextElementSibling ?? null;

before(async () => {
  const worker = await startSandbox();
  // A sandbox this file holds (its lookups' rate limit raised: the 429 test injects its own).
  sandbox = createSandbox({
    feedback: 300,
    places: 20,
    dossiers: 120,
    seed: 1,
    dossierLookupLimit: { max: 10_000, windowMs: 60_000 },
  });
  worker.use(...createSandboxHandlers({ sandbox }));
  samples = (await (await fetch('/sandbox/samples')).json()) as Samples;
  api = createClient({ baseUrl: `${location.origin}/` });
});

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
});

async function tracker(client: ShpClient = testClient().client, attrs = '', width = 0): Promise<ShpDossierTracker> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="${width ? `width: ${width}px` : ''}"><shp-dossier-tracker ${attrs}></shp-dossier-tracker></div>`,
  );
  const el = wrapper.querySelector('shp-dossier-tracker')!;
  el.client = client;
  await el.updateComplete;
  return el;
}

const result = (el: ShpDossierTracker) => part(el, 'dossier') ?? part(el, 'feedback') ?? part(el, 'error');
const settled = (el: ShpDossierTracker, what = 'a result', before: Element | null = null) =>
  waitFor(() => result(el) && result(el) !== before, what, 8000);

async function lookUp(el: ShpDossierTracker, typed: string): Promise<void> {
  const input = field(el);
  input.value = typed;
  input.dispatchEvent(new Event('input'));
  const before = result(el);
  part(el, 'lookup-button')!.click();
  await settled(el, typed, before);
}

describe('shp-dossier-tracker: looking a code up', function () {
  this.timeout(30_000); // a shared 2-core machine runs many suites at once
  it('finds the dossier however its code is entered (case, spaces, en and em dashes, inside an SMS)', async () => {
    const { code } = sample((d) => d.status === 4);
    const [agency, date, seq] = code.split('-') as [string, string, string];
    const ways = [
      code,
      code.toLowerCase(),
      ` ${agency} - ${date} - ${seq} `,
      `${agency}\u2013${date}\u2013${seq}`,
      `${agency.toLowerCase()} \u2014 ${date} \u2014 ${seq}`,
      `[DVC] Ho so ${code} cua ong/ba da duoc tiep nhan. Tra cuu tai dichvucong.gov.vn`,
    ];
    const el = await tracker();
    for (const way of ways) {
      await lookUp(el, way);
      expect(text(dd(el, 'Mã hồ sơ')), way).to.equal(code);
      expect(field(el).value).to.equal(code);
    }
    await expect(el).to.be.accessible();
  });

  it('looks up with the keyboard alone: type the code, press Enter', async () => {
    const { code } = sample((d) => d.status === 2);
    const el = await tracker();
    field(el).focus();
    await sendKeys({ type: code.toLowerCase() });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(text(dd(el, 'Mã hồ sơ'))).to.equal(code);
    // The result's heading takes focus, so a screen reader reads it next.
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('result-title'), 'focus on the result');
  });

  it('opens the code given by the code attribute, and by a #dossier-tracker.code= link with sync-url', async () => {
    const { code } = sample((d) => d.status === 9);
    const byAttr = await tracker(testClient().client, `code="${code.toLowerCase()}"`);
    await settled(byAttr);
    expect(text(dd(byAttr, 'Mã hồ sơ'))).to.equal(code);

    const { trackingCode } = samples.feedback[0]!;
    history.replaceState(null, '', `#noi-dung&dossier-tracker.code=${trackingCode}`);
    const byLink = await tracker(testClient().client, 'sync-url');
    await settled(byLink);
    expect(text(part(byLink, 'feedback')!.querySelector('.result-title'))).to.contain(trackingCode);

    // Looking another code up writes it to the hash, keeping the page's own fragment.
    await lookUp(byLink, code);
    expect(location.hash).to.equal(`#noi-dung&dossier-tracker.code=${code}`);
  });

  it('with sync-url, each code looked up is a history entry: Back and Forward show the codes again', async () => {
    const first = sample((d) => d.status === 2).code;
    const second = sample((d) => d.status === 9).code;
    const el = await tracker(testClient().client, 'sync-url hide-mine');
    const start = history.length;
    await lookUp(el, first);
    await lookUp(el, second);
    expect(history.length).to.equal(start + 2);
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;

    history.back();
    await waitFor(() => text(dd(el, 'Mã hồ sơ')) === first, 'Back: the first code');
    await waitFor(() => focused()?.classList.contains('result-title'), 'focus on its result');
    expect(field(el).value).to.equal(first);

    history.back();
    await waitFor(() => !result(el), 'Back: no code looked up');
    await waitFor(() => focused() === field(el), 'focus on the code field');
    expect(field(el).value).to.equal('');

    history.forward();
    await waitFor(() => text(dd(el, 'Mã hồ sơ')) === first, 'Forward: the first code again');
  });

  it('explains an unrecognised text and an unknown code: where the code is printed and its shape', async () => {
    const el = await tracker();
    const input = field(el);
    input.value = 'ma cua toi la 12345';
    input.dispatchEvent(new Event('input'));
    part(el, 'lookup-button')!.click();
    await el.updateComplete;
    expect(text($(el, '#code-error'))).to.contain('Không tìm thấy mã hồ sơ hoặc mã phản ánh');
    expect(text($(el, '#code-error'))).to.contain('Giấy tiếp nhận hồ sơ');
    expect(text($(el, '#code-error'))).to.contain('PA-261130-0001');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await lookUp(el, '000.00.01.H26-260101-9999');
    expect(text(part(el, 'error'))).to.contain('Không tìm thấy hồ sơ hoặc phản ánh có mã 000.00.01.H26-260101-9999');
    expect(text(part(el, 'error'))).to.contain('000.00.01.H26-260930-0012');
    await expect(el).to.be.accessible();
  });
});

describe('shp-dossier-tracker: a dossier', function () {
  this.timeout(30_000); // a shared 2-core machine runs many suites at once
  it('shows procedure, agency, dates, the current step, the timeline with desks, and masks the applicant', async () => {
    const { code } = sample((d) => d.status === 4 && !d.overdue);
    const d = await api.dossiers.lookup(code);
    const el = await tracker();
    await lookUp(el, code);
    expect(text(el.shadowRoot!.querySelector('.result-title'))).to.equal(d.procedureName);
    expect(text(dd(el, 'Cơ quan giải quyết'))).to.equal(d.agency);
    expect(text(dd(el, 'Nơi tiếp nhận'))).to.equal(d.desk);
    expect(text(part(el, 'status-name'))).to.contain(DOSSIER_STATUSES[4].vi);
    expect(text(part(el, 'step'))).to.contain('đang được cơ quan xem xét');
    expect(text(part(el, 'applicant')))
      .to.equal(d.applicantName)
      .and.to.contain('*');
    const steps = part(el, 'timeline')!.querySelectorAll('li');
    expect(steps).to.have.length(d.timeline.length);
    const acted = d.timeline.findIndex((e) => e.actor);
    expect(text(steps[acted])).to.contain(d.timeline[acted]!.actor!);
    expect(steps[steps.length - 1]!.getAttribute('aria-current')).to.equal('step');
    const left = dossierDeadline(d).workingDaysLeft!;
    expect(text(part(el, 'deadline'))).to.equal(`Còn ${left} ngày làm việc đến hạn`);
  });

  it('shows how many working days an overdue dossier is late, computed now', async () => {
    const { code } = sample((d) => d.status === 4 && d.overdue);
    const d = await api.dossiers.lookup(code);
    const { workingDaysLate } = dossierDeadline(d);
    const el = await tracker();
    await lookUp(el, code);
    const line = part(el, 'deadline')!;
    expect(line.classList.contains('late')).to.equal(true);
    expect(text(line)).to.equal(
      workingDaysLate > 0 ? `Trễ hạn ${workingDaysLate} ngày làm việc` : 'Đã quá giờ hẹn trả kết quả hôm nay',
    );
    await expect(el).to.be.accessible();
  });

  it('at status 5 lists the papers asked for, with quantities, deadline and where', async () => {
    const { code } = sample((d) => d.status === 5);
    const d = await api.dossiers.lookup(code);
    const el = await tracker();
    await lookUp(el, code);
    const todo = part(el, 'todo')!;
    expect(text(todo)).to.contain('Việc bạn cần làm');
    for (const p of d.supplement!.papers) {
      expect(text(todo)).to.contain(p.name);
      expect(text(todo)).to.contain(`${p.original} bản chính, ${p.copies} bản sao`);
    }
    expect(text(todo)).to.contain(d.supplement!.place);
    await expect(el).to.be.accessible();
  });

  it('at status 6 shows the fee, the reference and how to pay; at 9 where and when to collect', async () => {
    const six = await api.dossiers.lookup(sample((d) => d.status === 6).code);
    const el = await tracker();
    await lookUp(el, six.code);
    const todo = part(el, 'todo')!;
    expect(text(todo)).to.contain(six.payment!.reference);
    expect(text(todo).replace(/\s/g, '')).to.contain(
      new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' })
        .format(six.payment!.amountVnd)
        .replace(/\s/g, ''),
    );
    const online = six.payment!.methods.find((m) => m.kind === 'online');
    if (online) expect(todo.querySelector('a')!.getAttribute('href')).to.equal(safeUrl(online.url));

    const nine = await api.dossiers.lookup(sample((d) => d.status === 9).code);
    await lookUp(el, nine.code);
    expect(text(part(el, 'todo'))).to.contain(nine.resultPickup!.place);
    expect(text(part(el, 'todo'))).to.contain(nine.resultPickup!.hours);
    await expect(el).to.be.accessible();
  });

  it('prints an A4 view of the status without any control', async () => {
    const { code } = sample((d) => d.status === 5);
    const el = await tracker();
    await lookUp(el, code);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="print"></iframe>`);
    const w = frame.contentWindow!;
    let printed = false;
    w.print = () => void (printed = true);
    const open = window.open;
    window.open = () => w;
    try {
      part(el, 'print-button')!.click();
      await waitFor(() => printed, 'print()');
    } finally {
      window.open = open;
    }
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('button, input, textarea, select, a')).to.have.length(0);
    expect(doc.body.textContent).to.contain(code);
    expect(doc.body.textContent).to.contain('Việc bạn cần làm');
    expect(doc.head.textContent).to.contain('size: A4');
  });
});

describe('shp-dossier-tracker: a feedback report', function () {
  this.timeout(30_000); // a shared 2-core machine runs many suites at once
  it('shows its category, commune, timeline, the public answer and photos', async () => {
    const all: FeedbackLookup[] = [];
    for (const f of samples.feedback) all.push(await api.feedback.lookup(f.trackingCode));
    const answered = all.find((f) => f.answer && f.photos.length)!;
    expect(answered, 'a sample with an answer and photos').not.to.equal(undefined);
    const el = await tracker();
    await lookUp(el, `Ma phan anh cua ban: ${answered.trackingCode.toLowerCase().replace(/-/g, ' ')}`);
    const view = part(el, 'feedback')!;
    expect(text(dd(el, 'Lĩnh vực'))).to.equal(answered.category.name);
    expect(text(dd(el, 'Xã, phường'))).to.equal(answered.unit.name);
    expect(view.querySelectorAll('[part~="timeline"] li')).to.have.length(answered.timeline.length);
    expect(text(part(el, 'answer'))).to.contain(answered.answer!.body);
    const imgs = [...view.querySelectorAll<HTMLImageElement>('[part~="photos"] img')];
    expect(imgs.map((i) => i.getAttribute('src'))).to.deep.equal(answered.photos.map((p) => safeUrl(p.thumbnailUrl)));
    await expect(el).to.be.accessible();
  });
});

describe('shp-dossier-tracker: errors, offline and recent lookups', function () {
  this.timeout(30_000); // a shared 2-core machine runs many suites at once
  it('on 429 counts down from Retry-After, then retries by itself once and shows the result', async () => {
    const { code } = sample((d) => d.status === 2);
    const lookups: string[] = [];
    const faultId = `tracker-429-${Date.now()}`; // the first lookup with this id is refused
    // The client's default retry policy, as the widgets' shared client has: the tracker's lookup
    // must still get the 429 at once (the transport would otherwise wait the 2 s silently).
    const client = createClient({
      baseUrl: `${location.origin}/`,
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (request.url.includes('/v1/dossiers/')) {
          lookups.push(request.url);
          request.headers.set('x-sandbox-fault', '429');
          request.headers.set('x-sandbox-fault-times', '1');
          request.headers.set('x-sandbox-fault-id', faultId);
          request.headers.set('x-sandbox-fault-retry-after', '2');
        }
        return fetch(request);
      },
    });
    const el = await tracker(client);
    field(el).value = code;
    part(el, 'lookup-button')!.click();
    const seen = () => text(part(el, 'countdown')?.querySelector('[aria-hidden="true"]'));
    await waitFor(() => part(el, 'countdown'), 'the countdown');
    expect(seen()).to.match(/Hệ thống sẽ tự thử lại sau 2 giây/);
    expect(lookups).to.have.length(1);
    // What screen readers hear is said once: no live region re-reads each second.
    const heard = part(el, 'countdown')!.querySelector('.visually-hidden')!;
    expect(text(heard)).to.match(/Hệ thống sẽ tự thử lại sau 2 giây/);
    expect(part(el, 'countdown')!.closest('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await waitFor(() => /sau 1 giây/.test(seen()), 'the countdown at 1 s', 3000);
    expect(text(heard)).to.match(/sau 2 giây/);
    await waitFor(() => part(el, 'dossier'), 'the result after the wait', 6000);
    expect(text(dd(el, 'Mã hồ sơ'))).to.equal(code);
    expect(lookups).to.have.length(2);
  });

  /** A client whose first `times` dossier lookups get 429 with Retry-After: `retryAfter` s (the sandbox's fault headers). */
  const rateLimitedClient = (name: string, times: number, lookups: string[], retryAfter = 2) => {
    const faultId = `${name}-${Date.now()}`;
    return createClient({
      baseUrl: `${location.origin}/`,
      fetch: (input, init) => {
        const request = new Request(input, init);
        if (request.url.includes('/v1/dossiers/')) {
          lookups.push(request.url);
          request.headers.set('x-sandbox-fault', '429');
          request.headers.set('x-sandbox-fault-times', String(times));
          request.headers.set('x-sandbox-fault-id', faultId);
          request.headers.set('x-sandbox-fault-retry-after', String(retryAfter));
        }
        return fetch(request);
      },
    });
  };
  const focused = (el: ShpDossierTracker) => el.shadowRoot!.activeElement;

  it('after the 429 countdown retries by itself, focus goes to the result (it was on the countdown)', async () => {
    const { code } = sample((d) => d.status === 2);
    const lookups: string[] = [];
    const el = await tracker(rateLimitedClient('tracker-429-focus', 1, lookups));
    field(el).value = code;
    part(el, 'lookup-button')!.click();
    await waitFor(() => part(el, 'countdown'), 'the countdown');
    await waitFor(() => focused(el) === part(el, 'countdown'), 'focus on the countdown');
    await waitFor(() => part(el, 'dossier'), 'the result after the wait', 8000);
    await waitFor(() => focused(el)?.classList.contains('result-title'), 'focus on the result', 3000);
    expect(document.activeElement === el, 'focus in the widget').to.equal(true);
    expect(lookups).to.have.length(2);
  });

  it('after the 429 countdown retries by itself, focus elsewhere on the page stays there', async () => {
    const { code } = sample((d) => d.status === 2);
    const lookups: string[] = [];
    const el = await tracker(rateLimitedClient('tracker-429-page', 1, lookups));
    const outside = document.createElement('button');
    outside.textContent = 'page';
    el.parentElement!.append(outside);
    field(el).value = code;
    part(el, 'lookup-button')!.click();
    await waitFor(() => focused(el) === part(el, 'countdown'), 'focus on the countdown');
    await new Promise((r) => setTimeout(r, 300)); // the first lookup's own focus move is over
    outside.focus(); // the citizen moves on while the widget waits
    expect(document.activeElement === outside, 'focus moved out').to.equal(true);
    await waitFor(() => part(el, 'dossier'), 'the result after the wait', 8000);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    // Booleans: a failing equal() on DOM nodes would serialise them whole.
    expect(document.activeElement === outside, `focus on ${document.activeElement?.tagName}`).to.equal(true);
    expect(focused(el) === null, 'no focus inside the widget').to.equal(true);
  });

  it('on a second 429 in a row, says the citizen can try again now when the wait is over; Thử lại shows the result with focus on it', async () => {
    const { code } = sample((d) => d.status === 2);
    const lookups: string[] = [];
    const el = await tracker(rateLimitedClient('tracker-429-twice', 2, lookups));
    field(el).value = code;
    part(el, 'lookup-button')!.click();
    const seen = () => text(part(el, 'countdown')?.querySelector('[aria-hidden="true"]'));
    const heard = () => text(part(el, 'countdown')?.querySelector('.visually-hidden'));
    await waitFor(() => /Hệ thống sẽ tự thử lại/.test(seen()), 'the first countdown');
    await waitFor(() => /Bạn có thể thử lại sau \d giây/.test(seen()), 'the second countdown', 8000);
    expect(lookups).to.have.length(2);
    // The retry button waits with the countdown; focus is back on the countdown box.
    expect(part(el, 'retry-button')!.getAttribute('aria-disabled')).to.equal('true');
    await waitFor(() => focused(el) === part(el, 'countdown'), 'focus on the second countdown', 3000);
    await waitFor(
      () => part(el, 'retry-button')!.getAttribute('aria-disabled') === 'false',
      'the end of the wait',
      6000,
    );
    expect(seen()).to.equal('Bạn đã tra cứu nhiều lần liên tiếp. Bây giờ bạn có thể thử lại.');
    expect(heard()).to.equal(seen());
    expect(seen()).not.to.match(/0 giây/);
    await expect(el).to.be.accessible();
    // No third automatic lookup: the citizen decides.
    await new Promise((r) => setTimeout(r, 600));
    expect(lookups).to.have.length(2);
    const button = part(el, 'retry-button')!;
    expect(text(button)).to.equal('Thử lại');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(el, 'dossier'), 'the result after Thử lại', 8000);
    expect(text(dd(el, 'Mã hồ sơ'))).to.equal(code);
    await waitFor(() => focused(el)?.classList.contains('result-title'), 'focus on the result', 3000);
    expect(lookups).to.have.length(3);
  });

  it('during the second 429 wait, "Thử lại" is reachable by Tab and keeps focus; presses are ignored until the wait ends', async () => {
    const { code } = sample((d) => d.status === 2);
    const lookups: string[] = [];
    // Retry-After 4 s: time enough to reach and press the button while it waits.
    const el = await tracker(rateLimitedClient('tracker-429-busy', 2, lookups, 4));
    field(el).value = code;
    part(el, 'lookup-button')!.click();
    const seen = () => text(part(el, 'countdown')?.querySelector('[aria-hidden="true"]'));
    await waitFor(() => /Bạn có thể thử lại sau \d giây/.test(seen()), 'the second countdown', 10_000);
    await waitFor(() => focused(el) === part(el, 'countdown'), 'focus on the second countdown', 3000);
    const button = part(el, 'retry-button') as HTMLButtonElement;
    await sendKeys({ press: 'Tab' }); // from the countdown box to its button
    // Waiting: focusable and focused, marked unavailable, never disabled (which drops focus to the page).
    expect(focused(el) === button, `focus on ${focused(el)?.tagName ?? 'nothing'}`).to.equal(true);
    expect(document.activeElement === el, 'focus in the widget').to.equal(true);
    expect(button.disabled).to.equal(false);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(lookups).to.have.length(2); // ignored while waiting
    expect(/Bạn có thể thử lại sau \d giây/.test(seen()), seen()).to.equal(true);
    expect(focused(el) === button, 'focus still on the button').to.equal(true);
    // The wait is over: the same button, still focused, now presses.
    await waitFor(() => button.getAttribute('aria-disabled') === 'false', 'the end of the wait', 8000);
    expect(focused(el) === button, 'focus on the button after the wait').to.equal(true);
    expect(lookups).to.have.length(2);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(el, 'dossier'), 'the result after Thử lại', 8000);
    expect(lookups).to.have.length(3);
    await waitFor(() => focused(el)?.classList.contains('result-title'), 'focus on the result', 3000);
    expect(document.activeElement === el, 'focus in the widget').to.equal(true);
  });

  it('keeps nothing without consent; with it lists recent lookups, shows the last result offline, and clears in one tap', async () => {
    const { code } = sample((d) => d.status === 10);
    const tc = testClient();
    const el = await tracker(tc.client);
    await lookUp(el, code);
    expect(sessionStorage.length).to.equal(0);
    expect(part(el, 'recent')!.querySelector('.chip')).to.equal(null);

    const consent = part(el, 'recent')!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    consent.click();
    await lookUp(el, code);
    await el.updateComplete;
    expect(text(part(el, 'recent')!.querySelector('.chip'))).to.contain(code);

    // Offline: the network is gone, the kept result shows with its time.
    tc.setFault('drop');
    window.dispatchEvent(new Event('offline'));
    try {
      await lookUp(el, code);
      await waitFor(() => part(el, 'cached'), 'the cached note');
      expect(text(part(el, 'cached'))).to.match(/Bạn đang ngoại tuyến\. Đây là kết quả tra cứu lúc \d\d:\d\d/);
      expect(text(dd(el, 'Mã hồ sơ'))).to.equal(code);
      await expect(el).to.be.accessible();
    } finally {
      tc.setFault(undefined);
      window.dispatchEvent(new Event('online'));
    }

    part(el, 'recent')!.querySelector<HTMLButtonElement>('.link:not(.chip)')!.click();
    await el.updateComplete;
    expect(part(el, 'recent')!.querySelector('.chip')).to.equal(null);
    expect(sessionStorage.getItem('shp-dossier-tracker:recent')).to.equal('{"results":[]}');
  });

  it('offers "Quét mã QR" only where the browser has BarcodeDetector', async () => {
    const g = globalThis as { BarcodeDetector?: unknown };
    const saved = g.BarcodeDetector;
    delete g.BarcodeDetector;
    try {
      const without = await tracker();
      expect(part(without, 'scan-button')).to.equal(null);
      g.BarcodeDetector = class {
        detect() {
          return Promise.resolve([]);
        }
      };
      const withIt = await tracker();
      expect(text(part(withIt, 'scan-button'))).to.equal('Quét mã QR');
      await expect(withIt).to.be.accessible();
    } finally {
      if (saved) g.BarcodeDetector = saved;
      else delete g.BarcodeDetector;
    }
  });

  it('reads the code from the receipt’s QR (camera and BarcodeDetector), lazily, and finds the dossier', async () => {
    const { code } = sample((d) => d.status === 9);
    const g = globalThis as { BarcodeDetector?: unknown };
    const saved = { detector: g.BarcodeDetector, media: navigator.mediaDevices.getUserMedia };
    let detected = 0;
    g.BarcodeDetector = class {
      detect() {
        // The camera sees nothing on the first frame, then the receipt's QR (a URL holding the code).
        return Promise.resolve(
          detected++ === 0 ? [] : [{ rawValue: `https://dichvucong.gov.vn/p/tra-cuu?ma=${code}` }],
        );
      }
    };
    const canvas = document.createElement('canvas');
    canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
    let stopped = false;
    navigator.mediaDevices.getUserMedia = () => {
      const stream = canvas.captureStream();
      for (const track of stream.getTracks()) track.addEventListener('ended', () => (stopped = true));
      const stop = MediaStreamTrack.prototype.stop;
      for (const track of stream.getTracks()) track.stop = () => ((stopped = true), stop.call(track));
      return Promise.resolve(stream);
    };
    try {
      const el = await tracker();
      part(el, 'scan-button')!.click();
      await settled(el, 'the dossier from the QR');
      expect(text(dd(el, 'Mã hồ sơ'))).to.equal(code);
      expect(detected).to.be.greaterThan(1);
      expect(stopped, 'the camera is released').to.equal(true);
      expect(el.shadowRoot!.querySelector('video')).to.equal(null);
    } finally {
      navigator.mediaDevices.getUserMedia = saved.media;
      if (saved.detector) g.BarcodeDetector = saved.detector;
      else delete g.BarcodeDetector;
    }
  });

  it('shows an error with Retry after a server failure, and recovers', async () => {
    const { code } = sample((d) => d.status === 1);
    const tc = testClient();
    tc.setFault('503');
    const el = await tracker(tc.client);
    await lookUp(el, code);
    expect(text(part(el, 'error'))).to.contain('Hệ thống đang gặp sự cố');
    await expect(el).to.be.accessible();
    tc.setFault(undefined);
    part(el, 'retry-button')!.click();
    await waitFor(() => part(el, 'dossier'), 'the dossier after retrying');
  });
});

describe('shp-dossier-tracker: signed in', function () {
  this.timeout(30_000); // a shared 2-core machine runs many suites at once
  it('signs in with the VNeID button (the SDK’s PKCE popup) and then lists my dossiers; focus moves to sign-out and back', async () => {
    let token: string | null = null;
    const client = testClient({ tokenProvider: () => token }).client;
    let redirectUri = '';
    // The popup itself is the SDK's (tested there); the button must start it and use the token it leaves.
    client.auth.signInWithPopup = async (params) => {
      redirectUri = params.redirectUri;
      token = sandbox.issueToken();
      return client.auth.me();
    };
    const el = await tracker(client);
    const button = [...part(el, 'mine')!.querySelectorAll('button')].find((b) => text(b) === 'Đăng nhập bằng VNeID…')!;
    expect(text(part(el, 'mine'))).to.contain('Đăng nhập để xem tất cả hồ sơ của bạn');
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(el, 'mine')?.querySelector('.mine-item'), 'my dossiers after sign-in');
    expect(redirectUri).to.equal(`${location.origin}${location.pathname}`);
    expect(text(part(el, 'mine'))).to.contain('Đăng xuất');
    // The sign-in button is gone: focus is on the one that undoes it, never on the page.
    const signOut = [...part(el, 'mine')!.querySelectorAll('button')].find((b) => text(b) === 'Đăng xuất')!;
    expect(el.shadowRoot!.activeElement === signOut, 'focus on "Đăng xuất"').to.equal(true);
    // Signing out forgets the list: nothing of it shows, even while signing in again.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'mine')!.querySelector('.mine-item')).to.equal(null);
    await waitFor(() => text(el.shadowRoot!.activeElement) === 'Đăng nhập bằng VNeID…', 'focus back on sign-in');
    token = null;
    [...part(el, 'mine')!.querySelectorAll('button')].find((b) => text(b) === 'Đăng nhập bằng VNeID…')!.click();
    await el.updateComplete;
    expect(part(el, 'mine')!.querySelector('.mine-item')).to.equal(null);
    await waitFor(() => part(el, 'mine')?.querySelector('.mine-item'), 'my dossiers after signing in again');
  });

  it('lists my dossiers unmasked, paged, and rates a returned dossier once, confirmed; Gửi đánh giá keeps focus while sending', async () => {
    const token = sandbox.issueToken();
    const tc = testClient({ tokenProvider: () => token });
    const client = tc.client;
    const el = await tracker(client);
    await waitFor(() => part(el, 'mine')?.querySelector('.mine-item'), 'my dossiers');
    const first = await client.dossiers.mine({ limit: 5 });
    expect(text(part(el, 'mine'))).to.contain(`${first.total} hồ sơ`);
    expect(part(el, 'mine')!.querySelectorAll('.mine-item')).to.have.length(first.items.length);
    if (first.nextCursor) {
      // "Xem thêm" with the keyboard, slowly: it stays (busy, focused) until the page is in, and pages once.
      const more = [...part(el, 'mine')!.querySelectorAll('button')].find((b) => text(b) === 'Xem thêm')!;
      const pages = () => tc.requests.filter((r) => new URL(r.url).searchParams.has('cursor')).length;
      more.focus();
      tc.setFault('slow:1500');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => part(el, 'mine')!.querySelector('.mine-list[aria-busy="true"]'), 'the next page loading');
      tc.setFault(undefined);
      await el.updateComplete;
      expect(more.isConnected && !more.disabled, 'the button still there, not disabled').to.equal(true);
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.activeElement === more, 'focus on "Xem thêm"').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => part(el, 'mine')!.querySelectorAll('.mine-item').length > first.items.length, 'page 2');
      expect(pages()).to.equal(1);
      // Focus moves to the first dossier of the new page (keyboard users continue from there).
      const firstNew = part(el, 'mine')!.querySelectorAll('.mine-item')[first.items.length]!;
      await waitFor(() => firstNew.contains(el.shadowRoot!.activeElement), 'focus on the first new dossier');
    }
    const all = [];
    for await (const d of client.dossiers.mine()) all.push(d);
    const target = all.find((d) => d.rateable)!;
    const item = [...part(el, 'mine')!.querySelectorAll('.mine-item')].find((li) => text(li).includes(target.code))!;
    [...item.querySelectorAll('button')].find((b) => text(b) === 'Xem chi tiết')!.click();
    await waitFor(() => item.querySelector('[part~="rating"] fieldset'), 'the rating form');
    expect(text(item.querySelector('[part~="applicant"]')))
      .to.equal(target.applicantName)
      .and.not.to.contain('*');
    await expect(el).to.be.accessible();

    // Sending with a criterion missing says so and sends nothing.
    const form = item.querySelector<HTMLFormElement>('[part~="rating"]')!;
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    expect(text(form.querySelector('.field-error'))).to.equal('Vui lòng chọn mức đánh giá cho tất cả các tiêu chí.');

    const fieldsets = [...form.querySelectorAll('fieldset')];
    expect(fieldsets).to.have.length(5);
    fieldsets.forEach((fs, i) => fs.querySelectorAll<HTMLInputElement>('input[type=radio]')[i === 0 ? 3 : 4]!.click());
    const comment = form.querySelector<HTMLTextAreaElement>('#comment-official')!;
    comment.value = 'Cán bộ hướng dẫn tận tình';
    comment.dispatchEvent(new Event('input'));
    // Sent with the keyboard, slowly enough to be seen sending.
    const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    const posts = () => tc.requests.filter((r) => r.method === 'POST' && r.url.includes(target.code));
    submit.focus();
    tc.setFault('slow:1500');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text(submit) === 'Đang gửi…', 'the button sending');
    tc.setFault(undefined);
    await expectBusyKeepsFocus(el, submit); // and pressed again while sending: nothing more is sent
    await waitFor(() => item.querySelector('.rating-result'), 'the confirmation');
    expect(posts()).to.have.length(1);
    // Then focus is on the confirmation, inside the widget.
    await waitFor(() => el.shadowRoot!.activeElement === item.querySelector('.rating-result'), 'focus on it');
    expect(document.activeElement === el, 'focus in the widget').to.equal(true);
    expect(text(item.querySelector('.rating-result'))).to.match(
      /Đánh giá đã được ghi nhận lúc .*điểm trung bình 4,8\/5/,
    );
    expect(item.querySelector('[part~="rating"] fieldset')).to.equal(null);
    expect(text(item.querySelector('.scores'))).to.contain('Cán bộ hướng dẫn tận tình');
    // Once: the API refuses a second rating.
    const again = await client.dossiers
      .rate(target.code, {
        criteria: ['access', 'procedure', 'official', 'result', 'feedback'].map((id) => ({
          id: id as 'access',
          score: 5,
        })),
      })
      .catch((e: { status: number }) => e);
    expect((again as { status: number }).status).to.equal(409);
  });
});

describe('shp-dossier-tracker: layout and languages', function () {
  this.timeout(30_000); // a shared 2-core machine runs many suites at once
  it('fits 300 px without horizontal scrolling, and speaks English', async () => {
    const { code } = sample((d) => d.status === 6 && d.overdue);
    const el = await tracker(testClient({ locale: 'en' }).client, 'locale="en"', 300);
    await lookUp(el, code);
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(text(dd(el, 'Dossier code'))).to.equal(code);
    expect(text(part(el, 'todo'))).to.contain('What you need to do');
    expect(text(part(el, 'deadline'))).to.match(/working days? late|Past today/);
    await expect(el).to.be.accessible();
  });
});
