/**
 * Turns the crawl of the National Public Service Portal (shared/data/vn-procedures-commune-level-2026.json)
 * into the sandbox's procedure seed, repairing the crawl's known flaws (see SOURCES.md) or dropping
 * what cannot be repaired. Nothing is added that the source does not say.
 *
 * Flaws handled, each with the evidence it is repaired from:
 * - result codes `KQ.G10.001439V` whose stray trailing letters are the clipped first letters of the
 *   next result's name (`ăn bản…` → `Văn bản…`): moved back;
 * - other names with a clipped first letter (`iấy khai sinh`): repaired when one letter makes the
 *   first two words a pair the rest of the catalogue uses, else left as written;
 * - paper names ending in an attached form's file name (`…NĐ-CPMus04.docx`): the file name is cut;
 * - paper quantities carrying the end of the name (`Luật Đất đai năm` + `20240 bản chính`): the
 *   digits go back to the name (`… năm 2024`, quantity 0);
 * - legal-basis codes with a stray trailing letter or digits (`131/2025/NĐ-CPN`, `65/2025/NĐ-CP44`):
 *   cut back to a known issuer; codes that cannot be read are dropped;
 * - processing times without a unit (`1`): the unit is taken from the same procedure's own text when
 *   it states that number of working days, else the time is dropped (null), never guessed;
 * - fee cells that run the fee, the charge and a description together
 *   (`Không có thông tin50,000 Việt Nam Đồng(/giao dịch)…`): split into amount, text and notes.
 */

export interface RawMethod {
  channel: string;
  processing_time: string | null;
  processing_time_raw_unit_missing?: boolean;
  fee: string | null;
  note: string | null;
}
export interface RawProcedure {
  code: string;
  name: string;
  field: string;
  levels: string[];
  agency: string | null;
  subjects: string | null;
  publishing_decision: string | null;
  procedure_type: string | null;
  methods: RawMethod[];
  required_papers: { case: string | null; papers: { name: string; quantity: string }[] }[];
  legal_basis_codes: string[];
  legal_basis_text: string | null;
  results: { name: string | null; code: string | null }[];
  steps_text: string | null;
  conditions_text: string | null;
  source_url: string;
}

// Limits of the crawl (SOURCES.md): a text this long was cut.
const STEPS_LIMIT = 2000;
const CONDITIONS_LIMIT = 1200;

const LEVELS: Record<string, 'commune' | 'province' | 'ministry' | 'other'> = {
  'Cấp xã': 'commune',
  'Cấp tỉnh': 'province',
  'Cấp bộ': 'ministry',
  'Cơ quan khác': 'other',
};

/** The portal's subject labels (some contain commas, so the list cannot be split on commas). */
export const SUBJECTS: { id: string; name: string; nameEn: string }[] = [
  { id: 'citizen', name: 'Công dân Việt Nam', nameEn: 'Vietnamese citizens' },
  {
    id: 'overseas-vietnamese',
    name: 'Người Việt Nam định cư ở nước ngoài',
    nameEn: 'Vietnamese people living abroad',
  },
  { id: 'foreigner', name: 'Người nước ngoài', nameEn: 'Foreign nationals' },
  { id: 'public-servant', name: 'Cán bộ, công chức, viên chức', nameEn: 'Public servants and officials' },
  {
    id: 'foreign-invested-enterprise',
    name: 'Doanh nghiệp có vốn đầu tư nước ngoài',
    nameEn: 'Foreign-invested enterprises',
  },
  { id: 'vietnamese-enterprise', name: 'Doanh nghiệp Việt Nam', nameEn: 'Vietnamese enterprises' },
  { id: 'enterprise', name: 'Doanh nghiệp', nameEn: 'Enterprises' },
  { id: 'cooperative', name: 'Hợp tác xã', nameEn: 'Cooperatives' },
  {
    id: 'organisation',
    name: 'Tổ chức (không bao gồm doanh nghiệp, HTX)',
    nameEn: 'Organisations (other than enterprises and cooperatives)',
  },
  { id: 'foreign-organisation', name: 'Tổ chức nước ngoài', nameEn: 'Foreign organisations' },
  { id: 'party-organisation', name: 'Tổ chức Đảng', nameEn: 'Party organisations' },
  { id: 'party-member', name: 'Đảng viên', nameEn: 'Party members' },
];

