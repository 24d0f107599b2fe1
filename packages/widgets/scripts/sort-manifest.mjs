// The analyzer lists modules in the order the file system gives them, which differs
// between machines: sort them by path so that custom-elements.json is the same
// everywhere (CI checks that the committed copy is up to date).
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
