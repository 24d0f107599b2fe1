/**
 * Run the sandbox server: `pnpm sandbox [--port 8787] [--host 127.0.0.1] [--feedback N]
 * [--places N] [--news N] [--seed N] [--cors http://a,http://b] [--clock ISO-TIME] [--allow-time-travel]`.
 */
import { parseArgs } from 'node:util';
import { parseOAuthClients } from './options.js';
import { startSandboxServer } from './server.js';

const t0 = performance.now();
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    feedback: { type: 'string' },
    places: { type: 'string' },
    news: { type: 'string' },
    seed: { type: 'string' },
    cors: { type: 'string' },
    'require-sign-in': { type: 'boolean', default: false },
    'public-origin': { type: 'string' },
    'trust-proxy': { type: 'string' },
    'oauth-client': { type: 'string', multiple: true },
    clock: { type: 'string' },
    'allow-time-travel': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Smart Hải Phòng sandbox (sample data)

  --port N          port (default $PORT or 8787; 0 = any free port)
  --host HOST       address to listen on (default 127.0.0.1)
  --feedback N      generated feedback reports (default 2000; 1000000 works)
  --places N        generated sample places besides the OSM ones (default 1000)
  --news N          news articles (default: the sample set, ~180; 10000 works)
  --seed N          seed of the sample data (default 1)
  --cors ORIGINS    comma-separated origins allowed by CORS (* for any)
  --require-sign-in submitting feedback needs the dev sign-in
  --public-origin URL   origin of absolute URLs in answers (default: the listening address;
                        env SANDBOX_PUBLIC_ORIGIN); the Host header is never used
  --trust-proxy N       trust N proxies' X-Forwarded-For for the client address (default 0;
                        env SANDBOX_TRUST_PROXY)
  --oauth-client ID=URI[,URI]  register a dev sign-in client and its redirect URIs (repeatable;
                        env SANDBOX_OAUTH_CLIENTS="id=uri,uri;id2=uri")
  --clock TIME      the time deadlines are judged by, e.g. 2026-03-20T09:00:00+07:00
                    (rollout reports; default the real clock)
  --allow-time-travel  honour the x-sandbox-now request header (tests only)`);
  process.exit(0);
}
const int = (name: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, got ${v}`);
    process.exit(2);
  }
  return n;
};

const clock = values.clock === undefined ? undefined : Date.parse(values.clock);
if (clock !== undefined && Number.isNaN(clock)) {
  console.error(`--clock must be an ISO 8601 time, got ${values.clock}`);
  process.exit(2);
}

const server = await startSandboxServer({
  port: int('port', values.port) ?? 8787,
  host: values.host,
  ...(values.feedback !== undefined ? { feedback: int('feedback', values.feedback) } : {}),
  ...(values.places !== undefined ? { places: int('places', values.places) } : {}),
  ...(values.news !== undefined ? { news: int('news', values.news) } : {}),
  ...(values.seed !== undefined ? { seed: int('seed', values.seed) } : {}),
  corsOrigins: values.cors
    ? values.cors
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [],
  requireSignIn: values['require-sign-in'],
  ...(values['public-origin'] !== undefined ? { publicOrigin: values['public-origin'] } : {}),
  ...(values['trust-proxy'] !== undefined ? { trustProxy: int('trust-proxy', values['trust-proxy']) } : {}),
  ...(values['oauth-client'] ? { oauthClients: parseOAuthClients(values['oauth-client'].join(';')) } : {}),
  ...(clock !== undefined ? { clock: () => clock } : {}),
  allowTimeTravel: values['allow-time-travel'],
});
const { store } = server.sandbox;
const seconds = ((performance.now() - t0) / 1000).toFixed(2);
console.log(
  `Smart Hải Phòng sandbox (dữ liệu mẫu / sample data) ready in ${seconds} s: ${store.feedback.size.toLocaleString('en')} feedback reports, ${store.places.list.length.toLocaleString('en')} places, ${store.news.length.toLocaleString('en')} news, ${store.dossiers.size} dossiers`,
);
console.log(`  ${server.url}/v1/config   ${server.url}/sandbox/samples   ${server.url}/openapi.json`);
if (server.publicOrigin !== server.url) console.log(`  URLs in answers are built on ${server.publicOrigin}`);
const memory = process.memoryUsage();
console.log(`  memory: rss ${(memory.rss / 1e6).toFixed(0)} MB`);

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
