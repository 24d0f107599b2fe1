import {
  PROCEDURE_LEVELS,
  type Procedure,
  type ProcedureFacetCount,
  type ProcedureLevel,
  type ProcedureSource,
  type ProcedureSubject,
  type ProcedureSummary,
  searchKey,
  slugify,
} from '@smart-haiphong/sdk';

/** The procedure seed as build-seed.ts writes it (scripts/procedures-seed.ts). */
export interface ProcedureSeedFile {
  licence: string;
  source: { name: string; nameEn: string; url: string; retrieved: string };
  subjects: ProcedureSubject[];
  procedures: (Omit<
    Procedure,
    'id' | 'fieldId' | 'portalUrl' | 'subjectDetails' | 'source' | 'subjects' | 'levels' | 'channels'
  > & {
    subjects: string[];
    levels: ProcedureLevel[];
    channels: Procedure['channels'];
    sourceUrl: string;
  })[];
}

export interface ProcedureQuery {
  q?: string | undefined;
  /** Field ids; empty or undefined: any. */
  fields?: readonly string[] | undefined;
  subjects?: readonly string[] | undefined;
  level?: ProcedureLevel | undefined;
  online?: boolean | undefined;
}

export interface ProcedureSearchResult {
  /** Indexes into `list`, best first. */
  hits: number[];
  facets: {
    field: ProcedureFacetCount[];
    subject: ProcedureFacetCount[];
    level: ProcedureFacetCount[];
    online: ProcedureFacetCount[];
  };
}

// "Thủ tục …" opens most names: a query need not type it to match a name's start.
const LEAD = 'thu tuc ';
const CODE_QUERY = /^\d(?:\.\d{0,6})?$/;
const MAX_WORDS = 12;

/**
 * The national catalogue, with a search index built once at startup: every word of every name
 * (tone marks, đ/d and case folded) in a sorted vocabulary with its postings, so that a typed
 * word, complete or not, is a binary search plus a range of postings. 447 procedures answer in
 * microseconds; the structure holds for the full national catalogue (~6 000) too.
 */
export class ProcedureStore {
  readonly list: readonly Procedure[];
  readonly summaries: readonly ProcedureSummary[];
  readonly source: ProcedureSource;
  readonly subjects: readonly ProcedureSubject[];
  /** Fields in Vietnamese order, with their ids. */
  readonly fields: readonly { id: string; name: string }[];

  private readonly byCode = new Map<string, number>();
  private readonly nameKeys: string[];
  private readonly shortKeys: string[];
  private readonly codeKeys: string[];
  /** Sorted distinct words of names, and for each the procedures whose name has it. */
  private readonly vocab: string[];
  private readonly postings: Uint16Array[];
  /** Same for the field names (a field word matches less strongly than a name word). */
  private readonly fieldVocab: string[];
  private readonly fieldPostings: Uint16Array[];
  private readonly idf = new Map<string, number>();
  /** The browsing order (empty query): by name, Vietnamese collation. */
  private readonly byName: number[];
  private readonly fieldIndex: Uint16Array;
  /** Name keys with a space before, for phrase matching. */
  private readonly spacedKeys: string[];
  // Scratch buffers of the ranking, allocated once.
  private readonly nameMarks: Uint8Array;
  private readonly fieldMarks: Uint8Array;
  private readonly tiers: Uint8Array;
  private readonly scores: Float64Array;

