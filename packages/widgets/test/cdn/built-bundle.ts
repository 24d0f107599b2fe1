// What the tests on the built bundle (dist/cdn) share: the chunk graph, and a sandbox server
// with Chromium that serves test pages by path and the bundle's files under /cdn/, each
// possibly altered by the test (a tampered chunk, a tampered worker). Needs the widgets
// built (`pnpm test` runs these tests after the build).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startSandboxServer, type SandboxServer } from '@smart-haiphong/sandbox/server';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';

export const dist = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
export const graph = JSON.parse(readFileSync(join(dist, 'chunk-graph.json'), 'utf8')) as {
  chunks: Record<string, { file: string; deps: string[] }>;
};
export const fileOf = (name: string): string => graph.chunks[name]!.file;

export interface BuiltBundle {
  readonly server: SandboxServer;
  readonly browser: Browser;
  /** Test pages by path. */
  readonly pages: Map<string, string>;
  /** Alters a file of the bundle as it is served (relative to dist/cdn); null: served as built. */
  alter: ((file: string, body: Buffer) => Buffer) | null;
}

/** Starts the server and the browser before the file's tests and stops them after. */
export function useBuiltBundle(): BuiltBundle {
  const bundle = { pages: new Map<string, string>(), alter: null } as unknown as {
    -readonly [K in keyof BuiltBundle]: BuiltBundle[K];
  };
  const serve = (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = bundle.pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page);
      return true;
    }
    if (!path.startsWith('/cdn/')) return false;
    const file = normalize(path.slice('/cdn/'.length)).replace(/^(\.\.[/\\])+/, '');
    let body: Buffer;
    try {
      body = readFileSync(join(dist, file));
    } catch {
      res.writeHead(404).end();
      return true;
    }
    if (bundle.alter) body = bundle.alter(file, body);
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
    return true;
  };
  before(async () => {
    bundle.server = await startSandboxServer({ port: 0, static: serve });
    bundle.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  after(async () => {
    await bundle.browser?.close();
    await bundle.server?.close();
  });
  return bundle;
}
