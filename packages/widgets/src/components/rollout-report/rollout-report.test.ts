import { createSandbox, createSandboxHandlers, type Sandbox } from '@smart-haiphong/sandbox/msw';
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { startSandbox, testClient, waitFor, type TestClient } from '../../../test/sandbox.js';
import { expectBusyKeepsFocus } from '../../../test/busy.js';
import './rollout-report.js';
import type { ShpRolloutReport } from './rollout-report.js';

const CAMPAIGN = 'binh-giang-2026-smart-haiphong';
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const part = (el: HTMLElement, name: string) => $(el, `[part~="${name}"]`);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: HTMLElement, name: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => (b.getAttribute('aria-label') ?? text(b)) === name) ?? null;

let sandbox: Sandbox;
/** The sandbox's clock: before every deadline (officials' bodies are due 15/03/2026, thôn 31/03/2026). */
const BEFORE = Date.parse('2026-03-10T09:00:00+07:00');
let clockNow = BEFORE;

before(async () => {
  const worker = await startSandbox();
  // This file's own sandbox, with a clock the tests move, so that they can count what it recorded.
  sandbox = createSandbox({ feedback: 20, places: 10, dossiers: 5, seed: 3, clock: () => clockNow });
  worker.use(...createSandboxHandlers({ sandbox }));
});

beforeEach(() => {
  localStorage.clear();
  clockNow = BEFORE;
});
afterEach(() => window.dispatchEvent(new Event('online')));

/** The versions the sandbox recorded for a body. */
const versions = (body: string) => sandbox.store.campaigns.get(CAMPAIGN)!.reports.get(body) ?? [];

const officer = (body: string): TestClient => {
  const token = sandbox.issueToken(`officer:${body}`);
  return testClient({ tokenProvider: () => token });
};

async function report(tc: TestClient, attrs = '', width = 900): Promise<ShpRolloutReport> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="width: ${width}px"><shp-rollout-report ${attrs}></shp-rollout-report></div>`,
  );
  const el = wrapper.querySelector('shp-rollout-report')!;
  el.client = tc.client;
  await el.updateComplete;
  return el;
}

async function form(tc: TestClient, attrs = '', width = 900): Promise<ShpRolloutReport> {
  const el = await report(tc, `mode="form" ${attrs}`, width);
  await waitFor(() => part(el, 'table'), 'the report form');
  return el;
}

/** Types into a field as a person would (input events), by id. */
async function fill(el: ShpRolloutReport, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const rowIds = (el: ShpRolloutReport) => $$(el, 'tbody tr[data-row]').map((r) => r.dataset['row']!);

async function fillRow(
  el: ShpRolloutReport,
  index: number,
  name: string,
  total: string,
  installed: string,
  reason = '',
) {
  const id = rowIds(el)[index]!;
  await fill(el, `${id}-name`, name);
  await fill(el, `${id}-total`, total);
  await fill(el, `${id}-installed`, installed);
  await fill(el, `${id}-reason`, reason);
}

/** Presses Tab until the field with this id has focus (keyboard only). */
async function tabTo(el: ShpRolloutReport, id: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (el.shadowRoot!.activeElement?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached #${id}`);
}

const focused = (el: ShpRolloutReport) => el.shadowRoot!.activeElement?.id ?? '';

