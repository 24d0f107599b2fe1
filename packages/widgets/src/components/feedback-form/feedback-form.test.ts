import { createSandbox, createSandboxHandlers, type Sandbox } from '@smart-haiphong/sandbox/msw';
import { Outbox, indexedDbStorage, type ShpClient } from '@smart-haiphong/sdk';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { startSandbox, testClient, waitFor, type Fault, type TestClient } from '../../../test/sandbox.js';
import { expectBusyKeepsFocus } from '../../../test/busy.js';
import {
  ShpFeedbackMapPickEvent,
  type ShpFeedbackSubmitEvent,
  type ShpFeedbackSubmittedEvent,
} from '../../events/index.js';
import './feedback-form.js';
import '../dossier-tracker/dossier-tracker.js';
import '../news-feed/news-feed.js';
import type { ShpFeedbackForm } from './feedback-form.js';
import { nearestUnit } from '../../internal/units.js';
import { readExifGps, sniffImage } from './photos.js';
import { canvasJpeg, exifGpsSegment, hasExif, jpegMarkers, jpegWithGps } from './test-images.js';

const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const part = (el: HTMLElement, name: string) => $(el, `[part~="${name}"]`);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The button whose accessible name is `name` (or starts with it, for `name…`). */
const buttonNamed = (el: HTMLElement, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? text(b);
    return name.endsWith('…') ? label.startsWith(name.slice(0, -1)) : label === name;
  }) ?? null;

/** A point in central Hải Phòng (Phường Lê Chân), far from the city's edges. */
const INSIDE = { lat: 20.8449, lon: 106.6881 };

let sandbox: Sandbox;
let storageId = 0;

before(async () => {
  const worker = await startSandbox();
  // A sandbox this file holds, so that tests can count what the server recorded.
  sandbox = createSandbox({ feedback: 300, places: 20, dossiers: 5, seed: 3 });
  worker.use(...createSandboxHandlers({ sandbox }));
});

beforeEach(() => localStorage.clear());
afterEach(() => window.dispatchEvent(new Event('online')));

/** Reports the sandbox recorded with this exact title. */
const recorded = (title: string) => [...sandbox.store.feedback.submitted.values()].filter((s) => s.title === title);

let titles = 0;
const uniqueTitle = () => `Ổ gà lớn trước nhà văn hóa số ${++titles}-${Date.now()}`;

/** A form on its own client and its own outbox database. */
async function form(
  tc: TestClient = testClient(),
  attrs = '',
  { width = 360, storage = `test-outbox-${++storageId}-${Date.now()}` } = {},
): Promise<{ el: ShpFeedbackForm; outbox: Outbox; storage: string }> {
  const outbox = new Outbox({ client: tc.client, storage: indexedDbStorage(storage) });
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="width: ${width}px"><shp-feedback-form ${attrs}></shp-feedback-form></div>`,
  );
  const el = wrapper.querySelector('shp-feedback-form')!;
  el.client = tc.client;
  el.outbox = outbox;
  await waitFor(() => $(el, 'form'), 'the form to load');
  return { el, outbox, storage };
}

/** Sets a field as typing does (input + change events), for tests that are not about the keyboard. */
async function fill(el: ShpFeedbackForm, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fillValid(el: ShpFeedbackForm, title = uniqueTitle()): Promise<string> {
  await fill(el, 'category', 'duong-hu-hong');
  el.location = INSIDE;
  await fill(el, 'address', 'Số 12 đường Trần Phú');
  await fill(el, 'title', title);
  await fill(el, 'content', 'Mặt đường có ổ gà sâu khoảng 20 cm, xe máy đi qua rất nguy hiểm.');
  await fill(el, 'name', 'Nguyễn Văn An');
  await fill(el, 'phone', '0912 345 678');
  return title;
}

function choosePhotos(el: ShpFeedbackForm, ...files: File[]): void {
  const input = $<HTMLInputElement>(el, '#photos')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const submitButton = (el: ShpFeedbackForm) => part(el, 'submit-button') as HTMLButtonElement;

/** Moves focus with Tab until the element with `id` in the form's shadow root has it. */
async function tabTo(el: ShpFeedbackForm, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (el.shadowRoot!.activeElement?.id === id) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached #${id}`);
}