const CHANNELS: Record<string, { id: 'in_person' | 'online' | 'post'; name: string; nameEn: string }> = {
  'Trực tiếp': { id: 'in_person', name: 'Trực tiếp', nameEn: 'In person' },
  'Trực tuyến': { id: 'online', name: 'Trực tuyến', nameEn: 'Online' },
  'Dịch vụ bưu chính': { id: 'post', name: 'Dịch vụ bưu chính', nameEn: 'By post' },
};

// Issuers in legal-document codes (`<n>/<year>/<type>-<issuer>`), e.g. NĐ-CP, TT-BTC, QĐ-TTg.
const ISSUERS = [
  'CP',
  'TTg',
  'BTC',
  'BCA',
  'BTP',
  'BKHĐT',
  'BXD',
  'BNNMT',
  'BGTVT',
  'BLĐTBXH',
  'BYT',
  'BVHTTDL',
  'BQP',
  'BTNMT',
  'BNNPTNT',
  'BTTTT',
  'NHNN',
  'BNV',
  'BCT',
  'BGDĐT',
  'BKHCN',
  'BNG',
  'TANDTC',
  'VKSNDTC',
  'CTN',
  'UBTƯMTTQVN',
  'UBTVQH',
  'HĐTP',
  'KTNN',
  'BDTTG',
];
const TYPES = new Set(['NĐ', 'TT', 'QĐ', 'NQ', 'TTLT', 'NQLT', 'L', 'CT', 'NQ-UBTVQH']);

export interface LegalDocument {
  code: string;
  title: string | null;
}
export interface Paper {
  name: string;
  original: number;
  copies: number;
}
export interface PaperGroup {
  title: string | null;
  kind: 'papers' | 'notes';
  papers: Paper[];
}
export interface ProcessingTime {
  value: number;
  unit: 'working_days' | 'days' | 'hours';
  text: string;
}
export interface Channel {
  channel: 'in_person' | 'online' | 'post';
  name: string;
  nameEn: string;
  processingTime: ProcessingTime | null;
  fee: { amountVnd: number | null; text: string } | null;
  notes: string[];
}
export interface ProcedureSeed {
  code: string;
  name: string;
  field: string;
  levels: ('commune' | 'province' | 'ministry' | 'other')[];
  agency: string | null;
  subjects: string[];
  onlineAvailable: boolean;
  channels: Channel[];
  requiredPapers: PaperGroup[];
  results: { name: string; code: string | null }[];
  legalBasis: LegalDocument[];
  steps: string[];
  stepsTruncated: boolean;
  conditions: string | null;
  conditionsTruncated: boolean;
  publishingDecision: string | null;
  sourceUrl: string;
}

export interface Repairs {
  resultNames: number;
  clippedNames: number;
  fileNames: number;
  quantities: number;
  legalCodes: number;
  legalCodesDropped: string[];
  unitsRepaired: number;
  timesDropped: number;
  dropped: { code: string; reason: string }[];
}

const clean = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u00a0\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
const lower = (s: string) => s.toLocaleLowerCase('vi');
const isLower = (ch: string) => ch !== ch.toLocaleUpperCase('vi') && ch === ch.toLocaleLowerCase('vi');
const words = (s: string) =>
  lower(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Word-pair counts over the whole catalogue: the evidence for repairing clipped first letters. */
class Corpus {
  private readonly pairs = new Map<string, number>();
  add(text: string | null) {
    if (!text) return;
    const w = words(text);
    for (let i = 0; i + 1 < w.length; i++) {
      const k = `${w[i]} ${w[i + 1]}`;
      this.pairs.set(k, (this.pairs.get(k) ?? 0) + 1);
    }
  }
  count(a: string, b: string) {
    return this.pairs.get(`${a} ${b}`) ?? 0;
  }
}
// Letters (and the one digraph) a Vietnamese word can start with, upper case.
const STARTS = [...'BCDĐGHKLMNPQRSTVX', 'Ch', 'Gi', 'Kh', 'Nh', 'Ph', 'Th', 'Tr'];

/**
 * Repair a clipped first letter: `iấy khai sinh` → `Giấy khai sinh` when the catalogue uses
 * `giấy khai` often and `iấy khai` never. Returns the text unchanged when the evidence is weak.
 */
function repairClipped(text: string, corpus: Corpus): string {
  const first = text[0];
  if (!first || !isLower(first)) return text;
  const w = words(text);
  if (w.length < 2) return text;
  const [a, b] = w as [string, string];
  // A list marker (`a)`, `c3)`) or a word the catalogue uses as written: not clipped.
  if (/^[a-zđ]\d?\)/.test(text) || corpus.count(a, b) > 0) return text;
  let best = '';
  let bestCount = 0;
  for (const s of STARTS) {
    const n = corpus.count(lower(s) + a, b);
    if (n > bestCount) [best, bestCount] = [s, n];
  }
  return bestCount >= 2 ? best + text : text;
}

