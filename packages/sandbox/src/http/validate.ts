import type { Endpoint } from '@smart-haiphong/sdk';

/** A contract schema (zod), typed through the SDK so that the sandbox needs no zod import. */
export type Schema = Endpoint['response'];

export type Validated<T> =
  { ok: true; value: T } | { ok: false; errors: { param: string; message: string; code?: string }[] };

/**
 * Validate with a contract schema through its Standard Schema interface (`~standard`), so
 * the sandbox needs no zod of its own and uses exactly the SDK's schemas. Issue paths are
 * prefixed with where the value came from: `query.bbox`, `body.location.lat`.
 */
export function validate<T = unknown>(
  schema: Schema,
  value: unknown,
  prefix: string,
  lang?: 'vi' | 'en',
): Validated<T> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error('async schemas are not used by the contract');
  if (!result.issues) return { ok: true, value: result.value as T };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = (issue.path ?? []).map((p) => (typeof p === 'object' && p !== null ? String(p.key) : String(p)));
      // A contract rule may carry its code and both languages (the rollout report's arithmetic).
      const params = (issue as { params?: { rule?: unknown; vi?: unknown; en?: unknown } }).params;
      const localized = lang && typeof params?.[lang] === 'string' ? (params[lang] as string) : issue.message;
      return {
        param: [prefix, ...path].join('.'),
        message: localized,
        ...(typeof params?.rule === 'string' ? { code: params.rule } : {}),
      };
    }),
  };
}
