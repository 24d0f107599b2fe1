import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesSearch, searchKey } from '@smart-haiphong/sdk';
import { foldText, matchesWords, queryWords } from '../src/util/search-fold.js';
import { testSandbox } from './helpers.js';

test('foldText is exactly searchKey: every character of its tables, alone and between letters', () => {
  for (const [from, to] of [
    [0, 0x370],
    [0x1e00, 0x1f00],
  ] as const) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, ` ${ch}${ch} `, `Đ${ch}`])
        assert.equal(foldText(text), searchKey(text), `U+${c.toString(16)}`);
    }
  }
});

test('foldText is exactly searchKey on random mixed text, outside its tables too', () => {
  // A fixed-seed generator: the same strings every run.
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
  const alphabet = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬĐÉỀỂỄỆỚỜỞỠỢỨỪỬỮỰ 0123456789,.-/!?'];
  const odd = ['\u0301', '\u0323', '\u200b', '\u202e', 'Σ', 'İ', 'ǅ', '😀', '\ud800', 'ß', 'ﬁ', '\u00a0', '\t', '\n'];
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const len = Math.floor(next() * 40);
    for (let k = 0; k < len; k++)
      text += next() < 0.05 ? odd[Math.floor(next() * odd.length)] : alphabet[Math.floor(next() * alphabet.length)];
    const t = n % 2 ? text.normalize('NFD') : text;
    assert.equal(foldText(t), searchKey(t), JSON.stringify(t));
    for (const q of ['a', 'đuong', 'ư', 'Số 1', 'ĐƯỜNG', ''])
      assert.equal(matchesWords(t, queryWords(q)), matchesSearch(t, q));
  }
});

test('on the generated reports, the fast match agrees with matchesSearch', () => {
  const store = testSandbox({ feedback: 2000 }).store.feedback;
  for (const q of ['đường', 'ngap ung', 'so 1', 'thon', 'Bình Giang', 'zzz']) {
    const words = queryWords(q);
    for (let i = 0; i < store.size; i++) {
      const text = store.describe.searchText(i);
      assert.equal(matchesWords(text, words), matchesSearch(text, q), `${q} on fb-${i + 1}`);
    }
  }
});
