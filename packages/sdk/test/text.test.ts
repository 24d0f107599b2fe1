import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { matchesSearch, normalizeText, searchKey, slugify, visibleLength } from '../src/text.js';

// Vietnamese letters with every tone mark, in both NFC and NFD, and plain ASCII.
const vietnameseChar = fc.constantFrom(
  ...'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ AĂÂĐÊÔƠƯ'.split(''),
);
const vietnameseText = fc.array(vietnameseChar, { maxLength: 40 }).map((cs) => cs.join(''));
const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202E', '\u2066', '\u200F');

describe('searchKey', () => {
  it('finds "Bệnh viện" when typed without tone marks', () => {
    assert.equal(searchKey('Bệnh viện Việt Tiệp'), 'benh vien viet tiep');
    assert.ok(matchesSearch('Bệnh viện Việt Tiệp', 'benh vien'));
    assert.ok(matchesSearch('Xã Bình Giang', 'binh giang'));
    assert.ok(matchesSearch('Đường Đà Nẵng', 'duong da nang'));
    assert.ok(!matchesSearch('Bệnh viện Việt Tiệp', 'truong hoc'));
  });

  it('is the same for NFC and NFD input, and idempotent', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const key = searchKey(s);
        assert.equal(searchKey(s.normalize('NFD')), key);
        assert.equal(searchKey(key), key);
        assert.doesNotMatch(key, /[\u0300-\u036fđĐA-Z]/);
      }),
    );
  });

  it('lets any text be found by itself without tone marks, in any case', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        assert.ok(matchesSearch(s, searchKey(s).toUpperCase()));
        assert.ok(matchesSearch(s, s));
      }),
    );
  });
});

describe('normalizeText', () => {
  it('returns NFC without zero-width or bidi-control characters, idempotently', () => {
    fc.assert(
      fc.property(vietnameseText, fc.array(invisible, { maxLength: 5 }), fc.nat(40), (s, junk, at) => {
        const dirty = s.normalize('NFD').slice(0, at) + junk.join('') + s.normalize('NFD').slice(at);
        const clean = normalizeText(dirty);
        assert.equal(clean, clean.normalize('NFC'));
        assert.doesNotMatch(clean, /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/);
        assert.equal(normalizeText(clean), clean);
      }),
    );
  });

  it('counts characters as the reader sees them', () => {
    assert.equal(visibleLength('Việt'), 4);
    assert.equal(visibleLength('Việt'.normalize('NFD')), 4);
    assert.equal(visibleLength('A\u200Bb'), 2);
    fc.assert(
      fc.property(vietnameseText, (s) =>
        assert.equal(visibleLength(s.normalize('NFD')), [...s.normalize('NFC')].length),
      ),
    );
  });

  it('slugifies unit names as the city data does', () => {
    assert.equal(slugify('Bình Giang'), 'binh-giang');
    assert.equal(slugify('Đặc khu Bạch Long Vĩ'), 'dac-khu-bach-long-vi');
  });
});