const FILE_EXT = /\.(?:docx?|pdf|xlsx?|rar|zip|odt)$/i;
/**
 * Cut an attached form's file name glued to the end of a paper name
 * (`…Nghị định số 183/2025/NĐ-CPMus04.docx`, `…theo quy địnhMauon (2).docx`). The file name starts
 * where a capital follows without a space: after a letter, `)`, `.` or `;`, or inside a run of
 * capitals followed by a small letter (`CPMus…`). The earliest such start that leaves the name
 * whole is taken.
 */
export function cutFileName(name: string): string {
  if (!FILE_EXT.test(name)) return name;
  const chars = [...name];
  const starts: number[] = [];
  for (let i = 1; i < chars.length - 1; i++) {
    const prev = chars[i - 1] as string;
    const ch = chars[i] as string;
    const next = chars[i + 1] as string;
    if (/\s/.test(ch) || /\s/.test(prev)) continue;
    const upper = ch !== lower(ch);
    const letter = /\p{L}/u.test(ch);
    // Glue points: where a space would be in running text.
    const afterLower = upper && isLower(prev);
    const afterMark = /[).;]/.test(prev) && /[\p{L}\d]/u.test(ch) && !(prev === '.' && /\d/.test(chars[i - 2] ?? ''));
    const camel = upper && prev !== lower(prev) && isLower(next) && isLower(chars[i + 2] ?? '');
    const afterYear = letter && /\d{4}$/.test(chars.slice(Math.max(0, i - 4), i).join(''));
    if (afterLower || afterMark || camel || afterYear) starts.push(i);
  }
  // The earliest glue point that leaves a name (10+ characters) and a tail that reads as a file
  // name (short, no running text: " theo ", " của ", " và " outside brackets).
  for (const i of starts) {
    const head = chars.slice(0, i).join('').trim();
    const tail = chars.slice(i).join('');
    if (head.length >= 10 && tail.length <= 160 && !/ theo | của | và /.test(tail.replace(/\(.*?\)/g, ''))) {
      return head.replace(/[;,]$/, '').trim();
    }
  }
  // Else the last glue point that leaves a name.
  for (const i of starts.reverse()) {
    const head = chars.slice(0, i).join('').trim();
    if (head.length >= 10) return head.replace(/[;,]$/, '').trim();
  }
  return name;
}

/** Parse `1 bản chính,1 bản sao`, moving leaked digits back to the name (`năm` + `20241 bản chính`). */
function parseQuantity(name: string, quantity: string, repairs: Repairs): Paper {
  let q = quantity.trim();
  let n = name;
  const leaked = /^(\d+?)(0?\d) bản/.exec(q);
  if (leaked && leaked[1]) {
    const digits = leaked[1];
    n = /[/]$/.test(n) ? n + digits : `${n} ${digits}`;
    q = q.slice(digits.length);
    repairs.quantities++;
  }
  const original = /(\d+) bản chính/.exec(q);
  const copies = /(\d+) bản sao/.exec(q);
  return { name: n, original: original ? Number(original[1]) : 0, copies: copies ? Number(copies[1]) : 0 };
}

const BULLET = /^\s*(?:[-+*•–]\s*)+/;
function paperName(raw: string, corpus: Corpus, repairs: Repairs): string {
  let name = clean(raw).replace(BULLET, '');
  const cut = cutFileName(name);
  if (cut !== name) {
    repairs.fileNames++;
    name = cut;
  }
  const fixed = repairClipped(name, corpus);
  if (fixed !== name) repairs.clippedNames++;
  return fixed;
}

function groupTitle(raw: string | null): string | null {
  if (!raw) return null;
  const t = clean(raw)
    .replace(/^[*\s]+/, '')
    .replace(/\s*:\s*$/, '')
    .trim();
  return t === '' || /^-+$/.test(t) ? null : t;
}

