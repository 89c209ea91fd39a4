// Dates as programme data has them: often only a year (2012) or a month (2012-09). Such a date is
// kept with its precision and never given an invented day: the graph stores the first day of the
// period plus `<field>Precision` ("year" or "month"), and every output cuts the date back to it.
export type DatePrecision = "year" | "month" | "day";

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision of a valid YYYY, YYYY-MM or YYYY-MM-DD text, or undefined when it is none of them (or no real date). */
export function datePrecision(s: string): DatePrecision | undefined {
  const m = PATTERN.exec(s);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1000) return undefined;
  if (mo === undefined) return "year";
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return "month";
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last ? "day" : undefined;
}

/** The first day of the period (what the graph stores). */
export function firstDay(s: string): string {
  const p = datePrecision(s);
  return p === "year" ? `${s}-01-01` : p === "month" ? `${s}-01` : s;
}

/** The last day of the period: "2012" ends on 2012-12-31, "2012-02" on 2012-02-29. */
export function lastDay(s: string): string {
  const p = datePrecision(s);
  if (p === "year") return `${s}-12-31`;
  if (p === "month") {
    const [y, m] = s.split("-").map(Number) as [number, number];
    return `${s}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return s;
}

/** A stored date (YYYY-MM-DD) shown with its stored precision. */
export function cutToPrecision(date: string, precision: unknown): string {
  if (precision === "year") return date.slice(0, 4);
  if (precision === "month") return date.slice(0, 7);
  return date;
}
