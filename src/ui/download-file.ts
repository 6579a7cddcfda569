import { toCsv, UTF8_BOM, type CsvCell } from './csv';

/**
 * Saves a blob as a file named `fileName`, through a temporary link: works without a server and
 * under the page's Content-Security-Policy (a download is not an image or a script).
 */
export function downloadFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/**
 * Saves rows as a UTF-8 CSV with a byte-order mark, so that Excel opens Korean and Ukrainian,
 * under a first line that says what the file shows (`heading`, one field).
 */
export function downloadCsv(
  fileName: string,
  heading: string,
  rows: readonly (readonly CsvCell[])[],
): void {
  const text = toCsv([[heading], ...rows]);
  downloadFile(fileName, new Blob([UTF8_BOM, text], { type: 'text/csv;charset=utf-8' }));
}
