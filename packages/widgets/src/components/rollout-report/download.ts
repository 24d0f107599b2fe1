/**
 * Saves text as a file through a Blob link. The CSV strings from the SDK start with the
 * UTF-8 byte order mark, which the Blob keeps (spreadsheet programs need it for Vietnamese).
 */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): Blob {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return blob;
}

/** A file name without characters file systems refuse, e.g. `bao-cao-thon-mau-4.csv`. */
export const fileSafe = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