/** Repair one legal-basis code; null when it cannot be read. */
function repairLegalCode(code: string, text: string): string | null {
  const m = /^(\d+[a-z]?(?:\.\d+)?)\/(\d{4})\/(.+)$/.exec(clean(code));
  if (!m) return null;
  const [, num, year, rest] = m as unknown as [string, string, string, string];
  const tokens = rest.split('-').filter(Boolean);
  // A code cut after its type (`18/2009/TTLT`): read the issuers from the text.
  if (tokens.length === 1 && TYPES.has(tokens[0] as string)) {
    const t = new RegExp(`${num.replace('.', '\\.')}/${year}/((?:[\\p{Lu}]+-)+[\\p{Lu}]+)`, 'u').exec(text);
    if (t) return repairLegalCode(`${num}/${year}/${t[1]}`, '');
    return null;
  }
  // A decree (NĐ) is always the Government's (CP): `NĐ-CQ`, `NĐ-CP-Q` are a cut code and a stray letter.
  if (tokens[0] === 'NĐ') return `${num}/${year}/NĐ-CP`;
  const last = tokens.pop() as string;
  let issuer: string | null = null;
  const qh = /^(UBTVQH|QH)(\d{2})/.exec(last);
  if (qh) issuer = `${qh[1]}${qh[2]}`;
  else {
    const bare = last.replace(/\d+$/, '');
    if (ISSUERS.includes(bare)) issuer = bare;
    else {
      // Stray letters after a known issuer (`CPN`, `BTCL`): the longest issuer it starts with.
      const prefix = ISSUERS.filter((x) => bare.startsWith(x)).sort((a, b) => b.length - a.length)[0];
      // An issuer cut short (`QĐ-TT` for QĐ-TTg, `UBT` for UBTƯMTTQVN): the one the text writes out.
      const head = `${num}/${year}/${[...tokens, ''].join('-')}`;
      const longer = ISSUERS.filter((x) => bare.length > 0 && x.startsWith(bare) && text.includes(head + x));
      if (prefix) issuer = prefix;
      else if (longer.length === 1) issuer = longer[0] as string;
    }
  }
  if (!issuer) return null;
  return `${num}/${year}/${[...tokens, issuer].join('-')}`;
}

/**
 * The legal-basis text is a table flattened to one string: each row is a title followed directly
 * (no space) by the document's code. Titles are read back where a code ends a row.
 */
function legalTitles(codes: string[], text: string): Map<string, string> {
  const titles = new Map<string, string>();
  const ends: { at: number; end: number; code: string }[] = [];
  for (const code of codes) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(code, from);
      if (i < 0) break;
      from = i + code.length;
      const prev = text[i - 1];
      const next = text[i + code.length];
      // A row ends where the code is glued to the text before it and not followed by more of a code.
      if (prev !== undefined && !/\s/.test(prev) && !/[/\d.]/.test(prev) && (next === undefined || !/[\d/]/.test(next)))
        ends.push({ at: i, end: i + code.length, code });
      else if (prev !== undefined && /\d/.test(prev) && /(QH\d\d|-[\p{Lu}]+)$/u.test(text.slice(0, i)))
        ends.push({ at: i, end: i + code.length, code });
    }
  }
  ends.sort((a, b) => a.at - b.at);
  let start = 0;
  for (const e of ends) {
    if (e.at < start) continue;
    const title = clean(text.slice(start, e.at)).replace(/^[;,.\s]+/, '');
    start = e.end;
    // A title that is only another code (a repeated column) says nothing.
    if (title.length >= 8 && !/^[\d/.\p{Lu}-]+$/u.test(title) && !titles.has(e.code))
      titles.set(e.code, title.length > 400 ? `${title.slice(0, 399)}…` : title);
  }
  return titles;
}