describe('summary (public)', () => {
  it('shows the commune’s overall progress and each group as a bar chart that is a table', async () => {
    const el = await report(testClient(), 'unit="binh-giang"');
    await waitFor(() => part(el, 'summary'), 'the summary');
    expect(el.mode).to.equal(undefined); // chosen because nobody is signed in
    const summary = await testClient().client.campaigns.summary(CAMPAIGN);
    const overall = text(part(el, 'overall'));
    expect(overall).to.contain(el.formatNumber(summary.overall.share!, { style: 'percent', maximumFractionDigits: 1 }));
    expect(overall).to.contain(`${summary.overall.reported}/${summary.overall.expected} đơn vị đã báo cáo`);
    expect(text(part(el, 'sample'))).to.equal('Dữ liệu mẫu');
    const chart = part(el, 'chart')!;
    expect(text(chart.querySelector('caption'))).to.equal('Theo nhóm đơn vị');
    const rows = [...chart.querySelectorAll('tbody tr')];
    expect(rows.map((r) => text(r.querySelector('th')))).to.deep.equal(summary.groups.map((g) => g.name));
    // Each bar's width is its share; the bars are hidden from screen readers, the figures are not.
    const firstBar = rows[0]!.querySelector<HTMLElement>('.bar-fill')!;
    expect(parseFloat(firstBar.style.width)).to.be.closeTo(summary.groups[0]!.share! * 100, 0.1);
    expect(firstBar.parentElement!.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, 'h2')).not.to.equal(null);
    expect(button(el, 'Đăng nhập bằng VNeID')).not.to.equal(null); // no mode: officers sign in here
    await expect(el).to.be.accessible();
  });

  it('on a 360 px phone (286 px in the portal), never breaks a figure such as "2.799/3.111" across lines', async () => {
    const el = await report(testClient(), 'unit="binh-giang"', 286);
    await waitFor(() => part(el, 'summary'), 'the summary');
    const split: string[] = [];
    for (const cell of part(el, 'chart')!.querySelectorAll('tbody .detail')) {
      const node = [...cell.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\d/.test(n.textContent!))!;
      const match = /[\d.]+\/[\d.]+/.exec(node.textContent!)!;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) split.push(match[0]);
    }
    expect(split).to.deep.equal([]);
  });

  it('signing in from the summary opens the view of the account’s role, focus staying in the widget', async () => {
    let token: string | null = null;
    const tc = testClient({ tokenProvider: () => token });
    const el = await report(tc, 'unit="binh-giang" login-hint="officer:thon-mau-6"');
    await waitFor(() => part(el, 'summary'), 'the summary');
    let hint: string | undefined;
    // The popup itself is the SDK's (tested there): here the button must start it with the hint and use its answer.
    tc.client.auth.signInWithPopup = async (params) => {
      hint = params.loginHint;
      token = sandbox.issueToken(params.loginHint);
      return tc.client.auth.me();
    };
    button(el, 'Đăng nhập bằng VNeID')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(el, 'status'), 'the view loading for the account');
    // The prompt and its button are gone: focus is kept in the widget, not dropped to the page.
    expect(document.activeElement === el, 'focus in the widget while it loads').to.equal(true);
    await waitFor(() => part(el, 'form'), 'the officer’s form');
    expect(document.activeElement === el, 'focus in the widget with the form').to.equal(true);
    expect(el.shadowRoot!.activeElement, 'on an element of it').to.not.equal(null);
    expect(hint).to.equal('officer:thon-mau-6');
    expect(text($(el, 'h2'))).to.contain('Thôn mẫu 6');
  });

  it('speaks English, and fits 300 px without horizontal scroll', async () => {
    const el = await report(testClient(), 'unit="binh-giang" locale="en"', 300);
    await waitFor(() => part(el, 'summary'), 'the summary');
    expect(text($(el, 'h2'))).to.contain('Smart Hải Phòng installation progress');
    expect(text(part(el, 'chart')!.querySelector('caption'))).to.equal('By group of bodies');
    expect(button(el, 'Sign in with VNeID')).not.to.equal(null);
    el.mode = 'summary'; // the front page's summary: no sign-in
    await el.updateComplete;
    await waitFor(() => part(el, 'summary'), 'the summary');
    expect(part(el, 'sign-in')).to.equal(null);
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('loading, error with retry, empty and offline states', async () => {
    const tc = testClient();
    tc.setFault('slow:400');
    const el = await report(tc, 'unit="binh-giang"');
    expect(part(el, 'status')?.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await waitFor(() => part(el, 'summary'), 'the summary');

    const failing = testClient();
    failing.setFault('503');
    const broken = await report(failing, 'unit="binh-giang"');
    await waitFor(() => part(broken, 'error'), 'the error');
    await expect(broken).to.be.accessible();
    failing.setFault(undefined);
    (part(broken, 'retry-button') as HTMLButtonElement).click();
    await waitFor(() => part(broken, 'summary'), 'the summary after retry');

    const none = await report(testClient(), 'unit="bach-long-vi"');
    await waitFor(() => part(none, 'empty'), 'the empty state');
    expect(text(part(none, 'empty'))).to.equal('Đơn vị này chưa có đợt triển khai nào.');
    await expect(none).to.be.accessible();

    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(part(el, 'offline')).not.to.equal(null);
    expect(part(el, 'summary')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('form (a body’s officer)', () => {
  it('asks for sign-in when nobody is signed in, and says so to a citizen', async () => {
    const el = await report(testClient(), 'mode="form" unit="binh-giang"');
    await waitFor(() => part(el, 'sign-in'), 'the sign-in prompt');
    expect(button(el, 'Đăng nhập bằng VNeID')).not.to.equal(null);
    await expect(el).to.be.accessible();

    const token = sandbox.issueToken('citizen');
    const citizen = await report(testClient({ tokenProvider: () => token }), 'mode="form"');
    await waitFor(() => part(citizen, 'empty'), 'the no-role message');
    expect(text(part(citizen, 'empty'))).to.contain('không phải cán bộ đầu mối');
  });

  it('an officer fills and submits a report with three rows by keyboard', async function () {
    this.timeout(90_000);
    const el = await form(officer('thon-mau-4'));
    // Prefilled from the campaign and the body.
    expect($<HTMLInputElement>(el, '#f-bodyName')!.value).to.equal('Thôn mẫu 4');
    expect($<HTMLInputElement>(el, '#f-recipient')!.value).to.equal('Ủy ban nhân dân xã Bình Giang');
    expect($<HTMLInputElement>(el, '#f-signerTitle')!.value).to.equal('TRƯỞNG THÔN');
    $<HTMLInputElement>(el, '#f-managingBody')!.focus();

    await tabTo(el, 'f-number');
    await sendKeys({ type: '03/BC-TM4' });
    const typeRow = async (name: string, total: string, installed: string, reason: string) => {
      const id = rowIds(el).at(-1)!;
      await tabTo(el, `${id}-name`);
      await sendKeys({ type: name });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: total });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: installed });
      await sendKeys({ press: 'Tab' });
      if (reason) await sendKeys({ type: reason });
    };
    const addRow = async () => {
      await tabTo(el, 'add-row');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal(`${rowIds(el).at(-1)}-name`); // focus moves into the new row
    };
    await typeRow('Tổ dân cư số 1', '120', '110', 'Người cao tuổi chưa có điện thoại thông minh');
    await addRow();
    await typeRow('Tổ dân cư số 2', '95', '95', '');
    await addRow();
    await typeRow('Tổ dân cư số 3', '80', '70', 'Đi làm ăn xa');

    // Reorder: row 3 up one place, focus stays on its button.
    const third = rowIds(el)[2]!;
    await tabTo(el, `${third}-up`);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowIds(el)[1]).to.equal(third);
    expect(focused(el)).to.equal(`${third}-up`);
    // A fourth row added and removed again.
    await addRow();
    const fourth = rowIds(el)[3]!;
    await tabTo(el, `${fourth}-remove`);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowIds(el)).to.have.length(3);
    expect(focused(el)).to.equal(`${rowIds(el)[2]}-name`); // the row before the one removed

    // "Chưa cài đặt" computed, and the totals row.
    expect($$(el, '.computed').map((c) => text(c))).to.deep.equal(['10', '10', '0']);
    expect(text($(el, '[data-total="total"]'))).to.contain('295');
    expect(text($(el, '[data-total="installed"]'))).to.contain('275');
    expect(text($(el, '[data-total="notInstalled"]'))).to.contain('20');

    await tabTo(el, 'f-signerName');
    await sendKeys({ type: 'Nguyễn Văn Mẫu' });
    await tabTo(el, 'submit');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(el, 'sent'), 'the confirmation');
    expect(text(part(el, 'sent'))).to.contain('Đã gửi báo cáo (lần 1)');

    const stored = versions('thon-mau-4');
    expect(stored).to.have.length(1);
    expect(stored[0]!.rows.map((r) => [r.stt, r.name, r.total, r.installed, r.notInstalled])).to.deep.equal([
      [1, 'Tổ dân cư số 1', 120, 110, 10],
      [2, 'Tổ dân cư số 3', 80, 70, 10],
      [3, 'Tổ dân cư số 2', 95, 95, 0],
    ]);
    expect(stored[0]!.header.number).to.equal('03/BC-TM4');
    expect(stored[0]!.signer).to.deep.equal({ title: 'TRƯỞNG THÔN', name: 'Nguyễn Văn Mẫu' });
    expect(localStorage.getItem(`shp-rollout-draft:${CAMPAIGN}:thon-mau-4`)).to.equal(null);
    expect(text(part(el, 'history'))).to.contain('Lần 1');
    await expect(el).to.be.accessible();
  });

  it('the arithmetic rules refuse bad rows with messages naming the field', async () => {
    const tc = officer('thon-mau-5');
    const el = await form(tc);
    await fillRow(el, 0, 'Tổ 1', '10', '12');
    await fill(el, 'f-signerName', 'Trần Thị Mẫu');
    (part(el, 'submit-button') as HTMLButtonElement).click();
    await waitFor(() => part(el, 'error-summary'), 'the error summary');
    const id = rowIds(el)[0]!;
    expect(text(part(el, 'error-summary'))).to.contain('Dòng 1: Đã cài đặt (12) không được lớn hơn Tổng số (10).');
    expect($(el, `#${id}-installed`)!.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, `#${id}-installed-error`))).to.equal('Đã cài đặt (12) không được lớn hơn Tổng số (10).');
    expect(focused(el)).to.equal(`${id}-installed`);
    expect(text($(el, '[data-total="notInstalled"]')).replace('Chưa cài đặt', '')).to.equal('0'); // a bad row is not counted
    await expect(el).to.be.accessible();

    await fill(el, `${id}-installed`, '8'); // messages follow the typing
    expect(text($(el, `#${id}-reason-error`))).to.equal('Còn 2 người chưa cài đặt: nhập Lý do chưa cài đặt.');
    await fill(el, `${id}-total`, '2,5');
    expect(text($(el, `#${id}-total-error`))).to.equal('Tổng số phải là số nguyên.');
    await fill(el, `${id}-total`, '-1');
    expect(text($(el, `#${id}-total-error`))).to.equal('Tổng số không được nhỏ hơn 0.');
    await fill(el, `${id}-name`, '');
    expect(text($(el, `#${id}-name-error`))).to.equal('Nhập Tên đơn vị.');
    await fill(el, 'f-place', '');
    expect(text($(el, '#f-place-error'))).to.equal('Nhập Địa danh.');
    expect(tc.requests.filter((r) => r.method !== 'GET')).to.have.length(0);
    expect(versions('thon-mau-5')).to.have.length(0);

    el.locale = 'en';
    await waitFor(() => text(part(el, 'error-summary')).includes('Row 1'), 'English messages');
    expect(text($(el, `#${id}-total-error`))).to.equal('Total cannot be below 0.');
    expect(text(part(el, 'table')!.querySelector('caption'))).to.equal('Installations by unit');
    await expect(el).to.be.accessible();
  });

  it('keeps the draft on reload, and offline submit → reload → online gives exactly one report', async function () {
    this.timeout(30_000);
    const tc = officer('hoi-nong-dan');
    const first = await form(tc);
    await fillRow(first, 0, 'Chi hội mẫu 1', '60', '52', 'Hội viên đi làm xa');
    await first.updateComplete;
    (part(first, 'table')!.closest('form')!.querySelector('#add-row') as HTMLButtonElement).click();
    await first.updateComplete;
    await fillRow(first, 1, 'Chi hội mẫu 2', '40', '40');
    await fill(first, 'f-signerName', 'Phạm Văn Mẫu');

    // A reload before sending: the draft comes back.
    first.remove();
    const again = await form(tc);
    expect(part(again, 'restored')).not.to.equal(null);
    expect($$<HTMLTextAreaElement>(again, 'textarea[id$="-name"]').map((t) => t.value)).to.deep.equal([
      'Chi hội mẫu 1',
      'Chi hội mẫu 2',
    ]);

    window.dispatchEvent(new Event('offline'));
    tc.setFault('drop'); // the network is really gone
    await again.updateComplete;
    (part(again, 'submit-button') as HTMLButtonElement).click();
    await waitFor(() => part(again, 'waiting'), 'the waiting message');
    expect(text(part(again, 'waiting'))).to.contain('sẽ tự động gửi khi có mạng trở lại');
    await expect(again).to.be.accessible();
    expect(versions('hoi-nong-dan')).to.have.length(0);
    // Pressed again while it waits: the same report keeps its key (its first try may have been recorded).
    const draftOf = () => JSON.parse(localStorage.getItem(`shp-rollout-draft:${CAMPAIGN}:hoi-nong-dan`)!);
    const key = draftOf().pending.key;
    (part(again, 'submit-button') as HTMLButtonElement).click();
    await again.updateComplete;
    expect(draftOf().pending.key).to.equal(key);

    // The page is reloaded while still without network: the report waits with its key.
    again.remove();
    const el = await form(tc);
    await waitFor(() => part(el, 'waiting'), 'the waiting message after the reload');
    expect(versions('hoi-nong-dan')).to.have.length(0);

    tc.setFault(undefined);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online')); // twice: still once
    await waitFor(() => part(el, 'sent'), 'the confirmation');
    expect(versions('hoi-nong-dan')).to.have.length(1);
    const posts = tc.requests.filter((r) => r.method === 'POST');
    expect(posts.length).to.be.at.least(2);
    expect(new Set(posts.map((r) => r.headers.get('idempotency-key'))).size).to.equal(1);
    expect(localStorage.getItem(`shp-rollout-draft:${CAMPAIGN}:hoi-nong-dan`)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a correction before the deadline keeps the history; one after it is refused with the server’s message', async function () {
    this.timeout(30_000);
    const tc = officer('truong-mam-non-mau-a');
    const ref = { campaign: CAMPAIGN, body: 'truong-mam-non-mau-a' };
    await tc.client.campaigns.submitReport(ref, {
      header: {
        managingBody: 'Ủy ban nhân dân xã Bình Giang',
        bodyName: 'Trường Mầm non mẫu A',
        place: 'Bình Giang',
        date: '2026-03-09',
        recipient: 'Ủy ban nhân dân xã Bình Giang',
      },
      rows: [{ name: 'Giáo viên', total: 30, installed: 25, reason: 'Chưa cập nhật VNeID mức 2' }],
      recipients: ['Như trên', 'Lưu: VT'],
      signer: { title: 'HIỆU TRƯỞNG', name: 'Lê Thị Mẫu' },
    });
    const el = await form(tc);
    expect(text(part(el, 'correctable'))).to.contain('Có thể sửa báo cáo đến hết ngày 15/03/2026.');
    const id = rowIds(el)[0]!;
    expect($<HTMLInputElement>(el, `#${id}-installed`)!.value).to.equal('25');
    await fill(el, `${id}-installed`, '28');
    expect(text(part(el, 'submit-button'))).to.equal('Gửi bản sửa');
    (part(el, 'submit-button') as HTMLButtonElement).click();
    await waitFor(() => part(el, 'sent'), 'the correction sent');
    expect(text(part(el, 'sent'))).to.contain('lần 2');
    expect($$(el, '[part~="history"] li').map((li) => li.dataset['version'])).to.deep.equal(['1', '2']);
    // Versions with the time each was received (the sandbox's clock, Hải Phòng time).
    expect(text(part(el, 'history'))).to.contain('Lần 1: 09:00 10/03/2026');
    expect(text(part(el, 'history'))).to.contain('Lần 2: 09:00 10/03/2026 (bản hiện hành)');
    expect(versions('truong-mam-non-mau-a').map((v) => v.rows[0]!.installed)).to.deep.equal([25, 28]);
    await expect(el).to.be.accessible();

    clockNow = Date.parse('2026-03-16T08:00:00+07:00'); // the school's deadline has passed
    await fill(el, `${rowIds(el)[0]}-installed`, '30');
    (part(el, 'submit-button') as HTMLButtonElement).click();
    await waitFor(() => part(el, 'refused'), 'the refusal');
    expect(text(part(el, 'refused'))).to.contain('Đã quá hạn, không thể sửa báo cáo');
    expect(versions('truong-mam-non-mau-a')).to.have.length(2);
    await expect(el).to.be.accessible();

    // Opened after the deadline: read-only, and says why.
    el.remove();
    localStorage.clear();
    const later = await form(tc);
    expect(text(part(later, 'correctable'))).to.contain('Đã quá hạn: báo cáo không còn sửa được.');
    expect(part(later, 'submit-button')).to.equal(null);
    expect(part(later, 'print-button')).not.to.equal(null);
  });

  it('keeps focus on the submit button pressed with Enter while the report is sent, and sends it once', async () => {
    const tc = officer('phong-kinh-te'); // a report sent before: the form corrects it
    const before = versions('phong-kinh-te').length;
    const el = await form(tc);
    const submit = part(el, 'submit-button') as HTMLButtonElement;
    expect(text(submit)).to.equal('Gửi bản sửa');
    const posts = () => tc.requests.filter((r) => r.method !== 'GET');
    submit.focus();
    tc.setFault('slow:1500'); // long enough to be seen sending
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text(submit) === 'Đang gửi…', 'the button sending');
    tc.setFault(undefined);
    // Pressed again, and Enter in a field (which submits a form too): nothing more is sent.
    await expectBusyKeepsFocus(el, submit);
    $<HTMLInputElement>(el, '#f-place')!.focus();
    await sendKeys({ press: 'Enter' });
    submit.focus();
    // The draft keeps the key of the request in flight (a new one would let a retry record it twice).
    const saved = JSON.parse(localStorage.getItem(`shp-rollout-draft:${CAMPAIGN}:phong-kinh-te`)!) as {
      pending: { key: string } | null;
    };
    expect(saved.pending?.key).to.equal(posts()[0]!.headers.get('idempotency-key'));
    await waitFor(() => part(el, 'sent'), 'the confirmation');
    expect(posts()).to.have.length(1);
    expect(versions('phong-kinh-te')).to.have.length(before + 1);
    expect(submit.getAttribute('aria-disabled')).to.equal('false');
    expect(el.shadowRoot!.activeElement === submit, 'focus still on the button').to.equal(true);
    expect(document.activeElement === el, 'focus in the widget').to.equal(true);
  });

  it('when a send leaves the report read-only, focus goes to what happened, not to the page', async () => {
    // Sent from the button: the correction is refused after the deadline, the button goes away.
    const fromButton = await form(officer('cong-an'));
    (part(fromButton, 'submit-button') as HTMLButtonElement).focus();
    clockNow = Date.parse('2026-03-16T08:00:00+07:00'); // the deadline has passed meanwhile
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(fromButton, 'refused'), 'the refusal');
    await fromButton.updateComplete;
    expect(part(fromButton, 'submit-button')).to.equal(null);
    await waitFor(() => fromButton.shadowRoot!.activeElement === part(fromButton, 'refused'), 'focus on the refusal');
    expect(document.activeElement === fromButton, 'focus in the widget').to.equal(true);

    // Sent with Enter in a field: the field turns read-only under the cursor.
    clockNow = BEFORE;
    const fromField = await form(officer('tram-y-te'));
    const place = $<HTMLInputElement>(fromField, '#f-place')!;
    place.focus();
    clockNow = Date.parse('2026-03-16T08:00:00+07:00');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(fromField, 'refused'), 'the refusal');
    await fromField.updateComplete;
    await new Promise((r) => requestAnimationFrame(r)); // a focused control turned disabled loses focus at the next frame
    expect(place.disabled).to.equal(true);
    await waitFor(() => fromField.shadowRoot!.activeElement === part(fromField, 'refused'), 'focus on the refusal');
    expect(document.activeElement === fromField, 'focus in the widget').to.equal(true);
  });

  it('the printout has the parts of Phụ lục 01, in Vietnamese whatever the UI’s language', async () => {
    const el = await form(officer('ban-xay-dung-dang'), 'locale="en"');
    await fill(el, 'f-number', '07/BC-BXD');
    await fillRow(el, 0, 'Cán bộ ban', '12', '10', 'Điện thoại cũ');
    await fill(el, 'f-signerName', 'Đỗ Văn Mẫu');
    const print = part(el, 'print')!;
    expect(print.getAttribute('lang')).to.equal('vi');
    const all = text(print);
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Ủy ban nhân dân xã Bình Giang', // managing body
      'Ban Xây dựng Đảng'.slice(0, 3),
      'Số: 07/BC-BXD',
      'Bình Giang, ngày',
      'Kính gửi: Ủy ban nhân dân xã Bình Giang',
      'Thực hiện Công văn số …/UBND-VHXH (số mẫu) ngày 10/02/2026',
      'kết quả cụ thể như sau',
      'Nơi nhận:',
      '(Ký, ghi rõ họ tên và đóng dấu)',
      'Đỗ Văn Mẫu',
    ]) {
      expect(all).to.contain(phrase);
    }
    expect(text(print.querySelector('h2, h3'))).to.match(/^BÁO CÁO/);
    expect([...print.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal([
      'STT',
      'Tên đơn vị',
      'Số lượng',
      'Lý do chưa cài đặt',
      'Tổng số',
      'Đã cài đặt',
      'Chưa cài đặt',
    ]);
    expect([...print.querySelectorAll('tbody td')].map((td) => text(td))).to.deep.equal([
      '1',
      'Cán bộ ban',
      '12',
      '10',
      '2',
      'Điện thoại cũ',
    ]);
    expect(text(print.querySelector('tfoot'))).to.equal('Tổng cộng 12 10 2');

    // On screen the printout is hidden; printed, it is alone.
    expect(getComputedStyle(print).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(print).display).to.equal('block');
      expect(getComputedStyle($(el, '.screen')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }

    const print0 = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      (part(el, 'print-button') as HTMLButtonElement).click();
    } finally {
      window.print = print0;
    }
    expect(printed).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('downloads the table as CSV with its columns and Vietnamese text intact, with a BOM', async () => {
    const el = await form(officer('thon-mau-5'));
    await fillRow(el, 0, 'Xóm Đồng, tổ "Mới"', '15', '12', 'Chưa có điện thoại');
    const create = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return create.call(URL, b);
    };
    try {
      (part(el, 'csv-button') as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = create;
    }
    expect(blob).not.to.equal(undefined);
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('STT,Tên đơn vị,Tổng số,Đã cài đặt,Chưa cài đặt,Lý do chưa cài đặt');
    expect(lines[1]).to.equal('1,"Xóm Đồng, tổ ""Mới""",15,12,3,Chưa có điện thoại');
    expect(lines[2]).to.equal(',Tổng cộng,15,12,3,');
  });

  it('stacks the table’s rows at 300 px, without horizontal scroll', async () => {
    const el = await form(officer('thon-mau-5'), '', 300);
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const row = $(el, 'tbody tr')!;
    expect(getComputedStyle(row).display).to.equal('block');
    expect(getComputedStyle($(el, '.cell-label')!).position).not.to.equal('absolute');
    await expect(el).to.be.accessible();
  });
});
