// The section most reports repeat: a heading over a list of items, each with its reasons in the
// reader's language ("X: because …; because …"), or one sentence saying there is nothing to list.
// The letter, the digest and the "what changed since" section are built from it, so a list that
// is empty always says so and a list that is long is cut the same way everywhere.
import { say, type Lang, type Section } from "./document.ts";

export type Reasons = { nl: string[]; en: string[] };

/** "Head: reason; reason" in the reader's language. */
export const explained = (lang: Lang, head: string, reasons: Reasons) => (reasons[lang].length ? `${head}: ${reasons[lang].join("; ")}` : head);

export interface ListSpec {
  id: string;
  heading: string;
  items: string[];
  /** Said when there is nothing to list. */
  none: string;
  /** Items shown at most; the rest are counted ("and 3 more"). */
  limit?: number;
  /** How many there are in all, when more were found than fetched. */
  total?: number;
}

export function listSection(lang: Lang, spec: ListSpec): Section {
  if (spec.items.length === 0) return { id: spec.id, heading: spec.heading, blocks: [{ type: "paragraph", text: spec.none }] };
  const shown = spec.items.slice(0, spec.limit ?? spec.items.length);
  const more = Math.max(spec.total ?? spec.items.length, spec.items.length) - shown.length;
  return {
    id: spec.id,
    heading: spec.heading,
    blocks: [
      { type: "list", items: shown },
      ...(more > 0 ? [{ type: "paragraph" as const, text: say(lang, `En ${more} andere.`, `And ${more} more.`) }] : []),
    ],
  };
}
