// The mark on a report's internal version: it may name planned networks (not announced yet), their
// partners and outcomes, so it must not leave the office. Shown at the top in every format, in the
// report's language; "intern" / "internal" is the word a reader and a test look for.
import { say, type Lang, type ReportDocument } from "./document.ts";

export function internalMark(lang: Lang): { label: string; text: string } {
  return {
    label: say(lang, "Intern", "Internal"),
    text: say(
      lang,
      "niet voor verspreiding buiten het kantoor: deze versie kan geplande netwerken noemen, met hun partners en resultaten.",
      "not for distribution outside the office: this version may name planned networks, with their partners and outcomes.",
    ),
  };
}

/** The mark's line for a document, or undefined for a version that may leave the office. */
export const internalLine = (doc: ReportDocument) => (doc.internal ? internalMark(doc.lang) : undefined);