describe('shp-feedback-form', () => {
  it('labels every field with the names citizens and screen readers expect, in vi and en', async () => {
    const names = (el: ShpFeedbackForm) =>
      Object.fromEntries(
        ['category', 'unit', 'address', 'title', 'content', 'photos', 'name', 'phone'].map((id) => [
          id,
          text($(el, `label[for="${id}"]`)),
        ]),
      );
    const { el } = await form();
    expect(names(el)).to.deep.equal({
      category: 'Chuyên mục',
      unit: 'Xã, phường',
      address: 'Địa chỉ',
      title: 'Tiêu đề',
      content: 'Nội dung',
      photos: 'Ảnh',
      name: 'Họ và tên',
      phone: 'Số điện thoại',
    });
    expect(text($(el, '#public')!.closest('label'))).to.equal('Công khai phản ánh');
    expect(text(submitButton(el))).to.equal('Gửi phản ánh');
    expect($(el, 'form')).to.be.instanceOf(HTMLFormElement);
    await expect(el).to.be.accessible();

    const { el: en } = await form(testClient(), 'locale="en"');
    expect(names(en)).to.deep.equal({
      category: 'Category',
      unit: 'Commune/ward',
      address: 'Address',
      title: 'Title',
      content: 'Details',
      photos: 'Photos',
      name: 'Full name',
      phone: 'Phone number',
    });
    expect(text(submitButton(en))).to.equal('Send report');
    await expect(en).to.be.accessible();
  });

  it('sends a report by keyboard only: category by search, commune, address, text, contact', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    const title = `Đèn đường hỏng ${Date.now()}`;
    const submitted = oneEvent(el, 'shp-feedback-submitted') as Promise<ShpFeedbackSubmittedEvent>;

    await tabTo(el, 'category-search');
    await sendKeys({ type: 'ngap ung' }); // no tone marks: finds "Ngập úng, thoát nước"
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal(''); // search filters, never chooses
    await sendKeys({ press: 'Enter' }); // acts on the search: to the filtered list, no submit
    expect(el.shadowRoot!.activeElement!.id).to.equal('category');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('ngap-ung');

    await tabTo(el, 'unit-search');
    await sendKeys({ type: 'binh giang' });
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('unit');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#unit')!.value).to.equal('10966');
    expect(part(el, 'error')).to.equal(null);

    await tabTo(el, 'address');
    await sendKeys({ type: 'Thôn Đông, cạnh trường tiểu học' });
    await tabTo(el, 'title');
    await sendKeys({ type: title });
    expect(text($(el, '#title-count'))).to.equal(`${[...title].length}/150 ký tự`);
    await tabTo(el, 'content');
    await sendKeys({ type: 'Nước ngập sâu 40 cm sau mỗi trận mưa, học sinh không đi học được.' });
    await tabTo(el, 'name');
    await sendKeys({ type: 'Trần Thị Bình' });
    await tabTo(el, 'phone');
    await sendKeys({ type: '0987654321' });
    await tabTo(el, 'public');
    await sendKeys({ press: 'Space' }); // keep it private
    expect($<HTMLInputElement>(el, '#public')!.checked).to.equal(false);

    for (let i = 0; i < 40 && el.shadowRoot!.activeElement !== submitButton(el); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });

    const { detail } = await submitted;
    await waitFor(() => part(el, 'success'), 'the success message');
    // Focus is not lost to <body>: it moves to the outcome, which is announced.
    await waitFor(() => el.shadowRoot!.activeElement === part(el, 'success'), 'focus on the success message');
    expect(text(part(el, 'success'))).to.contain(detail.trackingCode);
    expect(detail.trackingCode).to.match(/^PA-/);
    const [record] = recorded(title);
    expect(record).to.include({ public: false, address: 'Thôn Đông, cạnh trường tiểu học' });
    expect(record!.contact).to.deep.equal({ name: 'Trần Thị Bình', phone: '0987654321' });
    const submit = tc.requests.find((r) => r.method === 'POST' && r.url.endsWith('/v1/feedback'))!;
    expect(submit.headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);
    await expect(el).to.be.accessible();

    // "Gửi phản ánh khác": a new report starts with empty text, keeping who and where.
    buttonNamed(el, 'Gửi phản ánh khác')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('');
    expect($<HTMLTextAreaElement>(el, '#content')!.value).to.equal('');
    // Not asked to remember: the next person at a shared computer does not find the contact.
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('');
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('ngap-ung');
    expect(JSON.stringify({ ...localStorage })).not.to.contain('0987654321');
  });

  it('search filters categories by the citizen’s words and never chooses; a stale error clears', async () => {
    const { el } = await form();
    submitButton(el).click(); // nothing chosen yet: every error shows
    await el.updateComplete;
    expect(text($(el, '#category-error'))).to.not.equal('');
    await fill(el, 'category-search', 'đèn');
    const options = [...$<HTMLSelectElement>(el, '#category')!.options].map((o) => o.value).filter(Boolean);
    // Both kinds of lamp stay to choose from ("đèn đường" is street lighting's keyword).
    expect(options).to.include.members(['chieu-sang', 'tin-hieu-giao-thong']);
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('');
    await fill(el, 'category-search', 'bong den');
    const lighting = [...$<HTMLSelectElement>(el, '#category')!.options].map((o) => o.value).filter(Boolean);
    expect(lighting).to.deep.equal(['chieu-sang']);
    const select = $<HTMLSelectElement>(el, '#category')!;
    select.value = 'chieu-sang';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '#category-error')).to.equal(null);
  });

  it('lists communes in Vietnamese alphabetical order, grouped by type', async () => {
    const { el } = await form();
    const groups = [...$<HTMLSelectElement>(el, '#unit')!.querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).to.deep.equal(['Phường', 'Xã', 'Đặc khu']);
    const names = [...groups[1]!.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('vi').compare));
    expect(names.indexOf('Xã An Hưng')).to.be.below(names.indexOf('Xã Bình Giang'));
  });

  it('a commune search by keyboard: ArrowDown from the chosen commune reaches the matches', async () => {
    const { el } = await form(testClient(), 'unit="binh-giang"');
    const select = $<HTMLSelectElement>(el, '#unit')!;
    const chosen = select.value;
    expect(chosen).to.not.equal('');
    $<HTMLInputElement>(el, '#unit-search')!.focus();
    await sendKeys({ type: 'kien an' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(select);
    // The chosen commune stays shown and selected, first; the matches follow it.
    const options = [...select.options].map((o) => o.textContent!.trim());
    expect(options.slice(1, 3)).to.deep.equal(['Xã Bình Giang', 'Phường Kiến An']);
    expect(select.value).to.equal(chosen);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Phường Kiến An');
  });

  it('shows the category notice before the citizen writes', async () => {
    const { el } = await form();
    await fill(el, 'category', 'an-ninh-trat-tu');
    expect(text(part(el, 'notice'))).to.contain('113');
    await expect(el).to.be.accessible();
  });

  it('explains what is missing, focuses it, and sends nothing', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    await fill(el, 'title', 'Ổ');
    submitButton(el).click();
    await el.updateComplete;
    expect(text($(el, '#category-error'))).to.equal('Hãy chọn chuyên mục.');
    expect(text($(el, '#title-error'))).to.equal('Tiêu đề cần ít nhất 5 ký tự.');
    expect(text($(el, '#content-error'))).to.equal('Nội dung cần ít nhất 10 ký tự.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('category');
    expect(tc.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    // Every field at fault is drawn in the danger colour, text inputs too; the others are not.
    const border = (id: string) => getComputedStyle($(el, `#${id}`)!).borderTopColor;
    const danger = border('content');
    expect(danger).to.not.equal(border('address'));
    expect(['category', 'title', 'content'].map(border)).to.deep.equal([danger, danger, danger]);
    await expect(el).to.be.accessible();
  });

  it('counts characters as they are seen and sends NFC text without invisible characters', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    const title = uniqueTitle();
    await fillValid(el, title);
    // "ệ" typed as e + two combining marks, and a zero-width space and a bidi override hidden in it.
    const decomposed = `Nu\u031bo\u031b\u0301c\u200b ngập\u202e tại đây`;
    await fill(el, 'content', decomposed);
    expect(text($(el, '#content-count'))).to.equal('17/5.000 ký tự');
    submitButton(el).click();
    await waitFor(() => part(el, 'success'), 'the success message');
    expect(recorded(title)[0]!.content).to.equal('Nước ngập tại đây');
  });

  it('counts limits as the API does: emoji are one character, the address has a counter too', async () => {
    const { el } = await form();
    await fillValid(el);
    const title = `${'a'.repeat(139)}${'⚠️'.repeat(10)}`; // 149 characters seen, 159 UTF-16 units
    await fill(el, 'title', title);
    expect(text($(el, '#title-count'))).to.equal('149/150 ký tự');
    await fill(el, 'address', 'đ'.repeat(301));
    expect(text($(el, '#address-count'))).to.equal('301/300 ký tự');
    submitButton(el).click();
    await waitFor(() => $(el, '#address-error'), 'the address error');
    expect(text($(el, '#address-error'))).to.equal('Địa chỉ dài tối đa 300 ký tự.');
    expect(el.shadowRoot!.activeElement!.id).to.equal('address');
    expect($(el, '#title-error')).to.equal(null); // 149 is within 150
  });

  it('names and focuses the field the API refused, in the citizen’s words', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    await fillValid(el);
    // Something between the form and the API changed the title (another script, an old
    // SDK): the API's 400 on body.title must come back to the title field.
    el.addEventListener('shp-feedback-submit', (e) => {
      (e as ShpFeedbackSubmitEvent).detail.submission.title = '\u200b'.repeat(6);
    });
    submitButton(el).click();
    await waitFor(() => $(el, '#title-error'), 'the title error');
    expect(text($(el, '#title-error'))).to.equal('Tiêu đề: hệ thống chưa nhận giá trị này. Vui lòng kiểm tra lại.');
    expect(el.shadowRoot!.activeElement!.id).to.equal('title');
    expect(part(el, 'error')).to.equal(null); // not the generic "Yêu cầu không hợp lệ."
  });

  it('takes a location from the page: the location property, lat/lon attributes and unit', async () => {
    const { el } = await form(testClient(), `lat="${INSIDE.lat}" lon="${INSIDE.lon}"`);
    expect(el.location).to.deep.equal(INSIDE);
    expect(text($(el, '.location [role="status"]'))).to.contain('20.84490, 106.68810');

    el.location = { lat: 20.87, lon: 106.7 };
    el.unit = '10966';
    await el.updateComplete;
    expect(el.location).to.deep.equal({ lat: 20.87, lon: 106.7 });
    expect($<HTMLSelectElement>(el, '#unit')!.value).to.equal('10966');
  });

  it('takes a point picked on the map named by pick-from, and moves focus to its location', async () => {
    const { el } = await form(testClient(), 'pick-from="ban-do"');
    const map = document.createElement('div');
    map.id = 'ban-do';
    const other = document.createElement('div');
    other.id = 'another-map';
    el.parentElement!.append(map, other);
    // A pick from another map on the page is not for this form.
    other.dispatchEvent(new ShpFeedbackMapPickEvent({ lat: 20.9, lon: 106.6, unitCode: null }));
    expect(el.location).to.equal(null);
    map.dispatchEvent(new ShpFeedbackMapPickEvent({ lat: 20.87, lon: 106.7, unitCode: '10966' }));
    await el.updateComplete;
    expect(el.location).to.deep.equal({ lat: 20.87, lon: 106.7 });
    expect($<HTMLSelectElement>(el, '#unit')!.value).to.equal('10966');
    await waitFor(() => el.shadowRoot!.activeElement === $(el, 'fieldset.location'), 'focus on the location');
    expect(document.activeElement).to.equal(el);
  });

  it('focus() moves focus into the form', async () => {
    const { el } = await form();
    el.focus();
    await waitFor(() => el.shadowRoot!.activeElement !== null, 'focus inside the form');
    expect(el.shadowRoot!.activeElement!.matches('input, select, textarea, button')).to.equal(true);
  });

  it('preselects the commune and the category from attributes', async () => {
    const { el } = await form(testClient(), 'unit="binh-giang" category="cay-xanh"');
    expect($<HTMLSelectElement>(el, '#unit')!.value).to.equal('10966');
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('cay-xanh');
  });

  it('refuses a location outside Hải Phòng with a clear message', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    await fillValid(el);
    el.location = { lat: 10.7769, lon: 106.7009 }; // Hồ Chí Minh City
    await el.updateComplete;
    expect(text($(el, '.location [role="alert"]'))).to.contain('nằm ngoài thành phố Hải Phòng');
    submitButton(el).click();
    await el.updateComplete;
    expect(tc.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks for the device position only when "Dùng vị trí của tôi" is pressed', async () => {
    const calls: unknown[] = [];
    const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback) => {
          calls.push(1);
          ok({ coords: { latitude: INSIDE.lat, longitude: INSIDE.lon } } as GeolocationPosition);
        },
      },
    });
    try {
      const { el } = await form();
      expect(calls).to.have.length(0);
      buttonNamed(el, 'Dùng vị trí của tôi')!.click();
      await el.updateComplete;
      expect(calls).to.have.length(1);
      expect(el.location).to.deep.equal(INSIDE);
      expect(text($(el, '.location [role="status"]'))).to.contain('Vị trí của bạn');
    } finally {
      if (original) Object.defineProperty(navigator, 'geolocation', original);
      else delete (navigator as { geolocation?: unknown }).geolocation;
    }
  });

  it('loads the map only when asked, and a click on it places the pin', async () => {
    const { el } = await form(testClient(), '', { width: 600 });
    expect(part(el, 'map')).to.equal(null);
    buttonNamed(el, 'Chọn trên bản đồ')!.click();
    await waitFor(() => part(el, 'map')?.querySelector('canvas.maplibregl-canvas'), 'the map canvas', 15_000);
    part(el, 'map')!.scrollIntoView({ block: 'center' }); // a click lands only inside the viewport
    await new Promise((resolve) => setTimeout(resolve, 500));
    const box = part(el, 'map')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await waitFor(() => el.location, 'the pin');
    expect(text($(el, '.location [role="status"]'))).to.contain('Vị trí trên bản đồ');
    expect(el.location!.lat).to.be.within(20.5, 21.2);
    expect(buttonNamed(el, 'Ẩn bản đồ')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('keeps the draft and uploaded photos across a reload, without any token', async () => {
    const tc = testClient({ tokenProvider: () => 'secret-token-xyz' });
    const first = await form(tc, 'unit="binh-giang"');
    await fill(first.el, 'title', 'Rác tồn đọng ở chợ');
    await fill(first.el, 'content', 'Rác tồn đọng ba ngày chưa được thu gom.');
    choosePhotos(first.el, await jpegWithGps(INSIDE, 64, 64));
    await waitFor(() => $(first.el, '.photo[data-status="uploaded"]'), 'the upload', 10_000);
    await first.el.updateComplete;
    first.el.remove();

    const second = await form(tc, 'unit="binh-giang"');
    expect($<HTMLInputElement>(second.el, '#title')!.value).to.equal('Rác tồn đọng ở chợ');
    expect(second.el.shadowRoot!.querySelectorAll('.photo[data-status="uploaded"]')).to.have.length(1);
    expect(text($(second.el, '.photo-name'))).to.equal('IMG_0042.jpg');
    expect($<HTMLImageElement>(second.el, '.photo img')!.src).to.contain('/v1/media/');
    expect($<HTMLTextAreaElement>(second.el, '#content')!.value).to.equal('Rác tồn đọng ba ngày chưa được thu gom.');
    expect(JSON.stringify({ ...localStorage })).not.to.contain('secret-token-xyz');
  });

  it('keeps the name and phone on the device only when the citizen asks, and drafts expire', async () => {
    const first = await form(testClient(), 'unit="binh-giang"');
    await fill(first.el, 'title', 'Cống thoát nước bị tắc');
    await fill(first.el, 'name', 'Lê Văn Cường');
    await fill(first.el, 'phone', '0912 345 678');
    await first.el.updateComplete;
    const stored = () => JSON.stringify({ ...localStorage });
    expect(stored()).to.contain('Cống thoát nước bị tắc'); // the draft is kept…
    expect(stored()).not.to.contain('0912 345 678'); // …without personal data
    expect(stored()).not.to.contain('Lê Văn Cường');

    $<HTMLInputElement>(first.el, '#remember-contact')!.click();
    await first.el.updateComplete;
    expect(stored()).to.contain('0912 345 678');
    first.el.remove();
    const second = await form(testClient(), 'unit="binh-giang"');
    expect($<HTMLInputElement>(second.el, '#name')!.value).to.equal('Lê Văn Cường');
    expect($<HTMLInputElement>(second.el, '#remember-contact')!.checked).to.equal(true);
    $<HTMLInputElement>(second.el, '#remember-contact')!.click(); // forget me
    await second.el.updateComplete;
    expect(stored()).not.to.contain('0912 345 678');

    // A draft untouched for more than three days is not restored.
    const key = Object.keys(localStorage).find((k) => k.startsWith('shp-feedback-draft:'))!;
    const old = JSON.parse(localStorage.getItem(key)!) as { savedAt: number };
    localStorage.setItem(key, JSON.stringify({ ...old, savedAt: Date.now() - 4 * 24 * 3600 * 1000 }));
    second.el.remove();
    const third = await form(testClient(), 'unit="binh-giang"');
    expect($<HTMLInputElement>(third.el, '#title')!.value).to.equal('');
  });

  it('can be stopped by a cancelable shp-feedback-submit', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    await fillValid(el);
    el.addEventListener('shp-feedback-submit', (e: ShpFeedbackSubmitEvent) => e.preventDefault(), { once: true });
    const event = oneEvent(el, 'shp-feedback-submit') as Promise<ShpFeedbackSubmitEvent>;
    submitButton(el).click();
    expect((await event).detail.submission.categoryId).to.equal('duong-hu-hong');
    await el.updateComplete;
    expect(tc.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    expect(part(el, 'success')).to.equal(null);
  });

  it('shows what the public will see, and never the name or phone', async () => {
    const { el } = await form();
    const title = await fillValid(el);
    const preview = part(el, 'preview')!;
    expect(text(preview)).to.contain(title);
    expect(text(preview)).to.contain('Đường hư hỏng, ổ gà');
    expect(text(preview)).not.to.contain('Nguyễn Văn An');
    expect(text(preview)).not.to.contain('0912');
    $<HTMLInputElement>(el, '#public')!.click();
    await el.updateComplete;
    expect(text(part(el, 'preview'))).to.contain('Phản ánh không công khai');
    expect(text(part(el, 'preview'))).not.to.contain(title);
  });
});

describe('photos', () => {
  it('reads EXIF GPS in both byte orders and ignores a JPEG without it', async () => {
    const plain = await canvasJpeg(8, 8);
    expect(readExifGps(plain)).to.equal(null);
    const withGps = new Uint8Array(await (await jpegWithGps(INSIDE, 8, 8)).arrayBuffer());
    const gps = readExifGps(withGps)!;
    expect(gps.lat).to.be.closeTo(INSIDE.lat, 1e-6);
    expect(gps.lon).to.be.closeTo(INSIDE.lon, 1e-6);
    expect(sniffImage(new TextEncoder().encode('hello'))).to.equal(null);
    expect(exifGpsSegment(INSIDE).slice(0, 2)).to.deep.equal(new Uint8Array([0xff, 0xe1]));
  });

  it("offers the photo's location with consent, and the stored photo has no EXIF and is resized", async () => {
    const tc = testClient();
    const { el } = await form(tc);
    const title = await fillValid(el);
    el.location = null;
    await fill(el, 'unit', '');
    const photoPoint = { lat: 20.8612, lon: 106.6795 };
    choosePhotos(el, await jpegWithGps(photoPoint, 3000, 1500));

    await waitFor(() => buttonNamed(el, 'Dùng vị trí của ảnh'), 'the offer to use the photo location', 10_000);
    expect(el.location).to.equal(null); // never silently
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Dùng vị trí của ảnh')!.click();
    await el.updateComplete;
    expect(el.location!.lat).to.be.closeTo(photoPoint.lat, 1e-5);
    expect(el.location!.lon).to.be.closeTo(photoPoint.lon, 1e-5);
    // The commune follows the photo's point, as a guess the form names (issue 8 item 10).
    const nearest = nearestUnit((await tc.client.units.list()).items, photoPoint)!;
    expect($<HTMLSelectElement>(el, '#unit')!.value).to.equal(nearest.code);
    expect(text($(el, '.location [role="status"]'))).to.contain(
      `Vị trí của ảnh: Số 12 đường Trần Phú, gần ${nearest.name}`,
    );
    expect($(el, '#unit-guess')).not.to.equal(null);

    await waitFor(() => $(el, '.photo[data-status="uploaded"]'), 'the upload', 10_000);
    submitButton(el).click();
    await waitFor(() => part(el, 'success'), 'the success message', 10_000);

    const [record] = recorded(title);
    expect(record!.photos).to.have.length(1);
    const { id, width, height } = record!.photos[0]!;
    expect([width, height]).to.deep.equal([2048, 1024]);
    const stored = new Uint8Array(await (await fetch(`/v1/media/${id}`)).arrayBuffer());
    expect(stored[0]).to.equal(0xff);
    expect(stored[1]).to.equal(0xd8);
    expect(jpegMarkers(stored)).not.to.include(0xe1);
    expect(hasExif(stored)).to.equal(false);
    expect(new TextDecoder('latin1').decode(stored)).not.to.contain('SN-HP-123456');
  });

  it('refuses a text file renamed .jpg, and leaves the rest of the form alone', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    const title = await fillValid(el);
    choosePhotos(el, new File(['không phải ảnh'], 'anh-chup.jpg', { type: 'image/jpeg' }));
    await waitFor(() => $(el, '.photo[data-status="error"]'), 'the refusal');
    expect(text($(el, '.photo'))).to.contain('anh-chup.jpg');
    expect(text($(el, '.photo [role="alert"]'))).to.equal('Tệp này không phải là ảnh.');
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal(title);
    expect(tc.requests.filter((r) => r.url.includes('/v1/media'))).to.have.length(0);
    await expect(el).to.be.accessible();

    buttonNamed(el, 'Xóa ảnh anh-chup.jpg')!.click();
    await el.updateComplete;
    expect($(el, '.photo')).to.equal(null);
  });

  it('says a broken JPEG is damaged, and allows no more than max-photos', async () => {
    const { el } = await form(testClient(), 'max-photos="1"');
    const broken = new Uint8Array(await canvasJpeg(16, 16)).slice(0, 40);
    choosePhotos(el, new File([broken], 'hong.jpg'));
    await waitFor(() => $(el, '.photo[data-status="error"]'), 'the refusal', 10_000);
    expect(text($(el, '.photo [role="alert"]'))).to.equal('Ảnh bị lỗi, không đọc được.');
    expect($<HTMLInputElement>(el, '#photos')!.disabled).to.equal(false); // a refused file takes no place

    choosePhotos(el, await jpegWithGps(INSIDE, 16, 16), await jpegWithGps(INSIDE, 16, 16));
    await waitFor(() => $(el, '.photo[data-status="uploaded"]'), 'the upload', 10_000);
    expect(text(el.shadowRoot!.querySelectorAll('.photo')[2]!)).to.contain('Đã đủ số ảnh cho phép.');
    expect($<HTMLInputElement>(el, '#photos')!.disabled).to.equal(true);
  });

  it('shows upload progress, cancels an upload and retries a failed one', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    tc.setFault('slow:3000');
    choosePhotos(el, await jpegWithGps(INSIDE, 32, 32));
    await waitFor(() => $(el, '.photo[data-status="uploading"] progress'), 'the progress bar', 10_000);
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Hủy tải ảnh IMG_0042.jpg')!.click();
    await el.updateComplete;
    expect($(el, '.photo')).to.equal(null);
    expect(tc.requests.at(-1)!.signal.aborted).to.equal(true);

    tc.setFault('503');
    choosePhotos(el, await jpegWithGps(INSIDE, 32, 32));
    await waitFor(() => $(el, '.photo[data-status="error"]'), 'the failed upload', 10_000);
    expect(text($(el, '.photo [role="alert"]'))).to.contain('Chưa tải được ảnh lên.');
    tc.setFault(undefined);
    buttonNamed(el, 'Thử lại')!.click();
    await waitFor(() => $(el, '.photo[data-status="uploaded"]'), 'the retried upload', 10_000);
    // The retry repeats the failed upload's own key; nothing else shares it.
    const uploads = tc.requests.filter((r) => r.method === 'POST' && r.url.includes('/v1/media'));
    const [failed, retried] = uploads.slice(-2).map((r) => r.headers.get('idempotency-key'));
    expect(retried).to.equal(failed);
  });

  it('gives every photo its own random upload key, so two citizens with photos of the same size never collide', async () => {
    const tc = testClient();
    const photo = await jpegWithGps(INSIDE, 32, 32);
    const first = await form(tc);
    choosePhotos(first.el, photo);
    await waitFor(() => $(first.el, '.photo[data-status="uploaded"]'), 'the first upload', 10_000);
    // Another citizen (a fresh page on another device) with the same photo bytes.
    const second = await form(tc);
    choosePhotos(second.el, photo);
    await waitFor(() => $(second.el, '.photo[data-status="uploaded"]'), 'the second upload', 10_000);
    const keys = tc.requests
      .filter((r) => r.method === 'POST' && r.url.includes('/v1/media'))
      .map((r) => r.headers.get('idempotency-key')!);
    expect(new Set(keys).size).to.equal(keys.length);
    for (const key of keys) expect(key).to.match(/^[A-Za-z0-9_-]{24}$/); // random, not a counter
  });
});

