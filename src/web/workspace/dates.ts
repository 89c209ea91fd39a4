// Moments as the coordinator reads them: in Belgian time, in the workspace's language.
import type { Lang } from "../i18n.ts";

const formats = new Map<Lang, Intl.DateTimeFormat>();

export function formatMoment(iso: string | undefined, lang: Lang): string {
  if (!iso) return "";
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "nl" ? "nl-BE" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Brussels" });
    formats.set(lang, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}
