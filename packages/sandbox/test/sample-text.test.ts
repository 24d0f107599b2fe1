/**
 * Generated sample reports must read as a citizen would write them: checked over every
 * generated title, content, address and answer of a default-sized sandbox.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Feedback, TEXT_LIMITS, checkText } from '@smart-haiphong/sdk';
import { REJECT_REASONS, TEMPLATES } from '../src/data/feedback-templates.js';
import { STREETS_HD, STREETS_HP } from '../src/data/vocabulary.js';
import { createSandbox } from '../src/index.js';
import { NOW, ORIGIN } from './helpers.js';

const sandbox = createSandbox({ seed: 1, feedback: 2000, places: 0, now: NOW });
const reports: Feedback[] = [];
for (let i = 0; i < sandbox.store.feedback.size; i++) reports.push(sandbox.store.feedback.describe.full(i, ORIGIN));

const DOUBLED = /(?<![\p{L}\p{N}])(\p{L}+)\s+\1(?![\p{L}\p{N}])/iu;
// "thôn"/"xóm" name a village: the next word is its name (capitalised) or number ("liên thôn" is a road type).
const VILLAGE_LOWER = /(?<!liên )(?<![\p{L}])(?:thôn|xóm) (?=\p{Ll})/u;
const STREET_NAMES = [...new Set([...STREETS_HP, ...STREETS_HD])];

function texts(r: Feedback): [string, string][] {
  return [
    ['title', r.title],
    ['content', r.content],
    ['address', r.address ?? ''],
    ['answer', r.answer?.body ?? ''],
  ];
}

test(`no doubled word ("Đường Đường tỉnh", "đoạn đường đường") in ${reports.length} generated reports`, () => {
  const bad = reports.flatMap((r) =>
    texts(r)
      .filter(([, t]) => DOUBLED.test(t))
      .map(([f, t]) => `${r.id} ${f}: ${t}`),
  );
  assert.deepEqual(bad.slice(0, 5), []);
});

test('village and street names are capitalised after thôn, xóm and đường', () => {
  const bad: string[] = [];
  for (const r of reports) {
    for (const [field, t] of texts(r)) {
      if (VILLAGE_LOWER.test(t)) bad.push(`${r.id} ${field}: ${t}`);
      for (const name of STREET_NAMES) {
        if (t.includes(`đường ${name.toLowerCase()}`) || t.includes(`Đường ${name.toLowerCase()}`))
          bad.push(`${r.id} ${field}: ${t}`);
      }
    }
  }
  assert.deepEqual(bad.slice(0, 5), []);
  assert.ok(
    reports.some((r) => /thôn [\p{Lu}\d]/u.test(r.title)),
    'villages do appear in titles (the check is not vacuous)',
  );
});

test("each report's content and answer tell the problem its title names (the same template)", () => {
  const bad: string[] = [];
  for (const r of reports) {
    const templates = TEMPLATES[r.categoryId] ?? [];
    const pattern = (title: string) =>
      new RegExp(`^${title.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`, 'u');
    const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
    const matching = templates.filter(
      (t) => pattern(t.title).test(r.title) || pattern(t.title).test(lowerFirst(r.title)),
    );
    if (matching.length === 0) {
      bad.push(`${r.id}: no template for "${r.title}"`);
      continue;
    }
    const told = matching.some((t) => r.content.includes(t.detail) || r.content.includes(lowerFirst(t.detail)));
    if (!told) bad.push(`${r.id}: "${r.title}" described as "${r.content}"`);
    if (r.status === 'resolved') {
      const fits = matching.some((t) => t.answers.includes(r.answer?.body ?? ''));
      if (!fits) bad.push(`${r.id}: "${r.title}" answered "${r.answer?.body}"`);
    }
    if (r.status === 'rejected' && !REJECT_REASONS.includes(r.answer?.body as (typeof REJECT_REASONS)[number]))
      bad.push(`${r.id}: rejected without a reason`);
  }
  assert.deepEqual(bad.slice(0, 5), []);
});

test('every generated title and content would pass the contract (cleaned, within TEXT_LIMITS), starting with a capital', () => {
  for (const r of reports) {
    const title = checkText(r.title, TEXT_LIMITS.feedback.title);
    assert.equal(title.problem, null, r.title);
    assert.equal(title.value, r.title, 'already clean (NFC, no invisible characters, trimmed)');
    assert.equal(checkText(r.content, TEXT_LIMITS.feedback.content).problem, null, r.content);
    assert.match(r.title, /^[\p{Lu}\d]/u, r.title);
  }
});