const AMOUNT = /^(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:VNĐ|Việt Nam Đồng|đồng)/i;
/** Split a fee cell into the amount (VND; 0 when free; null when not given), its text and notes. */
function parseFee(cell: string | null, note: string | null): Pick<Channel, 'fee' | 'notes'> {
  const notes: string[] = [];
  let rest = clean(cell ?? '');
  let amount: number | null = null;
  const said: string[] = [];
  for (let k = 0; k < 3 && rest; k++) {
    if (rest.startsWith('Miễn phí')) {
      said.push('Miễn phí');
      amount ??= 0;
      rest = rest.slice('Miễn phí'.length).trim();
      continue;
    }
    if (rest.startsWith('Không có thông tin')) {
      rest = rest.slice('Không có thông tin'.length).trim();
      continue;
    }
    const a = AMOUNT.exec(rest);
    if (a) {
      const value = Number((a[1] as string).replace(/[.,]/g, ''));
      said.push(`${value.toLocaleString('vi-VN')} đồng`);
      amount = amount ? amount + value : value;
      rest = rest.slice(a[0].length).trim();
      continue;
    }
    break;
  }
  rest = rest.replace(/^[:\-–\s]+|[\s-]+$/g, '');
  if (rest.length > 1) notes.push(rest);
  const n = note ? clean(note) : '';
  if (n && n !== 'Không' && !/^\/\S+$/.test(n)) notes.push(n);
  else if (n && /^\/\S+$/.test(n) && said.length) said[said.length - 1] += n; // `/giao dịch`: per what
  return { fee: said.length ? { amountVnd: amount, text: said.join(' + ') } : null, notes };
}

const UNITS: Record<string, ProcessingTime['unit']> = {
  'ngày làm việc': 'working_days',
  ngày: 'days',
  giờ: 'hours',
};
const UNIT_TEXT: Record<ProcessingTime['unit'], string> = {
  working_days: 'ngày làm việc',
  days: 'ngày',
  hours: 'giờ',
};
function parseTime(m: RawMethod, context: string, repairs: Repairs): ProcessingTime | null {
  const raw = m.processing_time?.trim();
  if (!raw) return null;
  const full = /^(\d+(?:[.,]\d+)?)\s+(Ngày làm việc|Ngày|Giờ)$/i.exec(raw);
  if (full) {
    const unit = UNITS[lower(full[2] as string)] as ProcessingTime['unit'];
    const value = Number((full[1] as string).replace(',', '.'));
    return { value, unit, text: `${full[1]} ${UNIT_TEXT[unit]}` };
  }
  if (/^\d+$/.test(raw)) {
    const value = Number(raw);
    // The unit is missing on the portal: take it from the procedure's own words, if they say it.
    const said = new RegExp(`(?:^|[^\\d])0?${value}\\s*(?:\\([^)]{0,20}\\)\\s*)?ngày làm việc`, 'i').test(context);
    if (value > 0 && said) {
      repairs.unitsRepaired++;
      return { value, unit: 'working_days', text: `${value} ngày làm việc` };
    }
    repairs.timesDropped++;
    return null;
  }
  repairs.timesDropped++;
  return null;
}

function splitSubjects(raw: string | null, code: string): string[] {
  let rest = clean(raw ?? '');
  const out: string[] = [];
  // Longest labels first: `Doanh nghiệp có vốn…` before `Doanh nghiệp`.
  const labels = [...SUBJECTS].sort((a, b) => b.name.length - a.name.length);
  while (rest) {
    const hit = labels.find((s) => rest.startsWith(s.name));
    if (!hit) throw new Error(`${code}: unknown subject in "${rest}"`);
    if (!out.includes(hit.id)) out.push(hit.id);
    rest = rest.slice(hit.name.length).replace(/^\s*,\s*/, '');
  }
  return out;
}

function steps(text: string | null): string[] {
  if (!text) return [];
  return text
    .normalize('NFC')
    .split(/\n+/)
    .map((s) => clean(s))
    .filter((s) => s.length > 0);
}

