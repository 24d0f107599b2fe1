import assert from 'node:assert/strict';
import { endpoints } from '@smart-haiphong/sdk';
import { type Sandbox, type SandboxOptions, createSandbox } from '../src/index.js';
import type { HandleContext } from '../src/sandbox.js';
import { Router } from '../src/http/router.js';
import { validate } from '../src/http/validate.js';

/** A fixed reference time, so that every test run sees the same data. */
export const NOW = Date.parse('2026-11-22T10:00:00+07:00');
export const ORIGIN = 'http://sandbox.test';

export function testSandbox(options: SandboxOptions = {}): Sandbox {
  return createSandbox({ seed: 1, feedback: 3000, places: 600, now: NOW, validateResponses: true, ...options });
}

const router = new Router(endpoints);

// Answers are JSON read by tests field by field: `any` keeps them short; schemas check the shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * Call the sandbox in-process. A 2xx JSON answer of a contract endpoint is checked against
 * the endpoint's response schema; a problem answer against the Problem shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(
  sandbox: Sandbox,
  path: string,
  init: RequestInit = {},
  context: HandleContext = {},
): Promise<Answer<T>> {
  const request = new Request(ORIGIN + path, init);
  const response = await sandbox.handle(request, context);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') && text ? JSON.parse(text) : text;
  const route = router.match(request.method, new URL(request.url).pathname);
  if (response.ok && type.includes('json') && route.kind === 'match') {
    const v = validate(route.endpoint.response, body, 'response');
    assert.ok(v.ok, `${path}: answer breaks ${route.endpoint.id}'s schema: ${JSON.stringify(!v.ok && v.errors)}`);
  }
  if (!response.ok && response.status !== 302) {
    assert.match(type, /application\/problem\+json/, `${path}: an error must be a problem document`);
    assert.equal(body.status, response.status);
    assert.equal(typeof body.title, 'string');
    assert.equal(typeof body.code, 'string');
  }
  return { status: response.status, headers: response.headers, body, text };
}

export const jsonInit = (body: unknown, headers: Record<string, string> = {}, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** A valid feedback submission in xã Bình Giang. */
export const submission = (extra: Record<string, unknown> = {}) => ({
  categoryId: 'duong-hu-hong',
  title: 'Ổ gà lớn trước cổng chợ',
  content: 'Mặt đường có ổ gà sâu, xe máy đi qua rất nguy hiểm, đề nghị sửa chữa.',
  location: { lat: 20.876, lon: 106.193 },
  unit: 'binh-giang',
  photoIds: [],
  public: true,
  ...extra,
});

/** A valid Phụ lục 01 report of a sample thôn, with three rows. */
export const rolloutReport = (extra: Record<string, unknown> = {}) => ({
  header: {
    managingBody: 'Ủy ban nhân dân xã Bình Giang',
    bodyName: 'Thôn mẫu 4',
    place: 'Bình Giang',
    date: '2026-03-20',
    recipient: 'Ủy ban nhân dân xã Bình Giang',
  },
  rows: [
    { name: 'Nhóm hộ mẫu 1', total: 120, installed: 100, reason: 'Người cao tuổi' },
    { name: 'Nhóm hộ mẫu 2', total: 80, installed: 80 },
    { name: 'Nhóm hộ mẫu 3', total: 45, installed: 30, reason: 'Đi làm ăn xa' },
  ],
  recipients: ['Như trên', 'Lưu: VT'],
  signer: { title: 'TRƯỞNG THÔN', name: 'Người ký mẫu' },
  ...extra,
});

/** A 1×1 PNG. */
export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** A real 16×12 JPEG (Chromium's canvas encoder, with its ICC profile). */
export { JPEG_16X12 as JPEG } from './fixtures/images.js';
