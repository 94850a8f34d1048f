// Sort key for the date values of ANALYSIS.md: the first day each value covers.

const PART_START: Record<string, string> = {
  Q1: '01', Q2: '04', Q3: '07', Q4: '10', H1: '01', H2: '07', early: '01', mid: '05', late: '09',
};

export function dateSortKey(value: string | null): string {
  if (!value) return '9999';
  const [y, part] = value.split('-');
  if (!part) return `${y}-00`;
  if (/^\d\d$/.test(part)) return value;
  if (part.startsWith('W')) {
    const week = Number(part.slice(1));
    const month = Math.min(12, Math.floor(((week - 1) * 7) / 30.5) + 1);
    return `${y}-${String(month).padStart(2, '0')}-w`;
  }
  return `${y}-${PART_START[part] ?? '00'}-p`;
}
