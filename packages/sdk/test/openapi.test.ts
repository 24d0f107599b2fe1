import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { endpoints } from '../src/index.js';
import { buildOpenApi } from '../src/openapi.js';

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and names every operation of the contract', async () => {
    const doc = buildOpenApi() as { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };
    const result = await new Validator().validate(doc);
    assert.equal(result.valid, true, JSON.stringify(result.errors));
    assert.equal(doc.openapi, '3.1.0');
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    assert.deepEqual(ids.sort(), endpoints.map((e) => e.id).sort());
  });

  it('matches the committed docs/openapi.json (regenerate with `pnpm --filter @smart-haiphong/sdk openapi`)', () => {
    const committed = readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8');
    assert.equal(committed, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
  });
});
