// What the project's stack costs a page before any code of ours: Lit (with @lit/task), ky and
// zod/mini with the contract's schemas that a widget parses, bundled into one file by the same
// bundler and minifier as the script-tag build, gzip. A page can weigh no less than this plus
// the loader, whatever the widgets' own code does: the floor under the size budgets
// (docs/decisions.md, "Delivery").
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

const root = new URL('../packages/widgets/', import.meta.url).pathname;
const sdk = new URL('../packages/sdk/src/schemas/', import.meta.url).pathname;
const ky = createRequire(new URL('../packages/sdk/package.json', import.meta.url)).resolve('ky');

/** The endpoints' response schemas each page parses (what its element's first reads and actions return). */
const PAGES: Record<string, { modules: string[]; schemas: string }> = {
  'page: commune-info': {
    modules: ['units', 'news', 'common'],
    schemas: '[units.unitEndpoints.get.response, news.newsEndpoints.list.response, common.Problem]',
  },
  'page: feedback-form': {
    modules: ['units', 'config', 'feedback', 'auth', 'common'],
    schemas:
      '[units.unitEndpoints.list.response, config.configEndpoints.get.response, ...Object.values(feedback.feedbackEndpoints).flatMap((e) => [e.response, e.body].filter(Boolean)), ...Object.values(auth.authEndpoints).map((e) => e.response), common.Problem]',
  },
};

/** An element that uses each library as a widget does: properties, styles, a task, a ky call with retries, a parse. */
function entry(modules: string[], schemas: string): string {
  return `
import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import ky from ${JSON.stringify(ky)};
${modules.map((m) => `import * as ${m} from ${JSON.stringify(join(sdk, `${m}.ts`))};`).join('\n')}
const schemas = ${schemas};
const http = ky.create({ retry: { limit: 2, afterStatusCodes: [429, 503] }, timeout: 10000 });
class Floor extends LitElement {
  static styles = css\`:host { display: block }\`;
  static properties = { unit: {} };
  task = new Task(this, {
    task: async ([unit]) => schemas.map((s) => s.safeParse(unit)),
    args: () => [this.unit],
  });
  render() {
    return html\`\${this.task.render({ complete: (r) => html\`<p>\${r.length}</p>\` })}\`;
  }
}
void property;
customElements.define('x-floor', Floor);
globalThis.floor = () => http.get('x').json();
`;
}

export interface Floor {
  name: string;
  gzip: number;
}

/** The floor of each page whose budget the platform issue sets. */
export async function measureFloor(): Promise<Floor[]> {
  const floors: Floor[] = [];
  for (const [name, { modules, schemas }] of Object.entries(PAGES)) {
    const id = '\0floor-entry.js';
    const out = (await build({
      root,
      logLevel: 'silent',
      configFile: false,
      resolve: { conditions: ['source', 'browser', 'import'] },
      plugins: [
        {
          name: 'floor-entry',
          resolveId: (source) => (source.endsWith('floor-entry') ? id : undefined),
          load: (source) => (source === id ? entry(modules, schemas) : undefined),
        },
      ],
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        lib: { entry: 'floor-entry', formats: ['es'], fileName: () => 'floor.js' },
      },
    })) as Rollup.RollupOutput[];
    const code = out
      .flatMap((o) => o.output)
      .filter((o): o is Rollup.OutputChunk => o.type === 'chunk')
      .map((c) => c.code)
      .join('\n');
    floors.push({ name, gzip: gzipSync(code, { level: 9 }).length });
  }
  return floors;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await measureFloor()) console.log(`${f.name}: ${(f.gzip / 1024).toFixed(1)} KB gzip`);
}
