import * as z from 'zod/mini';
import { contract, endpoints } from './contract.js';
import { textLimitOf } from './schemas/citizen-text.js';
import { Problem } from './schemas/common.js';
import type { Endpoint } from './schemas/endpoint.js';
import * as schemas from './schemas/index.js';

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the API, generated from the contract (the zod schemas
 * and the endpoint list), never written by hand. For the city's backend team.
 */
export function buildOpenApi(options: { serverUrl?: string; version?: string } = {}): Record<string, unknown> {
  // Every exported schema object becomes a named component; answers refer to them.
  const registry = z.registry<{ id: string }>();
  const named = new Map<unknown, string>();
  for (const [name, value] of Object.entries(schemas)) {
    if (
      isSchema(value) &&
      !named.has(value) &&
      /^[A-Z]/.test(name) &&
      !name.endsWith('Param') &&
      !name.endsWith('Query')
    ) {
      registry.add(value, { id: name });
      named.set(value, name);
    }
  }
  const responseName = (e: Endpoint) => named.get(e.response) ?? pascal(e.id);
  for (const e of endpoints) {
    if (!named.has(e.response)) {
      registry.add(e.response, { id: pascal(e.id) });
      named.set(e.response, pascal(e.id));
    }
  }
  const components = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    override: describeLimits,
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas as Record<string, JsonSchema>;
  // `$id` with a fragment is not allowed in JSON Schema 2020-12; the component name is the id.
  for (const schema of Object.values(components)) {
    delete schema.$schema;
    delete schema.$id;
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const parameters: unknown[] = [];
    for (const [location, shapeOwner] of [
      ['path', e.params],
      ['query', e.query],
    ] as const) {
      if (!shapeOwner) continue;
      for (const [name, schema] of Object.entries(shapeOwner._zod.def.shape)) {
        const optional = (schema as z.core.$ZodType)._zod.optin === 'optional';
        parameters.push({
          name,
          in: location,
          required: location === 'path' || !optional,
          schema: inline(schema as z.core.$ZodType, 'input'),
        });
      }
    }
    if (e.idempotent) {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: e.id !== 'feedback.uploadMedia',
        description:
          'A unique key per logical write: repeating it returns the first result and creates nothing new. ' +
          'After a timeout, a dropped connection or an unreadable answer, retry with the same key.',
        schema: { type: 'string', maxLength: 255 },
      });
    }
    const problem = (description: string) => ({
      description,
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
    const responses: Record<string, unknown> = {
      [String(e.status ?? 200)]: {
        description: 'Success',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${responseName(e)}` } } },
        // Personal data (the signed-in citizen's, a dossier's) is never kept by a cache.
        ...(e.auth === 'required' || e.rateLimited
          ? {
              headers: {
                'Cache-Control': {
                  description: 'Personal data: no cache may keep the answer',
                  schema: { type: 'string', const: 'no-store' },
                },
              },
            }
          : {}),
      },
      '400': problem('The request breaks the contract; `param` names the field'),
      '500': problem('Server error'),
    };
    if (e.params) responses['404'] = problem('Not found');
    if (e.auth === 'required') responses['401'] = problem('Sign-in needed');
    if (e.rateLimited) {
      responses['429'] = {
        ...problem('Too many requests; wait for `Retry-After` seconds'),
        headers: { 'Retry-After': { schema: { type: 'integer' } } },
      };
    }
    for (const [status, when] of Object.entries(e.problems ?? {})) responses[status] = problem(when);
    if (e.idempotent) responses['422'] = problem('The Idempotency-Key was used with another body');
    if (e.body || e.binaryBody) {
      responses['413'] = problem('The body is too large (JSON: 1 MiB; photos: `config.maxPhotoBytes`)');
      responses['415'] = problem('The body is not of an accepted media type (or a photo is no image at all)');
    }
    const operation: Record<string, unknown> = {
      operationId: e.id,
      tags: [e.tag],
      summary: e.summary,
      parameters,
      responses,
    };
    if (e.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: inline(e.body, 'input') } },
      };
    }
    if (e.binaryBody) {
      operation.requestBody = {
        required: true,
        content: Object.fromEntries(e.binaryBody.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
      };
    }
    if (e.auth) operation.security = e.auth === 'required' ? [{ bearer: [] }] : [{ bearer: [] }, {}];
    (paths[e.path] ??= {})[e.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Smart Hải Phòng API',
      version: options.version ?? '1.0.0',
      description:
        'Citizen feedback (phản ánh kiến nghị), dossiers (hồ sơ), procedures, places, news and the app’s rollout campaigns (Phụ lục 01 reports) of Hải Phòng city. ' +
        'Errors are RFC 9457 problem documents naming the field at fault (`param`); no input causes a 5xx, ' +
        'and a 5xx carries a `requestId`, never an exception message. Every answer carries `X-Request-Id` ' +
        'and `X-Content-Type-Options: nosniff`. Generated from the zod schemas of @smart-haiphong/sdk.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: options.serverUrl ?? '/' }],
    tags: Object.keys(contract).map((name) => ({ name })),
    paths,
    components: {
      schemas: { ...components, Problem: components.Problem ?? inline(Problem, 'output') },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An access token from the OAuth 2.0 sign-in (PKCE)' },
      },
    },
  };
}

/**
 * Citizen text is checked in code (cleaned, then counted in grapheme clusters), which JSON
 * Schema cannot express: its limits are written out with how they are counted.
 */
const describeLimits = (ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void => {
  const limit = textLimitOf(ctx.zodSchema);
  if (!limit) return;
  if (limit.min > 0) ctx.jsonSchema.minLength = limit.min;
  ctx.jsonSchema.maxLength = limit.max;
  ctx.jsonSchema.description =
    'Counted in characters as the reader sees them (grapheme clusters) after cleaning: NFC, ' +
    'invisible, bidi-control and control characters and unpaired surrogates removed, ' +
    (limit.multiline ? 'line breaks kept, ' : 'line breaks turned into spaces, ') +
    'trimmed. Stored cleaned.';
};

function inline(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: describeLimits,
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

function isSchema(value: unknown): value is z.core.$ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

const pascal = (id: string) =>
  id
    .split(/[^a-zA-Z0-9]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('') + 'Response';