export function buildProcedureSeed(raw: RawProcedure[]): { procedures: ProcedureSeed[]; repairs: Repairs } {
  const repairs: Repairs = {
    resultNames: 0,
    clippedNames: 0,
    fileNames: 0,
    quantities: 0,
    legalCodes: 0,
    legalCodesDropped: [],
    unitsRepaired: 0,
    timesDropped: 0,
    dropped: [],
  };
  const corpus = new Corpus();
  for (const p of raw) {
    corpus.add(p.name);
    corpus.add(p.steps_text);
    corpus.add(p.conditions_text);
    for (const g of p.required_papers) for (const x of g.papers) corpus.add(x.name);
  }
  const seen = new Set<string>();
  const procedures: ProcedureSeed[] = [];
  for (const p of raw) {
    const code = p.code.trim();
    if (!/^\d\.\d{6}$/.test(code)) {
      repairs.dropped.push({ code, reason: 'not a national procedure code' });
      continue;
    }
    if (seen.has(code)) {
      repairs.dropped.push({ code, reason: 'duplicate code' });
      continue;
    }
    if (!/^https:\/\/dichvucong\.gov\.vn\//.test(p.source_url)) {
      repairs.dropped.push({ code, reason: 'no page on the national portal' });
      continue;
    }
    seen.add(code);

    // Results: stray letters after a result code open the next result's name.
    const results: { name: string; code: string | null }[] = [];
    let carry = '';
    for (const r of p.results) {
      let name = carry + clean(r.name ?? '');
      if (carry) repairs.resultNames++;
      carry = '';
      let rcode = r.code ? clean(r.code) : null;
      const m = rcode ? /^(KQ\.[A-Z]\d+\.\d{5,6})([\p{L}]+)$/u.exec(rcode) : null;
      if (m) {
        rcode = m[1] as string;
        carry = m[2] as string;
      }
      const fixed = repairClipped(name, corpus);
      if (fixed !== name) repairs.clippedNames++;
      name = fixed;
      if (name) results.push({ name, code: rcode });
    }

    const legalText = (p.legal_basis_text ?? '').normalize('NFC');
    const codes: string[] = [];
    for (const c of p.legal_basis_codes) {
      const fixed = repairLegalCode(c, legalText);
      if (fixed === null) {
        repairs.legalCodesDropped.push(`${code}: ${c}`);
        continue;
      }
      if (fixed !== c.normalize('NFC')) repairs.legalCodes++;
      if (!codes.includes(fixed)) codes.push(fixed);
    }
    const titles = legalTitles(codes, legalText);

    const context = [p.steps_text, p.conditions_text, ...p.methods.map((m) => `${m.fee ?? ''} ${m.note ?? ''}`)].join(
      '\n',
    );
    const channels: Channel[] = [];
    for (const m of p.methods) {
      const ch = CHANNELS[clean(m.channel)];
      if (!ch) throw new Error(`${code}: unknown channel ${m.channel}`);
      channels.push({
        channel: ch.id,
        name: ch.name,
        nameEn: ch.nameEn,
        processingTime: parseTime(m, context, repairs),
        ...parseFee(m.fee, m.note),
      });
    }
    const order = { online: 0, in_person: 1, post: 2 };
    channels.sort((a, b) => order[a.channel] - order[b.channel]);

    const requiredPapers: PaperGroup[] = [];
    for (const g of p.required_papers) {
      const title = groupTitle(g.case);
      const papers = g.papers
        .map((x) => {
          const name = paperName(x.name, corpus, repairs);
          return parseQuantity(name, x.quantity, repairs);
        })
        // Fragments left by the flattened table (`hoặc 0`) are not papers.
        .filter((x) => x.name.length > 1 && !/^(?:hoặc|và)\b[\s\d]*$/u.test(x.name));
      if (papers.length === 0) continue;
      requiredPapers.push({ title, kind: title && /lưu ý/i.test(title) ? 'notes' : 'papers', papers });
    }

    const agency = p.agency ? clean(p.agency).replace(/[.;,]+$/, '') : null;
    procedures.push({
      code,
      name: clean(p.name),
      field: clean(p.field),
      levels: p.levels.map((l) => {
        const v = LEVELS[l];
        if (!v) throw new Error(`${code}: unknown level ${l}`);
        return v;
      }),
      agency: agency || null,
      subjects: splitSubjects(p.subjects, code),
      onlineAvailable: channels.some((c) => c.channel === 'online'),
      channels,
      requiredPapers,
      results,
      legalBasis: codes.map((c) => ({ code: c, title: titles.get(c) ?? null })),
      steps: steps(p.steps_text),
      stepsTruncated: (p.steps_text?.length ?? 0) >= STEPS_LIMIT,
      conditions: p.conditions_text ? clean(p.conditions_text) : null,
      conditionsTruncated: (p.conditions_text?.length ?? 0) >= CONDITIONS_LIMIT,
      publishingDecision: p.publishing_decision ? clean(p.publishing_decision) : null,
      sourceUrl: p.source_url,
    });
  }
  return { procedures, repairs };
}