describe('nothing lost', () => {
  it('keeps everything after a 503 and sends once on retry', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    const title = await fillValid(el);
    choosePhotos(el, await jpegWithGps(INSIDE, 64, 64));
    await waitFor(() => $(el, '.photo[data-status="uploaded"]'), 'the upload', 10_000);

    tc.setFault('503');
    submitButton(el).click();
    await waitFor(() => part(el, 'error'), 'the error');
    expect(text(part(el, 'error'))).to.contain('Hệ thống đang gặp sự cố');
    expect(text(part(el, 'error'))).to.contain('vẫn được giữ nguyên');
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal(title);
    expect($<HTMLInputElement>(el, '#phone')!.value).to.equal('0912 345 678');
    expect(el.shadowRoot!.querySelectorAll('.photo[data-status="uploaded"]')).to.have.length(1);
    expect(text(submitButton(el))).to.equal('Gửi lại');
    await expect(el).to.be.accessible();

    tc.setFault(undefined);
    submitButton(el).click();
    await waitFor(() => part(el, 'success'), 'the success message');
    expect(recorded(title)).to.have.length(1);
    expect(recorded(title)[0]!.photos).to.have.length(1);
    const keys = tc.requests
      .filter((r) => r.method === 'POST' && r.url.endsWith('/v1/feedback'))
      .map((r) => r.headers.get('idempotency-key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('keeps focus on "Gửi phản ánh" pressed with Enter while sending, and a second press sends nothing more', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    const title = await fillValid(el);
    tc.setFault('slow:1500');
    submitButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, 'form[aria-busy="true"]'), 'the sending state');
    await expectBusyKeepsFocus(el, submitButton(el)); // and pressed again: nothing more is sent
    tc.setFault(undefined);
    await waitFor(() => part(el, 'success'), 'the success message', 10_000);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'success'));
    expect(recorded(title)).to.have.length(1);
    expect(tc.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/v1/feedback'))).to.have.length(1);
  });

  it('queues when the connection drops mid-submit, and delivers exactly once', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    const title = await fillValid(el);
    tc.setFault('drop-after' as Fault); // the server records it, the answer never arrives
    submitButton(el).click();
    await waitFor(() => part(el, 'queued'), 'the queued message');
    expect(text(part(el, 'queued'))).to.contain('sẽ tự động gửi');
    expect(recorded(title)).to.have.length(1);
    await expect(el).to.be.accessible();

    tc.setFault(undefined);
    const submitted = oneEvent(el, 'shp-feedback-submitted') as Promise<ShpFeedbackSubmittedEvent>;
    buttonNamed(el, 'Thử gửi ngay')!.click();
    const { detail } = await submitted;
    await waitFor(() => part(el, 'success'), 'the success message');
    expect(recorded(title)).to.have.length(1);
    expect(detail.trackingCode).to.match(/^PA-/);
  });

  it('a reload while the report is being sent sends it once: it is kept before the first try', async () => {
    const tc = testClient();
    const first = await form(tc);
    const title = await fillValid(first.el);
    tc.setFault('slow:1500');
    submitButton(first.el).click();
    await waitFor(
      () => tc.requests.some((r) => r.method === 'POST' && r.url.endsWith('/v1/feedback')),
      'the first send',
    );
    // The page is reloaded mid-send: the element and its outbox go away.
    first.el.remove();
    first.outbox.stop();
    tc.setFault(undefined);
    const outbox = new Outbox({ client: tc.client, storage: indexedDbStorage(first.storage) });
    const wrapper = await fixture<HTMLDivElement>(html`<div><shp-feedback-form></shp-feedback-form></div>`);
    const el = wrapper.querySelector('shp-feedback-form')!;
    el.client = tc.client;
    el.outbox = outbox;
    await waitFor(() => $(el, 'form'), 'the form after the reload');
    // Nothing to send a second time: the report is on its way, not back in the form.
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('');
    await outbox.flush();
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the first, slow send lands too
    expect(recorded(title)).to.have.length(1);
    expect(await outbox.entries()).to.deep.equal([]);
  });

  it('a photo queued with its report is uploaded once, by the outbox, when the network returns', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    const title = await fillValid(el);
    window.dispatchEvent(new Event('offline'));
    tc.setFault('drop');
    await el.updateComplete;
    choosePhotos(el, await jpegWithGps(INSIDE, 40, 40)); // chosen offline: waits as bytes
    await waitFor(() => $(el, '.photo[data-status="uploading"]'), 'the photo waiting');
    submitButton(el).click();
    await waitFor(() => part(el, 'queued'), 'the queued message');
    tc.setFault(undefined);
    const uploadsBefore = tc.requests.filter((r) => r.method === 'POST' && r.url.includes('/v1/media')).length;
    const submitted = oneEvent(el, 'shp-feedback-submitted') as Promise<ShpFeedbackSubmittedEvent>;
    window.dispatchEvent(new Event('online'));
    await submitted;
    await new Promise((resolve) => setTimeout(resolve, 500)); // a second upload would have started by now
    const uploads = tc.requests.filter((r) => r.method === 'POST' && r.url.includes('/v1/media')).length;
    expect(uploads - uploadsBefore).to.equal(1);
    expect(recorded(title)[0]!.photos).to.have.length(1);
  });

  it('offline submit, reload, back online: exactly one record', async () => {
    const tc = testClient();
    const first = await form(tc);
    const title = await fillValid(first.el);
    choosePhotos(first.el, await jpegWithGps(INSIDE, 64, 64));
    await waitFor(() => $(first.el, '.photo[data-status="uploaded"]'), 'the upload', 10_000);
    window.dispatchEvent(new Event('offline'));
    tc.setFault('drop'); // the network is really gone
    await first.el.updateComplete;
    choosePhotos(first.el, await jpegWithGps(INSIDE, 48, 48)); // chosen offline: waits as bytes
    await waitFor(() => first.el.shadowRoot!.querySelectorAll('.photo').length === 2, 'the second photo');
    await waitFor(() => $(first.el, '.photo[data-status="uploading"]'), 'the second photo waiting');
    submitButton(first.el).click();
    await waitFor(() => part(first.el, 'queued'), 'the queued message');
    expect(text(part(first.el, 'queued'))).to.contain('Phản ánh đã được lưu và sẽ tự động gửi');
    await expect(first.el).to.be.accessible();
    expect(recorded(title)).to.have.length(0);

    // The page goes away; a new page (new outbox, new element) opens over the same IndexedDB.
    first.el.remove();
    first.outbox.stop();
    const outbox = new Outbox({ client: tc.client, storage: indexedDbStorage(first.storage) });
    const wrapper = await fixture<HTMLDivElement>(html`<div><shp-feedback-form></shp-feedback-form></div>`);
    const el = wrapper.querySelector('shp-feedback-form')!;
    el.client = tc.client;
    el.outbox = outbox;
    await waitFor(() => part(el, 'queued'), 'the waiting count after the reload');
    expect(text(part(el, 'queued'))).to.contain('1 phản ánh đang chờ gửi');
    expect(recorded(title)).to.have.length(0);

    tc.setFault(undefined);
    const submitted = oneEvent(el, 'shp-feedback-submitted') as Promise<ShpFeedbackSubmittedEvent>;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online')); // twice: still once
    await submitted;
    await waitFor(() => part(el, 'success'), 'the success message');
    await outbox.flush();
    expect(recorded(title)).to.have.length(1);
    expect(recorded(title)[0]!.photos).to.have.length(2);
    expect(await outbox.entries()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('offers a stored report the server refused back for editing, with its photo', async () => {
    const tc = testClient();
    const storage = `test-outbox-refused-${Date.now()}`;
    const earlier = new Outbox({ client: tc.client, storage: indexedDbStorage(storage) });
    const photo = new Blob([await canvasJpeg(40, 30)], { type: 'image/jpeg' });
    const title = uniqueTitle();
    // Queued by an earlier page for a category the city has since removed: the server says 400.
    await earlier.add(
      {
        categoryId: 'chuyen-muc-da-xoa',
        title,
        content: 'Nội dung phản ánh đã lưu khi mất mạng.',
        location: INSIDE,
        photoIds: [],
        public: false,
      },
      { photos: [photo] },
    );
    const { el } = await form(tc, '', { storage });
    await waitFor(() => text(part(el, 'error')).includes('chưa gửi được'), 'the refusal');
    expect(text(part(el, 'error'))).to.contain('Yêu cầu không hợp lệ.');
    await expect(el).to.be.accessible();

    buttonNamed(el, 'Mở lại để sửa')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal(title);
    expect($<HTMLInputElement>(el, '#public')!.checked).to.equal(false);
    expect(el.location).to.deep.equal(INSIDE);
    await waitFor(() => $(el, '.photo[data-status="uploaded"]'), 'the photo uploaded again', 10_000);
    expect(await new Outbox({ client: tc.client, storage: indexedDbStorage(storage) }).entries()).to.deep.equal([]);

    await fill(el, 'category', 'rac-thai');
    submitButton(el).click();
    await waitFor(() => part(el, 'success'), 'the success message');
    expect(recorded(title)).to.have.length(1);
    expect(recorded(title)[0]!.photos).to.have.length(1);
  });

  it('says so honestly when the device cannot store the report', async () => {
    const tc = testClient();
    const { el } = await form(tc);
    el.outbox = new Outbox({ client: tc.client, storage: null });
    await fillValid(el);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    submitButton(el).click();
    await waitFor(() => part(el, 'error'), 'the error');
    expect(text(part(el, 'error'))).to.contain('không lưu được phản ánh trên thiết bị này');
    expect($<HTMLInputElement>(el, '#title')!.value).not.to.equal('');
  });

  it('never sends a report without the photo attached, when a device that cannot store was offline mid-upload', async function () {
    this.timeout(40_000);
    const tc = testClient();
    const { el } = await form(tc);
    el.outbox = new Outbox({ client: tc.client, storage: null }); // storage refused (private mode)
    const title = await fillValid(el);
    tc.setFault('slow:1500');
    choosePhotos(el, await jpegWithGps(INSIDE, 36, 36));
    await waitFor(() => $(el, '.photo[data-status="uploading"]'), 'the upload in flight', 10_000);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    submitButton(el).click();
    await waitFor(() => part(el, 'error'), 'cannot store');
    tc.setFault(undefined);
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    submitButton(el).click(); // "Gửi lại"
    await waitFor(() => part(el, 'success'), 'sent', 15_000);
    expect(recorded(title)).to.have.length(1);
    expect(recorded(title)[0]!.photos).to.have.length(1); // with its photo
  });
});

describe('before submitting', () => {
  it('suggests open reports of the same category within 250 m', async () => {
    const client = testClient().client;
    const open = await openReport(client);
    const { el } = await form(testClient());
    await fill(el, 'category', open.categoryId);
    el.location = open.location;
    await waitFor(() => part(el, 'duplicates'), 'the suggestions');
    expect(text(part(el, 'duplicates'))).to.contain('Có thể đã có người phản ánh');
    // No tracker or map on this page: the titles are shown, never a link to the API's JSON.
    expect(text(part(el, 'duplicates'))).to.contain(open.title);
    expect(part(el, 'duplicates')!.querySelector('a[href*="/v1/"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links a report to the dossier tracker on the page, opened on its code, never to raw JSON', async () => {
    const client = testClient().client;
    const open = await openReport(client);
    const { el } = await form(testClient());
    // The form finds the tracker by its tag (its code need not be loaded for the link).
    const real = document.createElement('shp-dossier-tracker');
    real.id = 'tra-cuu';
    el.parentElement!.append(real);
    await fill(el, 'category', open.categoryId);
    el.location = open.location;
    await waitFor(() => part(el, 'duplicates'), 'the suggestions');
    const link = [...part(el, 'duplicates')!.querySelectorAll('a')].find((a) => text(a) === open.title)!;
    expect(new URL(link.href).hash).to.equal(`#tra-cuu.code=${open.trackingCode}`);
    expect(link.target).to.equal(''); // same page: no new tab
    // Without sync-url too, following the link opens the code in the tracker.
    (real as HTMLElement & { client: ShpClient }).client = client;
    link.click();
    await waitFor(
      () => real.shadowRoot?.activeElement?.classList.contains('result-title'),
      'the report in the tracker, focused',
      10_000,
    );
    expect(text(real.shadowRoot!.activeElement)).to.contain(open.trackingCode);
    history.replaceState(null, '', location.pathname + location.search);
    real.remove();
  });

  /** A page with a dossier tracker (`sync-url`) above the form, `between` them; every widget on one client. */
  async function trackerAbove(between: TemplateResult) {
    const tc = testClient();
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <shp-dossier-tracker sync-url hide-mine></shp-dossier-tracker>
        ${between}
        <shp-feedback-form></shp-feedback-form>
      </div>`,
    );
    for (const widget of page.querySelectorAll<HTMLElement & { client: ShpClient }>(
      'shp-dossier-tracker, shp-news-feed',
    ))
      widget.client = tc.client;
    const el = page.querySelector<ShpFeedbackForm>('shp-feedback-form')!;
    el.client = tc.client;
    el.outbox = new Outbox({
      client: tc.client,
      storage: indexedDbStorage(`test-outbox-${++storageId}-${Date.now()}`),
    });
    await waitFor(() => $(el, 'form'), 'the form to load');
    return { page, tracker: page.querySelector('shp-dossier-tracker')!, el };
  }

  it('"Xem phản ánh" scrolls to the tracker far above on the page and focuses its result; what the citizen did since it was shown stays; Back returns to the link', async function () {
    this.timeout(30_000);
    await setViewport({ width: 360, height: 780 });
    await emulateMedia({ reducedMotion: 'reduce' });
    const saved = location.href;
    try {
      // As in the commune portal at 360 px: the tracker ~6800 px above the form.
      const { tracker, el } = await trackerAbove(html`<div style="height: 6800px"></div>`);
      // Another widget's state when the report is sent (a procedure search on the page).
      history.replaceState(null, '', '#noi-dung&procedure-search.q=khai%20sinh');
      await fillValid(el);
      submitButton(el).click();
      await waitFor(() => part(el, 'success'), 'the success message', 10_000);
      const link = [...part(el, 'success')!.querySelectorAll('a')].find((a) => text(a) === 'Xem phản ánh')!;
      // The citizen searches something else before following the link.
      history.replaceState(null, '', '#noi-dung&procedure-search.q=ket%20hon');
      link.focus();
      expect(tracker.getBoundingClientRect().bottom, 'the tracker is out of view').to.be.below(0);
      await sendKeys({ press: 'Enter' });
      await waitFor(
        () => tracker.shadowRoot!.activeElement?.classList.contains('result-title'),
        'focus on the report in the tracker',
        10_000,
      );
      expect(text(tracker.shadowRoot!.activeElement)).to.contain('PA-');
      expect(location.hash, 'the search typed since stays').to.match(
        /^#noi-dung&procedure-search\.q=ket%20hon&dossier-tracker\.code=PA-/,
      );
      const top = tracker.getBoundingClientRect().top;
      expect(top, 'the tracker is in view').to.be.within(-1, 780);

      // Back: the citizen returns to the link they followed, as from a dialog to its opener.
      history.back();
      await waitFor(() => el.shadowRoot!.activeElement === link, 'focus back on "Xem phản ánh"', 5000);
      expect(location.hash).to.equal('#noi-dung&procedure-search.q=ket%20hon');
      const { top: linkTop } = link.getBoundingClientRect();
      expect(linkTop, 'the link is in view').to.be.within(-1, 780);
      await waitFor(() => !tracker.shadowRoot!.querySelector('.result-title'), 'the tracker cleared');
      expect(el.shadowRoot!.activeElement === link, 'focus stays on the link').to.equal(true);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await setViewport({ width: 800, height: 600 });
      history.replaceState(null, '', saved);
    }
  });

  it('"Xem phản ánh" reaches the tracker across a news list the citizen scrolled past (the list corrects the scroll as it measures rows)', async function () {
    this.timeout(40_000);
    await setViewport({ width: 360, height: 780 });
    const saved = location.href;
    // The virtual list's rows resize as they are measured while the page scrolls: Chromium
    // reports a benign "ResizeObserver loop" error, which is not this test's concern.
    const onerror = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).startsWith('ResizeObserver loop') || onerror?.call(window, message, ...rest);
    try {
      // As in the commune portal: the tracker, then the city's news (a virtual list), then the form.
      const { page, tracker, el } = await trackerAbove(
        html`<div style="height: 1200px"></div>
          <shp-news-feed page-size="20"></shp-news-feed>
          <div style="height: 600px"></div>`,
      );
      const news = page.querySelector('shp-news-feed')!;
      // Scrolled down by hand, past the news, so that its rows are drawn and measured.
      news.scrollIntoView({ behavior: 'instant' });
      await waitFor(() => news.shadowRoot?.querySelector('[part~="item"]'), 'the news');
      for (let y = window.scrollY; y < document.documentElement.scrollHeight; y += 300) {
        window.scrollTo({ top: y, behavior: 'instant' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      await fillValid(el);
      submitButton(el).click();
      await waitFor(() => part(el, 'success'), 'the success message', 10_000);
      const link = [...part(el, 'success')!.querySelectorAll('a')].find((a) => text(a) === 'Xem phản ánh')!;
      link.scrollIntoView({ behavior: 'instant', block: 'center' });
      link.focus();
      // A page that asks for smooth scrolling (many do): the scroll to the tracker crosses the list.
      document.documentElement.style.scrollBehavior = 'smooth';
      expect(tracker.getBoundingClientRect().bottom, 'the tracker is out of view').to.be.below(0);
      await sendKeys({ press: 'Enter' });
      await waitFor(() => tracker.shadowRoot!.activeElement?.classList.contains('result-title'), 'focus', 10_000);
      // Once the page has stopped scrolling, the tracker is in view.
      let last = NaN;
      await waitFor(
        () => {
          const now = window.scrollY;
          const still = now === last;
          last = now;
          return still;
        },
        'the scroll to settle',
        10_000,
      );
      await new Promise((r) => setTimeout(r, 1500));
      const top = tracker.getBoundingClientRect().top;
      expect(top, 'the tracker is in view').to.be.within(-1, 780);
    } finally {
      document.documentElement.style.scrollBehavior = '';
      window.onerror = onerror;
      await setViewport({ width: 800, height: 600 });
      history.replaceState(null, '', saved);
    }
  });

  it('asks for VNeID sign-in when required, and prefills contact from the profile', async () => {
    const { el } = await form(testClient(), 'require-sign-in');
    await fillValid(el);
    expect(buttonNamed(el, 'Đăng nhập bằng VNeID…')).not.to.equal(null);
    submitButton(el).click();
    await el.updateComplete;
    expect(text($(el, '#signIn-error'))).to.equal('Cần đăng nhập để gửi phản ánh.');
    await expect(el).to.be.accessible();

    el.remove();
    localStorage.clear(); // no draft: the name comes from the profile
    const tc = testClient();
    const popup = await form(tc, 'require-sign-in');
    // The popup itself is the SDK's (tested there); here the button must start it and use its answer.
    let redirectUri = '';
    tc.client.auth.signInWithPopup = async (params) => {
      redirectUri = params.redirectUri;
      return { sub: 'c-1', name: 'Lê Thị Hoa', phone: '0901234567', email: null };
    };
    buttonNamed(popup.el, 'Đăng nhập bằng VNeID…')!.click();
    await waitFor(() => $<HTMLInputElement>(popup.el, '#name')!.value === 'Lê Thị Hoa', 'the name from the sign-in');
    expect($<HTMLInputElement>(popup.el, '#phone')!.value).to.equal('0901234567');
    expect(redirectUri).to.equal(`${location.origin}${location.pathname}`);
    expect(buttonNamed(popup.el, 'Đăng nhập bằng VNeID…')).to.equal(null);
    popup.el.remove();
    localStorage.clear();

    const token = sandbox.issueToken();
    const signedIn = await form(testClient({ tokenProvider: () => token }), 'require-sign-in');
    await waitFor(() => $<HTMLInputElement>(signedIn.el, '#name')!.value !== '', 'the prefilled name');
    const me = await testClient({ tokenProvider: () => token }).client.auth.me();
    expect($<HTMLInputElement>(signedIn.el, '#name')!.value).to.equal(me.name);
    expect(buttonNamed(signedIn.el, 'Đăng nhập bằng VNeID…')).to.equal(null);
  });
});

describe('layout', () => {
  it('fits a 300 px sidebar without horizontal scrolling', async () => {
    const { el } = await form(testClient(), '', { width: 300 });
    await fillValid(el);
    const base = part(el, 'base')!;
    expect(base.getBoundingClientRect().width).to.be.at.most(300);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const field of el.shadowRoot!.querySelectorAll<HTMLElement>('input, select, textarea, button')) {
      expect(field.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    }
    await expect(el).to.be.accessible();
  });
});

async function openReport(client: ShpClient) {
  const statuses = (await client.feedback.statuses()).items.filter((s) => !s.closed).map((s) => s.code);
  const { items } = await client.feedback.list({ status: statuses, limit: 1 });
  return items[0]!;
}
