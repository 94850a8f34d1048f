// Saving and opening the memory's files from the memory page: a Blob link, no `downloads` permission.

export function saveText(fileName: string, text: string, type: string, host: Element): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = host.ownerDocument.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  // the browser reads the Blob after click(): revoke only later
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file's JSON; throws a plain Error on a file that is not JSON. */
export async function readJsonFile(file: Blob): Promise<unknown> {
  return JSON.parse(await file.text()) as unknown;
}

/** Bytes in the reader's words: "1.2 MB". */
export function formatBytes(n: number, locale?: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i ? 1 : 0 }).format(n);
}
