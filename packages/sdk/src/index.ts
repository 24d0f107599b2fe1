// Contract: schemas (zod/mini) and the types inferred from them.
export * from './schemas/index.js';
export { contract, endpoints } from './contract.js';
// Vietnamese text and dossier codes.
export { normalizeText, searchKey, matchesSearch, visibleLength, slugify } from './text.js';
export { parseDossierCode, formatDossierCode, type DossierCode } from './dossier-code.js';
