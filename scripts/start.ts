// `pnpm start`: the example commune portal, the script-tag bundle and the sandbox API
// on one origin; the port from PORT (default 8080).
import { startPortal } from './portal-server.js';

const started = performance.now();
const server = await startPortal({ port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? '127.0.0.1' });
console.log(
  `Smart Hải Phòng sandbox (dữ liệu mẫu / sample data) ready in ${Math.round(performance.now() - started)} ms`,
);
console.log(`  Commune portal (xã Bình Giang): ${server.url}`);
console.log(`  API:                            ${new URL('/v1/units', server.url)}`);
console.log(`  OpenAPI:                        ${new URL('/openapi.json', server.url)}`);
