/** Date periods ('YYYY-MM-DD', end inclusive, null end = open-ended). */
export interface Period {
  start: string;
  end: string | null;
}

export function contains(outer: Period, day: string): boolean {
  return day >= outer.start && (outer.end === null || day <= outer.end);
}

/** Does `outer` cover all of `inner`? An open-ended inner period needs only its start covered. */
export function covers(outer: Period, inner: Period): boolean {
  if (!contains(outer, inner.start)) return false;
  if (inner.end === null) return true;
  return outer.end === null || inner.end <= outer.end;
}

export function overlaps(a: Period, b: Period): boolean {
  return (a.end === null || b.start <= a.end) && (b.end === null || a.start <= b.end);
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const nl = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

/** "1 maart 2026 – 31 mei 2026", "vanaf 1 maart 2026". */
export function describePeriod(p: Period): string {
  return p.end ? `${nl(p.start)} – ${nl(p.end)}` : `vanaf ${nl(p.start)}`;
}
