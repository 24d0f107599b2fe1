import { hashSeed } from '../util/random.js';

// Small generated SVG pictures, so that sample reports and news have images without
// shipping any: each is drawn from its id, clearly marked as a sample.

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PALETTES = [
  ['#0b5cad', '#7fb3e6', '#f2c14e'],
  ['#2f7d32', '#a5d6a7', '#ffcc80'],
  ['#8e2430', '#f4a6a0', '#ffe082'],
  ['#4a3f8f', '#b39ddb', '#80deea'],
  ['#00695c', '#80cbc4', '#ffab91'],
  ['#5d4037', '#bcaaa4', '#fff59d'],
] as const;

/** A sample "photo" of a feedback report: a street scene in the report's colours. */
export function feedbackPhotoSvg(id: string, n: number, label: string, thumb: boolean): string {
  const h = hashSeed(id, n);
  const [dark, light, accent] = PALETTES[h % PALETTES.length] as readonly [string, string, string];
  const sun = 80 + (h % 560);
  const [w, ht] = thumb ? [200, 150] : [800, 600];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${ht}" viewBox="0 0 800 600" role="img" aria-label="${escapeXml(
    `Ảnh mẫu: ${label}`,
  )}">
<rect width="800" height="600" fill="${light}"/>
<circle cx="${sun}" cy="120" r="60" fill="${accent}"/>
<path d="M0 380 L200 300 L380 360 L560 280 L800 350 L800 600 L0 600 Z" fill="${dark}" opacity="0.55"/>
<path d="M330 600 L400 400 L470 600 Z" fill="#555"/>
<path d="M395 600 L400 420 L405 600 Z" fill="#fff" opacity="0.7"/>
<rect x="0" y="520" width="800" height="80" fill="#000" opacity="0.45"/>
<text x="24" y="572" font-family="sans-serif" font-size="34" fill="#fff">Ảnh mẫu · ${escapeXml(label)} · ${escapeXml(id)}</text>
</svg>`;
}

/** A sample news illustration with the article's title. */
export function newsImageSvg(id: string, title: string): string {
  const h = hashSeed(id);
  const [dark, light, accent] = PALETTES[h % PALETTES.length] as readonly [string, string, string];
  const words = title.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).trim().length > 34 && line) {
      lines.push(line);
      line = w;
    } else line = (line + ' ' + w).trim();
  }
  if (line) lines.push(line);
  const text = lines
    .slice(0, 4)
    .map(
      (l, k) =>
        `<text x="60" y="${220 + k * 64}" font-family="sans-serif" font-size="48" font-weight="700" fill="#fff">${escapeXml(l)}</text>`,
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" role="img" aria-label="${escapeXml(title)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>
<rect width="1200" height="630" fill="url(#g)"/>
<circle cx="1050" cy="120" r="70" fill="${accent}" opacity="0.8"/>
<text x="60" y="110" font-family="sans-serif" font-size="30" fill="#fff" opacity="0.9">Smart Hải Phòng · Dữ liệu mẫu</text>
${text}
</svg>`;
}
