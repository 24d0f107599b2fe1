import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { timeline } from './timeline.js';

const steps = [
  { at: '2026-05-12T08:00:00+07:00', label: 'Chờ tiếp nhận', actor: null, note: null },
  { at: '2026-05-13T09:30:00+07:00', label: 'Đang xử lý', actor: 'UBND xã Bình Giang', note: 'Đã giao tổ công tác' },
];
const formatDate = (at: string) => at.slice(0, 10);

describe('timeline', () => {
  it('lists the steps in order with their date, label, actor and note', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>${timeline(steps, { formatDate, label: 'Quá trình xử lý' })}</div>`,
    );
    const list = el.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Quá trình xử lý');
    const items = [...list.querySelectorAll('li')];
    expect(items).to.have.length(2);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(steps[0]!.at);
    expect(items[0]!.querySelector('time')!.textContent).to.equal('2026-05-12');
    expect(items[0]!.querySelectorAll('span')).to.have.length(0);
    expect(items[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '2026-05-13 Đang xử lý UBND xã Bình Giang Đã giao tổ công tác',
    );
    await expect(el).to.be.accessible();
  });

  it('puts the newest first for a tracker', async () => {
    const el = await fixture<HTMLElement>(html`<div>${timeline(steps, { formatDate, newestFirst: true })}</div>`);
    expect([...el.querySelectorAll('strong')].map((s) => s.textContent)).to.deep.equal(['Đang xử lý', 'Chờ tiếp nhận']);
    expect(el.querySelector('ol')!.hasAttribute('aria-label')).to.equal(false);
  });
});
