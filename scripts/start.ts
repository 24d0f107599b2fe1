// `pnpm start`: the example commune portal, the script-tag bundle and the sandbox API
// on one origin. Environment:
//   PORT          default 8080
//   HOST          default 127.0.0.1 (this machine only); 0.0.0.0 opens it to the network,
//                 e.g. from a phone on the same Wi-Fi at http://<this machine's address>:8080/
//   CORS_ORIGINS  origins whose pages may call the API, comma-separated; `http://host:*`
//                 allows any port, `*` any origin. Default: loopback pages on any port
//                 (http://localhost:*, http://127.0.0.1:*, http://[::1]:*).
// The bundle's files are loadable from any origin (CORS `*`): see docs/guide-webmaster.en.md.
import { networkInterfaces } from 'node:os';
import { parseCorsOrigins, startPortal } from './portal-server.js';

const started = performance.now();
const host = process.env.HOST ?? '127.0.0.1';
const corsOrigins = parseCorsOrigins(process.env.CORS_ORIGINS);
const server = await startPortal({ port: Number(process.env.PORT ?? 8080), host, corsOrigins });
const port = new URL(server.url).port;
const anyAddress = host === '0.0.0.0' || host === '::';
// Listening on every address: show the loopback one for this computer, the others below.
const url = anyAddress ? `http://127.0.0.1:${port}` : server.url;
console.log(
  `Smart Hải Phòng sandbox (dữ liệu mẫu / sample data) ready in ${Math.round(performance.now() - started)} ms`,
);
console.log(`  Commune portal (xã Bình Giang): ${url}/`);
console.log(`  Script-tag bundle:              ${url}/smart-haiphong.js`);
console.log(`  API:                            ${url}/v1/units`);
console.log(`  OpenAPI:                        ${url}/openapi.json`);
if (anyAddress) {
  // The addresses a phone on the same network can open.
  for (const address of Object.values(networkInterfaces()).flat()) {
    if (address && !address.internal && address.family === 'IPv4')
      console.log(`  On this network:                http://${address.address}:${port}/`);
  }
}
const shown = corsOrigins.join(', ') || 'none';
console.log(
  `  API CORS origins:               ${shown}${process.env.CORS_ORIGINS === undefined ? ` (default; set CORS_ORIGINS)` : ''}`,
);
