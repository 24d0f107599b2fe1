import { createSandbox, createSandboxHandlers, type Sandbox } from '@smart-haiphong/sandbox/msw';
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startSandbox, testClient, waitFor, type TestClient } from '../../../test/sandbox.js';
import { expectBusyKeepsFocus } from '../../../test/busy.js';
import './rollout-report.js';
import type { ShpRolloutReport } from './rollout-report.js';

const CAMPAIGN = 'binh-giang-2026-smart-haiphong';
const $$ = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] => [
  ...root.querySelectorAll<T>(selector),
];
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let sandbox: Sandbox;

before(async () => {
  const worker = await startSandbox();
  // The sample data as it stands after every deadline (15/03 and 31/03/2026): nothing is sent here.
  sandbox = createSandbox({
    feedback: 20,
    places: 10,
    dossiers: 5,
    seed: 3,
    clock: () => Date.parse('2026-04-15T09:00:00+07:00'),
  });
  worker.use(...createSandboxHandlers({ sandbox }));
});
afterEach(() => window.dispatchEvent(new Event('online')));

const signedIn = (hint: string): TestClient => {
  const token = sandbox.issueToken(hint);
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

describe('dashboard (the collecting office)', () => {
  it('counts who has reported and who has not, by group, with late and overdue flags as in the sample data', async () => {
    const tc = signedIn('collector:binh-giang');
    const el = await report(tc); // no mode: the collector's role chooses the dashboard
    await waitFor(() => part(el, 'dashboard'), 'the dashboard');
    const d = await tc.client.campaigns.dashboard(CAMPAIGN);
    // The sample data (packages/sandbox/README.md): 25 bodies, 20 reported, 4 of them late, 5 not.
    expect([d.overall.expected, d.overall.reported, d.overall.late, d.overall.overdue]).to.deep.equal([25, 20, 4, 5]);

    const counts = part(el, 'counts')!;
    expect(text(counts.querySelector('[data-count="reported"]'))).to.equal('20/25 đơn vị đã báo cáo');
    expect(text(counts.querySelector('[data-count="late"]'))).to.equal('4 nộp muộn');
    expect(text(counts.querySelector('[data-count="overdue"]'))).to.equal('5 quá hạn chưa nộp');

    const groups = $$(part(el, 'groups')!, 'tbody tr');
    expect(groups.map((tr) => tr.dataset['group'])).to.deep.equal(d.groups.map((g) => g.groupId));
    for (const [i, g] of d.groups.entries()) {
      const cells = $$(groups[i]!, 'td').map((td) => text(td));
      expect(cells.slice(1)).to.deep.equal([`${g.reported}/${g.expected}`, String(g.late), String(g.overdue)]);
      expect(cells[0]).to.contain('đã hết hạn');
    }

    // Every body's flag is the server's: late ones, overdue ones.
    const flagged = (cls: string) =>
      $$(el.shadowRoot!, '[part~="bodies"] li')
        .filter((li) => li.querySelector(`.flag.${cls}`))
        .map((li) => li.dataset['body']);
    expect(flagged('late')).to.deep.equal(d.bodies.filter((b) => b.late).map((b) => b.body.id));
    expect(flagged('overdue')).to.deep.equal(d.bodies.filter((b) => b.overdue).map((b) => b.body.id));
    expect(flagged('late')).to.include('thon-mau-3');
    expect(flagged('overdue')).to.include('thon-mau-4');

    // The bodies to remind: those that have not reported.
    expect(
      $$(part(el, 'remind')!, 'li')
        .map((li) => li.dataset['body'])
        .sort(),
    ).to.deep.equal(
      d.bodies
        .filter((b) => !b.reported)
        .map((b) => b.body.id)
        .sort(),
    );

    // Installed share by body and overall: a table with bars.
    const chart = part(el, 'chart')!;
    expect($$(chart, 'tbody tr')).to.have.length(20);
    expect(text(chart.querySelector('tfoot th'))).to.equal('Toàn xã');
    expect(text(chart.querySelector('tfoot .share-value'))).to.equal(
      el.formatNumber(d.overall.share!, { style: 'percent', maximumFractionDigits: 1 }),
    );
    await expect(el).to.be.accessible();
  });

  it('exports every report as one CSV with a BOM', async () => {
    const tc = signedIn('collector:binh-giang');
    const el = await report(tc, 'mode="dashboard" locale="en"');
    await waitFor(() => part(el, 'dashboard'), 'the dashboard');
    expect(text(part(el, 'counts'))).to.contain('4 late');
    const create = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return create.call(URL, b);
    };
    try {
      (part(el, 'export-button') as HTMLButtonElement).click();
      await waitFor(() => blob, 'the CSV');
    } finally {
      URL.createObjectURL = create;
    }
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]).to.equal(
      'Đơn vị báo cáo,Số báo cáo,Ngày báo cáo,Lần gửi,Nộp muộn,STT,Tên đơn vị,Tổng số,Đã cài đặt,Chưa cài đặt,Lý do chưa cài đặt',
    );
    const { items } = await tc.client.campaigns.reports(CAMPAIGN);
    expect(lines).to.have.length(1 + items.reduce((n, r) => n + r.rows.length, 0));
    expect(lines.some((l) => l.startsWith('Thôn mẫu 3,'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the export button pressed with Enter while the file is prepared, and fetches once', async () => {
    const tc = signedIn('collector:binh-giang');
    const el = await report(tc, 'mode="dashboard"');
    await waitFor(() => part(el, 'dashboard'), 'the dashboard');
    const exportButton = part(el, 'export-button') as HTMLButtonElement;
    const fetches = () => tc.requests.filter((r) => new URL(r.url).pathname.endsWith('/reports')).length;
    const create = URL.createObjectURL;
    let files = 0;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      files++;
      return create.call(URL, b);
    };
    try {
      exportButton.focus();
      tc.setFault('slow:1500'); // long enough to be seen busy
      await sendKeys({ press: 'Enter' });
      await waitFor(() => text(exportButton) === 'Đang chuẩn bị tệp…', 'the button busy');
      tc.setFault(undefined);
      await expectBusyKeepsFocus(el, exportButton); // and pressed again while busy: nothing more is fetched
      await waitFor(() => files > 0, 'the CSV');
      await waitFor(() => exportButton.getAttribute('aria-disabled') === 'false', 'the button ready again');
    } finally {
      URL.createObjectURL = create;
    }
    expect(fetches()).to.equal(1);
    expect(files).to.equal(1);
    expect(el.shadowRoot!.activeElement === exportButton, 'focus still on the button').to.equal(true);
    expect(document.activeElement === el, 'focus in the widget').to.equal(true);
  });

  it('asks for sign-in, refuses an officer, fits 300 px, and shows an error with retry', async () => {
    const out = await report(testClient(), 'mode="dashboard" unit="binh-giang"');
    await waitFor(() => part(out, 'sign-in'), 'the sign-in prompt');
    expect(text(part(out, 'sign-in'))).to.contain('Phòng Văn hóa – Xã hội đăng nhập');
    await expect(out).to.be.accessible();

    const officer = await report(signedIn('officer:thon-mau-1'), 'mode="dashboard"');
    await waitFor(() => part(officer, 'empty'), 'the no-role message');
    expect(text(part(officer, 'empty'))).to.contain('không phải bộ phận tổng hợp');

    const tc = signedIn('collector:binh-giang');
    tc.setFault('503');
    const el = await report(tc, 'mode="dashboard"', 300);
    await waitFor(() => part(el, 'error'), 'the error');
    await expect(el).to.be.accessible();
    tc.setFault(undefined);
    part(el, 'retry-button')!.click();
    await waitFor(() => part(el, 'dashboard'), 'the dashboard after retry');
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await expect(el).to.be.accessible();
  });
});