  constructor(seed: ProcedureSeedFile) {
    this.source = {
      ...seed.source,
      credit: `Nguồn: ${seed.source.name} (dichvucong.gov.vn), dữ liệu ngày ${seed.source.retrieved.split('-').reverse().join('/')}`,
      creditEn: `Source: ${seed.source.nameEn} (dichvucong.gov.vn), data of ${seed.source.retrieved}`,
      licence: seed.licence,
    };
    this.subjects = seed.subjects;
    const subjectById = new Map(seed.subjects.map((s) => [s.id, s]));
    const collator = new Intl.Collator('vi');
    const fieldNames = [...new Set(seed.procedures.map((p) => p.field))].sort(collator.compare);
    this.fields = fieldNames.map((name) => ({ id: slugify(name), name }));
    const fieldIds = new Map(this.fields.map((f, i) => [f.name, i]));

    this.list = seed.procedures.map((p): Procedure => {
      const { sourceUrl, ...rest } = p;
      return {
        ...rest,
        id: p.code,
        fieldId: slugify(p.field),
        portalUrl: sourceUrl,
        subjectDetails: p.subjects.map((id) => subjectById.get(id)).filter((s) => s !== undefined),
        source: this.source,
      };
    });
    this.summaries = this.list.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      field: p.field,
      fieldId: p.fieldId,
      levels: p.levels,
      subjects: p.subjects,
      onlineAvailable: p.onlineAvailable,
      agency: p.agency,
      portalUrl: p.portalUrl,
    }));
    this.list.forEach((p, i) => this.byCode.set(p.code, i));
    this.fieldIndex = Uint16Array.from(this.list, (p) => fieldIds.get(p.field) ?? 0);

    this.nameKeys = this.list.map((p) => searchKey(p.name));
    this.shortKeys = this.nameKeys.map((k) => (k.startsWith(LEAD) ? k.slice(LEAD.length) : k));
    this.codeKeys = this.list.map((p) => p.code);
    this.spacedKeys = this.nameKeys.map((k) => ` ${k}`);
    this.nameMarks = new Uint8Array(this.list.length * MAX_WORDS);
    this.fieldMarks = new Uint8Array(this.list.length * MAX_WORDS);
    this.tiers = new Uint8Array(this.list.length);
    this.scores = new Float64Array(this.list.length);
    [this.vocab, this.postings] = invert(this.nameKeys);
    [this.fieldVocab, this.fieldPostings] = invert(this.list.map((p) => searchKey(p.field)));
    const n = this.list.length;
    this.vocab.forEach((w, k) => this.idf.set(w, Math.log(1 + n / (this.postings[k] as Uint16Array).length)));
    this.byName = [...this.list.keys()].sort((a, b) =>
      collator.compare(this.shortKeys[a] as string, this.shortKeys[b] as string),
    );
  }

  get size(): number {
    return this.list.length;
  }

  /** A procedure by its code (`1.001193`), or undefined. */
  get(code: string): Procedure | undefined {
    const i = this.byCode.get(code.trim());
    return i === undefined ? undefined : this.list[i];
  }

  /** The id of a field given by id (`ho-tich`) or name (`Hộ tịch`, tone marks optional), or null. */
  fieldId(ref: string): string | null {
    const id = slugify(ref);
    return this.fields.some((f) => f.id === id) ? id : null;
  }

  /**
   * Mark the procedures whose name has the word `w` (`exact`) or a word starting with it: a
   * binary search in the sorted vocabulary, then the postings of the range. Bit 1: exact, bit 2:
   * prefix only.
   */
  private mark(vocab: string[], postings: Uint16Array[], w: string, into: Uint8Array) {
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((vocab[mid] as string) < w) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < vocab.length && (vocab[k] as string).startsWith(w); k++) {
      const bit = vocab[k] === w ? 1 : 2;
      for (const i of postings[k] as Uint16Array) into[i] = (into[i] as number) | bit;
    }
  }

  /** Ranked matches of `q` (all procedures, in name order, when it is empty), with facet counts. */
  search(query: ProcedureQuery): ProcedureSearchResult {
    const n = this.list.length;
    const key = searchKey(query.q ?? '');
    const rawQ = (query.q ?? '').trim();
    let ranked: number[];
    if (!key) ranked = this.byName;
    else if (CODE_QUERY.test(rawQ) || /^\d\.\d+$/.test(rawQ)) {
      // A code, whole or being typed: exact first, then codes starting with it.
      const exact = this.byCode.get(rawQ);
      ranked = this.codeKeys
        .map((c, i) => [c, i] as const)
        .filter(([c, i]) => c.startsWith(rawQ) && i !== exact)
        .map(([, i]) => i);
      if (exact !== undefined) ranked.unshift(exact);
    } else ranked = this.rank(key, n);

    const fields = query.fields?.length ? new Set(query.fields) : null;
    const subjects = query.subjects?.length ? new Set(query.subjects) : null;
    const fieldIds = this.fields.map((f) => f.id);
    const okField = (i: number) => fields === null || fields.has(fieldIds[this.fieldIndex[i] as number] as string);
    const okSubject = (i: number) =>
      subjects === null || (this.list[i] as Procedure).subjects.some((s) => subjects.has(s));
    const okLevel = (i: number) => !query.level || (this.list[i] as Procedure).levels.includes(query.level);
    const okOnline = (i: number) =>
      query.online === undefined || (this.list[i] as Procedure).onlineAvailable === query.online;

    const fieldCounts = new Uint32Array(this.fields.length);
    const subjectCounts = new Map<string, number>();
    const levelCounts = new Map<ProcedureLevel, number>();
    const onlineCounts = [0, 0];
    const hits: number[] = [];
    for (const i of ranked) {
      const p = this.list[i] as Procedure;
      const f = okField(i);
      const s = okSubject(i);
      const l = okLevel(i);
      const o = okOnline(i);
      if (s && l && o) fieldCounts[this.fieldIndex[i] as number]! += 1;
      if (f && l && o) for (const id of p.subjects) subjectCounts.set(id, (subjectCounts.get(id) ?? 0) + 1);
      if (f && s && o) for (const lv of p.levels) levelCounts.set(lv, (levelCounts.get(lv) ?? 0) + 1);
      if (f && s && l) onlineCounts[p.onlineAvailable ? 1 : 0]! += 1;
      if (f && s && l && o) hits.push(i);
    }
    return {
      hits,
      facets: {
        field: this.fields
          .map((fd, k) => ({ value: fd.id, label: fd.name, labelEn: fd.name, count: fieldCounts[k] as number }))
          .filter((c) => c.count > 0 || fields?.has(c.value)),
        subject: this.subjects
          .map((sb) => ({ value: sb.id, label: sb.name, labelEn: sb.nameEn, count: subjectCounts.get(sb.id) ?? 0 }))
          .filter((c) => c.count > 0 || subjects?.has(c.value)),
        level: (Object.keys(PROCEDURE_LEVELS) as ProcedureLevel[]).map((lv) => ({
          value: lv,
          label: PROCEDURE_LEVELS[lv].vi,
          labelEn: PROCEDURE_LEVELS[lv].en,
          count: levelCounts.get(lv) ?? 0,
        })),
        online: [
          { value: 'true', label: 'Nộp trực tuyến được', labelEn: 'Can be filed online', count: onlineCounts[1] ?? 0 },
          {
            value: 'false',
            label: 'Không nộp trực tuyến',
            labelEn: 'Cannot be filed online',
            count: onlineCounts[0] ?? 0,
          },
        ],
      },
    };
  }

  /**
   * Tiers: 0 the name (with or without its leading "Thủ tục") starts with the query; 1 the name
   * holds the query as a phrase; 2 every word is a word of the name; 3 every word is a word of the
   * name or the field; 4 some words are. Words count whole, except the last, which may be still
   * being typed (a prefix); a whole word that is only the start of a name's word counts a third.
   * Within a tier: more (and rarer) words first, then shorter names (the general procedure before
   * its special cases), then code.
   */
  private rank(key: string, n: number): number[] {
    const words = key.split(' ').filter(Boolean).slice(0, MAX_WORDS);
    const lastK = words.length - 1;
    // Marks per word, in buffers reused across searches: no allocation per keystroke.
    const inName = this.nameMarks;
    const inField = this.fieldMarks;
    inName.fill(0, 0, n * words.length);
    inField.fill(0, 0, n * words.length);
    words.forEach((w, k) => {
      this.mark(this.vocab, this.postings, w, inName.subarray(k * n, (k + 1) * n));
      this.mark(this.fieldVocab, this.fieldPostings, w, inField.subarray(k * n, (k + 1) * n));
    });
    const weight = words.map((w) => this.idf.get(w) ?? Math.log(1 + n));
    const phrase = ` ${key}`;
    const tiers = this.tiers;
    const scores = this.scores;
    const hits: number[] = [];
    for (let i = 0; i < n; i++) {
      let name = 0;
      let any = 0;
      let score = 0;
      for (let k = 0; k < words.length; k++) {
        const a = inName[k * n + i] as number;
        const b = inField[k * n + i] as number;
        // The last word may be a prefix; the others must be whole words to count fully.
        const fullA = (a & 1) === 1 || (k === lastK && a !== 0);
        const fullB = (b & 1) === 1 || (k === lastK && b !== 0);
        if (fullA) name++;
        if (fullA || fullB) {
          any++;
          score += (weight[k] as number) * (fullA ? 1 : 0.5);
        } else if (a !== 0) score += (weight[k] as number) / 3;
      }
      if (score === 0) continue;
      const all = name === words.length;
      tiers[i] =
        all && ((this.shortKeys[i] as string).startsWith(key) || (this.nameKeys[i] as string).startsWith(key))
          ? 0
          : all && (this.spacedKeys[i] as string).includes(phrase)
            ? 1
            : all
              ? 2
              : any === words.length
                ? 3
                : 4;
      scores[i] = score;
      hits.push(i);
    }
    return hits.sort(
      (a, b) =>
        (tiers[a] as number) - (tiers[b] as number) ||
        (scores[b] as number) - (scores[a] as number) ||
        (this.shortKeys[a] as string).length - (this.shortKeys[b] as string).length ||
        (this.codeKeys[a] as string).localeCompare(this.codeKeys[b] as string),
    );
  }
}

/** Sorted distinct words of the keys, each with the (ascending) indexes of the keys holding it. */
function invert(keys: readonly string[]): [string[], Uint16Array[]] {
  const map = new Map<string, number[]>();
  keys.forEach((k, i) => {
    for (const w of new Set(k.split(' '))) {
      if (!w) continue;
      let list = map.get(w);
      if (!list) map.set(w, (list = []));
      list.push(i);
    }
  });
  const vocab = [...map.keys()].sort();
  return [vocab, vocab.map((w) => Uint16Array.from(map.get(w) as number[]))];
}
