import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { TEXT_LIMITS, checkText } from '../src/limits.js';
import { FeedbackSubmission } from '../src/schemas/feedback.js';
import {
  cleanText,
  matchesCategory,
  matchesSearch,
  normalizeText,
  searchKey,
  slugify,
  visibleLength,
} from '../src/text.js';

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

describe('cleanText and the text limits (one function for the form and the API)', () => {
  it('leaves nothing of six zero-width spaces, and one letter of right-to-left overrides + a letter', () => {
    assert.equal(cleanText('\u200B'.repeat(6)), '');
    assert.deepEqual(checkText('\u200B'.repeat(6), TEXT_LIMITS.feedback.title), {
      value: '',
      length: 0,
      problem: 'too_short',
    });
    assert.equal(cleanText('\u202E'.repeat(5) + 'a'), 'a');
    assert.equal(checkText('\u202E'.repeat(5) + 'a', TEXT_LIMITS.feedback.title).problem, 'too_short');
  });

  it('removes controls, bidi isolates, BOM, soft hyphens, tag characters and unpaired surrogates', () => {
    const dirty = '\uFEFF\u2067Đèn\u00AD đường\u0007 \uD800hỏng\u2069\u{E0041}\uDC00 ';
    assert.equal(cleanText(dirty), 'Đèn đường hỏng');
    assert.equal(cleanText('\u0301\u0301Ổ gà'), 'Ổ gà', 'combining marks with no letter go');
    assert.equal(visibleLength(cleanText('a' + '\u0301'.repeat(50))), 1);
    assert.ok(cleanText('a' + '\u0301'.repeat(50)).length <= 5, 'a pile of marks is cut to four');
  });

  it('keeps line breaks only in multi-line fields, and emoji sequences whole', () => {
    assert.equal(cleanText('Dòng một\r\nDòng hai\u2028ba', { multiline: true }), 'Dòng một\nDòng hai\nba');
    assert.equal(cleanText('Dòng một\r\nDòng hai'), 'Dòng một Dòng hai');
    const family = '👨\u200D👩\u200D👧';
    assert.equal(cleanText(`Gia đình ${family}`), `Gia đình ${family}`);
    assert.equal(visibleLength(family), 1);
    assert.equal(cleanText('a\u200Db'), 'ab', 'a joiner between letters is invisible: removed');
    assert.equal(cleanText('\t Cột điện nghiêng\t'), 'Cột điện nghiêng');
  });

  it('counts a 60-character decomposed title as 60, and 139 letters + 10 "⚠️" as 149', () => {
    const nfd = 'ề'.repeat(60).normalize('NFD');
    assert.equal(nfd.length, 180);
    assert.deepEqual(checkText(nfd, TEXT_LIMITS.feedback.title), {
      value: 'ề'.repeat(60),
      length: 60,
      problem: null,
    });
    const warned = 'a'.repeat(139) + '⚠️'.repeat(10);
    assert.equal(warned.length, 159);
    assert.equal(checkText(warned, TEXT_LIMITS.feedback.title).length, 149);
    assert.equal(checkText(warned, TEXT_LIMITS.feedback.title).problem, null);
    assert.equal(checkText('a' + warned + 'a', TEXT_LIMITS.feedback.title).problem, 'too_long');
  });

  it('is what the contract schemas check: limits read from TEXT_LIMITS, text stored cleaned', () => {
    const base = {
      categoryId: 'den-duong',
      content: 'Đèn đường tắt cả tuần nay.',
      location: { lat: 20.86, lon: 106.68 },
      photoIds: [],
      public: true,
    };
    const parse = (extra: Record<string, unknown>) => z.safeParse(FeedbackSubmission, { ...base, ...extra });
    const empty = parse({ title: '\u200B'.repeat(6) });
    assert.ok(!empty.success);
    assert.deepEqual(empty.error.issues[0]?.path, ['title']);
    const ok = parse({ title: ` ${'a'.repeat(139)}${'⚠️'.repeat(10)}\u200B`, address: '\u202E' });
    assert.ok(ok.success);
    assert.equal(ok.data.title, 'a'.repeat(139) + '⚠️'.repeat(10));
    assert.equal(ok.data.address, '');
    const address = parse({ title: 'Cột đèn nghiêng', address: 'đ'.repeat(TEXT_LIMITS.feedback.address.max + 1) });
    assert.ok(!address.success);
    assert.deepEqual(address.error.issues[0]?.path, ['address']);
    assert.equal(TEXT_LIMITS.feedback.address.max, 300);
    // Every limit is a non-empty range; multi-line only where a citizen writes paragraphs.
    for (const group of Object.values(TEXT_LIMITS))
      for (const limit of Object.values(group)) assert.ok(limit.min <= limit.max && limit.max > 0);
  });

  it('never grows text, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (s, multiline) => {
        const clean = cleanText(s, { multiline });
        assert.equal(cleanText(clean, { multiline }), clean);
        assert.equal(clean, clean.normalize('NFC'));
        // eslint-disable-next-line no-control-regex -- control characters must be gone
        assert.doesNotMatch(clean, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/);
        assert.doesNotThrow(() => encodeURIComponent(clean), 'no unpaired surrogate');
      }),
    );
  });
});

describe("matchesCategory (category search by a citizen's words)", () => {
  it('finds street lighting by "đèn đường", "bóng đèn", "cot den", and both lights by "đèn", over real categories', async () => {
    const { FEEDBACK_CATEGORIES } = await import('@smart-haiphong/sandbox');
    const found = (q: string) => FEEDBACK_CATEGORIES.filter((c) => matchesCategory(c, q)).map((c) => c.id);
    assert.deepEqual(found('đèn đường').includes('chieu-sang'), true);
    assert.deepEqual(found('bóng đèn'), ['chieu-sang']);
    assert.deepEqual(found('cot den'), ['chieu-sang'], 'tone marks ignored');
    assert.deepEqual(found('đèn').sort(), ['chieu-sang', 'tin-hieu-giao-thong']);
    assert.deepEqual(found('đèn giao thông'), ['tin-hieu-giao-thong']);
    assert.deepEqual(found('DEN TIN HIEU'), ['tin-hieu-giao-thong']);
    assert.ok(found('o ga').includes('duong-hu-hong'));
    assert.ok(found('street light').includes('chieu-sang'));
    for (const c of FEEDBACK_CATEGORIES) {
      assert.ok(c.keywords.length >= 3, `${c.id} has a citizen's words`);
      for (const k of c.keywords) assert.equal(k, k.normalize('NFC'));
    }
  });
});

describe('randomUUID', () => {
  it('makes v4 UUIDs without crypto.randomUUID (plain http on a LAN has only getRandomValues)', async () => {
    const { randomUUID } = await import('../src/pkce.js');
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const keys = new Set(Array.from({ length: 200 }, () => randomUUID()));
      assert.equal(keys.size, 200);
      for (const key of keys)
        assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
