import { expect } from '@open-wc/testing';
import { isVietnamPublicHoliday, openingHoursAt, parseOpeningHours } from './opening-hours.js';

/** An instant given in Hải Phòng time. */
const hp = (local: string) => new Date(`${local}+07:00`);

const WEEKDAYS_SPLIT = 'Mo-Fr 07:00-11:30,13:30-17:00';

describe('opening hours (OpenStreetMap syntax, Hải Phòng time)', () => {
  it('24/7 is open with no closing time, every day all day', () => {
    const s = openingHoursAt('24/7', hp('2026-11-30T03:00:00'));
    expect(s.state).to.equal('open');
    if (s.state !== 'open') return;
    expect(s.closesAt).to.equal(null);
    expect(s.week.map((d) => d.spans)).to.deep.equal(Array(7).fill([{ from: '00:00', to: '24:00' }]));
  });

  it('a split weekday schedule: open in the morning, closed at lunch, open again after', () => {
    const morning = openingHoursAt(WEEKDAYS_SPLIT, hp('2026-11-30T09:00:00')); // Monday
    expect(morning.state).to.equal('open');
    if (morning.state === 'open') expect(morning.closesAt).to.include({ time: '11:30', daysAhead: 0, weekday: 0 });

    const lunch = openingHoursAt(WEEKDAYS_SPLIT, hp('2026-11-30T12:15:00'));
    expect(lunch.state).to.equal('closed');
    if (lunch.state === 'closed') {
      expect(lunch.opensAt).to.include({ time: '13:30', daysAhead: 0, date: '2026-11-30' });
      expect(lunch.opensAt?.at.toISOString()).to.equal('2026-11-30T06:30:00.000Z');
    }

    const edge = openingHoursAt(WEEKDAYS_SPLIT, hp('2026-11-30T11:30:00'));
    expect(edge.state, 'closing minute is closed').to.equal('closed');
    expect(openingHoursAt(WEEKDAYS_SPLIT, hp('2026-11-30T07:00:00')).state, 'opening minute is open').to.equal('open');
  });

  it('after Friday closing it next opens on Monday morning, and the week shows weekdays only', () => {
    const s = openingHoursAt(WEEKDAYS_SPLIT, hp('2026-12-04T17:30:00')); // Friday
    expect(s.state).to.equal('closed');
    if (s.state !== 'closed') return;
    expect(s.opensAt).to.include({ date: '2026-12-07', weekday: 0, time: '07:00', daysAhead: 3 });
    expect(s.week.map((d) => d.date)).to.deep.equal([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(s.week.filter((d) => d.today).map((d) => d.weekday)).to.deep.equal([4]);
    expect(s.week[2]?.spans).to.deep.equal([
      { from: '07:00', to: '11:30' },
      { from: '13:30', to: '17:00' },
    ]);
    expect(s.week[5]?.spans).to.deep.equal([]);
    expect(s.week[6]?.spans).to.deep.equal([]);
  });

  it('Saturday mornings only: open on Saturday, and on Monday says it opens on Saturday', () => {
    const sat = openingHoursAt('Sa 07:00-11:00', hp('2026-12-05T08:00:00'));
    expect(sat.state).to.equal('open');
    if (sat.state === 'open') expect(sat.closesAt).to.include({ time: '11:00', weekday: 5 });
    const mon = openingHoursAt('Sa 07:00-11:00', hp('2026-11-30T08:00:00'));
    expect(mon.state).to.equal('closed');
    if (mon.state === 'closed') expect(mon.opensAt).to.include({ date: '2026-12-05', time: '07:00', daysAhead: 5 });
  });

  it('PH off closes on a public holiday (2/9) and nowhere else', () => {
    const value = `${WEEKDAYS_SPLIT}; Sa 07:00-11:00; PH off`;
    const holiday = openingHoursAt(value, hp('2026-09-02T09:00:00')); // Wednesday, Quốc khánh
    expect(holiday.state).to.equal('closed');
    if (holiday.state === 'closed') {
      expect(holiday.opensAt).to.include({ date: '2026-09-03', time: '07:00' });
      const today = holiday.week.find((d) => d.today);
      expect(today).to.include({ holiday: true, date: '2026-09-02' });
      expect(today?.spans).to.deep.equal([]);
    }
    expect(openingHoursAt(value, hp('2026-09-03T09:00:00')).state).to.equal('open');
    expect(openingHoursAt(value, hp('2026-09-05T09:00:00')).state, 'Saturday').to.equal('open');
    // A custom holiday calendar replaces the built-in one.
    expect(openingHoursAt(value, hp('2026-09-02T09:00:00'), { isHoliday: () => false }).state).to.equal('open');
  });

  it('PH opens a place on holidays that is otherwise closed that day', () => {
    const value = 'Mo-Fr 08:00-17:00; Su,PH 08:00-12:00';
    expect(openingHoursAt(value, hp('2026-05-01T10:00:00')).state, 'Friday 1/5').to.equal('open');
    expect(openingHoursAt(value, hp('2026-05-01T14:00:00')).state, 'afternoon of 1/5').to.equal('closed');
    expect(isVietnamPublicHoliday('2026-02-17'), 'Tết 2026').to.equal(true);
    expect(isVietnamPublicHoliday('2026-11-30')).to.equal(false);
  });

  it('is evaluated in Hải Phòng time whatever the device zone', () => {
    // 02:00 UTC is 09:00 in Hải Phòng: open. A device-local evaluation in UTC would say closed.
    const s = openingHoursAt(WEEKDAYS_SPLIT, new Date('2026-11-30T02:00:00Z'));
    expect(s.state).to.equal('open');
    // 20:00 UTC on Sunday is 03:00 on Monday in Hải Phòng: Monday is today.
    const t = openingHoursAt(WEEKDAYS_SPLIT, new Date('2026-11-29T20:00:00Z'));
    expect(t.state).to.equal('closed');
    if (t.state === 'closed') {
      expect(t.opensAt).to.include({ date: '2026-11-30', time: '07:00', daysAhead: 0 });
      expect(t.week.find((d) => d.today)?.date).to.equal('2026-11-30');
    }
  });

  it('spans past midnight stay open into the next day', () => {
    const s = openingHoursAt('Mo-Su 18:00-02:00', hp('2026-12-01T01:00:00'));
    expect(s.state).to.equal('open');
    if (s.state === 'open') {
      expect(s.closesAt).to.include({ date: '2026-12-01', time: '02:00' });
      expect(s.week[0]?.spans).to.deep.equal([{ from: '18:00', to: '02:00' }]);
    }
    const full = openingHoursAt('Mo-Su 00:00-24:00', hp('2026-12-01T01:00:00'));
    expect(full.state === 'open' && full.closesAt).to.equal(null);
  });

  it('later rules replace earlier ones for their days; additional rules add to them', () => {
    expect(openingHoursAt('Mo-Su 08:00-17:00; Su off', hp('2026-12-06T10:00:00')).state).to.equal('closed');
    expect(openingHoursAt('Mo-Su 08:00-17:00; Su off', hp('2026-12-05T10:00:00')).state).to.equal('open');
    const additional = 'Mo-Fr 08:00-12:00, We 14:00-18:00';
    expect(openingHoursAt(additional, hp('2026-12-02T15:00:00')).state, 'Wednesday afternoon').to.equal('open');
    expect(openingHoursAt(additional, hp('2026-12-02T09:00:00')).state, 'Wednesday morning').to.equal('open');
    expect(openingHoursAt(additional, hp('2026-12-03T15:00:00')).state, 'Thursday afternoon').to.equal('closed');
    expect(openingHoursAt('Sa-Mo 09:00-10:00', hp('2026-11-29T09:30:00')).state, 'wrapping range').to.equal('open');
    expect(openingHoursAt('Sa-Mo 09:00-10:00', hp('2026-12-01T09:30:00')).state).to.equal('closed');
  });

  it('tolerates case, spacing, dashes and a trailing semicolon', () => {
    for (const v of [
      'mo-fr 07:00 - 11:30 , 13:30-17:00;',
      'Mo–Fr 07:00–11:30,13:30–17:00',
      '  Mo-Fr  07:00-11:30,13:30-17:00 ',
    ]) {
      expect(openingHoursAt(v, hp('2026-11-30T14:00:00')).state, v).to.equal('open');
    }
  });

  it('says unknown, never throws, for missing, malformed and unsupported values', () => {
    const values: unknown[] = [
      null,
      undefined,
      '',
      '   ',
      ';',
      42,
      'Mo-Fr 8h-17h',
      'Thứ 2 - Thứ 6: 7h30 - 17h',
      'Mo-Fr 07:00-25:00',
      'Mo-Fr 07:00-',
      'Mo-Fr 17:00-17:00',
      'Mo-Fr',
      'Xy 07:00-11:00',
      'Mo-Fr 07:60-11:00',
      'sunrise-sunset',
      'Jan-Mar Mo-Fr 08:00-12:00',
      'Mo-Fr 10:00+',
      '"theo lịch hẹn"',
      'Mo-Fr 08:00-17:00 || "by appointment"',
      'Mo-Fr 08:00-12:00;; Sa 08:00-12:00',
      'x'.repeat(10_000),
    ];
    for (const v of values) {
      expect(openingHoursAt(v as string, hp('2026-11-30T09:00:00')), String(v).slice(0, 40)).to.deep.equal({
        state: 'unknown',
      });
    }
    expect(openingHoursAt('24/7', new Date(Number.NaN))).to.deep.equal({ state: 'unknown' });
    expect(parseOpeningHours('Mo-Fr 8h-17h')).to.equal(null);
    expect(parseOpeningHours('24/7')).to.not.equal(null);
  });
});
