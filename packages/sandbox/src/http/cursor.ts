import { base64url } from '../util/random.js';

/** Opaque cursors: base64url of a small JSON object. */
export function encodeCursor(value: Record<string, number | string>): string {
  return base64url(new TextEncoder().encode(JSON.stringify(value)));
}

/** The cursor's object, or null when it is not one of ours. */
export function decodeCursor(cursor: string): Record<string, unknown> | null {
  try {
    const b64 = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A non-negative integer field of a cursor, or null. */
export function cursorInt(cursor: Record<string, unknown> | null, field: string): number | null {
  const v = cursor?.[field];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}
