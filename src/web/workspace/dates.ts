// Moments as the reader expects them: in Brussels time, in the language's own format
// (nl-BE: 6 dec 2026 18:05; en-GB: 6 Dec 2026, 18:05), never raw ISO UTC.
import type { Lang } from "../i18n.ts";

const formats = new Map<Lang, Intl.DateTimeFormat>();

export function formatMoment(lang: Lang, iso: string | undefined | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "nl" ? "nl-BE" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Brussels" });
    formats.set(lang, f);
  }
  return f.format(d);
}

/** A calendar date (YYYY-MM-DD) some days before today, in Brussels: a default for "since". */
export function daysAgo(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date(Date.now() - days * 86_400_000));
}
