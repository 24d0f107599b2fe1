import { expect } from '@open-wc/testing';
import {
  directionsUrl,
  displayPhone,
  formatDistance,
  internationalPhone,
  telHref,
  websiteHref,
} from './place-links.js';

describe('place links: phone, directions, distance', () => {
  it('turns Vietnamese numbers into tel: links in international form', () => {
    const cases: [string | null, string | null][] = [
      ['0225 3123 456', 'tel:+842253123456'],
      ['0225.3123.456', 'tel:+842253123456'],
      ['(0225) 3 123 456', 'tel:+842253123456'],
      ['0912 345 678', 'tel:+84912345678'],
      ['+84 912 345 678', 'tel:+84912345678'],
      ['84912345678', 'tel:+84912345678'],
      ['0084 225 3123 456', 'tel:+842253123456'],
      ['0225 3123 456; 0912 345 678', 'tel:+842253123456'],
      ['ĐT: 0912-345-678', 'tel:+84912345678'],
      ['1022', 'tel:1022'],
      ['115', 'tel:115'],
      ['1900 1234', 'tel:19001234'],
      ['không có', null],
      ['12', null],
      ['', null],
      [null, null],
    ];
    for (const [input, want] of cases) expect(telHref(input), String(input)).to.equal(want);
    expect(internationalPhone('0225 3123 456')).to.equal('+842253123456');
  });

  it('shows numbers in Vietnamese grouping', () => {
    expect(displayPhone('+842253123456')).to.equal('0225 3123 456');
    expect(displayPhone('0225 312 3456')).to.equal('0225 3123 456');
    expect(displayPhone('+84 912 345 678')).to.equal('0912 345 678');
    expect(displayPhone('1022')).to.equal('1022');
    expect(displayPhone('+33 1 23 45 67 89')).to.equal('+33 1 23 45 67 89');
    expect(displayPhone('abc')).to.equal(null);
  });

  it('builds directions links for each provider, with the place’s coordinates', () => {
    const place = { lat: 20.8561234567, lon: 106.6822, name: 'Nhà hát lớn Hải Phòng (Ba Đình)' };
    expect(directionsUrl('google', place)).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=20.856123%2C106.6822',
    );
    const osm = new URL(directionsUrl('osm', place));
    expect(osm.origin + osm.pathname).to.equal('https://www.openstreetmap.org/directions');
    expect(osm.searchParams.get('route')).to.equal(';20.856123,106.6822');
    const geo = directionsUrl('geo', place);
    expect(geo.startsWith('geo:20.856123,106.6822?q=20.856123,106.6822(')).to.equal(true);
    expect(decodeURIComponent(geo.slice(geo.indexOf('(') + 1, -1))).to.equal('Nhà hát lớn Hải Phòng  Ba Đình');
  });

  it('formats distances in the locale', () => {
    expect(formatDistance(347, 'vi')).to.equal('350 m');
    expect(formatDistance(3, 'vi')).to.equal('10 m');
    expect(formatDistance(1234, 'vi')).to.equal('1,2 km');
    expect(formatDistance(1234, 'en')).to.equal('1.2 km');
    expect(formatDistance(998, 'vi')).to.equal('1 km');
    expect(formatDistance(12_345, 'vi')).to.equal('12 km');
    expect(formatDistance(Number.NaN, 'vi')).to.equal('');
  });

  it('links a website only when it is http(s)', () => {
    expect(websiteHref('https://benhvien.example.vn/')).to.equal('https://benhvien.example.vn/');
    expect(websiteHref('www.example.vn')).to.equal('https://www.example.vn/');
    expect(websiteHref('http://a.example/x; http://b.example')).to.equal('http://a.example/x');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'ftp://a.example',
      'localhost',
      'a b.vn',
      '',
      null,
    ]) {
      expect(websiteHref(bad), String(bad)).to.equal(null);
    }
  });
});
