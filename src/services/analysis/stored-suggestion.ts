// How a suggestion is stored, in one place. A run stores each suggestion as one node whose
// explanation — signals, reasons in Dutch and English, evidence — is one JSON string (`details`),
// and whose id is not stored: it is `s-<a>--<b>-<runId>`, derived from the properties it names.
// Four text properties (two of them lists of strings) and a unique id per node made Neo4j spend
// about twice the CPU per written suggestion (bench/README.md). Runs stored before keep their
// separate properties and their stored id; every reader here takes both shapes.
import type { Reasons, Suggestion } from "../../analysis/types.ts";

/** A suggestion's id: the run and the pair (a < b) it names. */
export const suggestionId = (a: string, b: string, runId: string) => `s-${a}--${b}-${runId}`;

const MAX_ID_PARTS = 256;

/**
 * Every (a, b, runId) an id may name: the id's text is split at each "--" and, after it, at each
 * "-" (project and run ids may hold dashes themselves), keeping the splits with a < b, as a run
 * stores its pairs. Only a stored suggestion matches one; the database lookup picks it. At most
 * MAX_ID_PARTS: ids of real projects and runs split a few ways, and a hostile id (up to 400 dashes)
 * must not become a query of tens of thousands of seeks.
 */
export function suggestionIdParts(id: string): { a: string; b: string; runId: string }[] {
  if (!id.startsWith("s-")) return [];
  const rest = id.slice(2);
  const out: { a: string; b: string; runId: string }[] = [];
  for (let i = rest.indexOf("--"); i > 0; i = rest.indexOf("--", i + 1)) {
    const a = rest.slice(0, i);
    const tail = rest.slice(i + 2);
    for (let j = tail.indexOf("-"); j > 0; j = tail.indexOf("-", j + 1)) {
      const b = tail.slice(0, j);
      const runId = tail.slice(j + 1);
      if (runId && a < b) out.push({ a, b, runId });
      if (out.length === MAX_ID_PARTS) return out;
    }
  }
  return out;
}

type Details = Pick<Suggestion, "signals" | "reasons" | "evidence">;

/** The stored `details` of a suggestion: its signals, reasons and evidence as one JSON string. */
export const suggestionDetails = (s: Details): string => JSON.stringify({ signals: s.signals, reasons: s.reasons, evidence: s.evidence });

const NO_EVIDENCE: Suggestion["evidence"] = { sharedThemes: [], sharedPartners: [], topTerms: [], complementarity: [] };
const strings = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

/**
 * Signals, reasons and evidence of a stored suggestion row: from `details`, or from the separate
 * properties of a run stored before (signals and evidence JSON, reasonsNl and reasonsEn lists).
 */
export function readDetails(row: Record<string, unknown>): Details {
  if (typeof row.details === "string") {
    const d = JSON.parse(row.details) as Partial<Details>;
    return { signals: d.signals ?? ({} as Details["signals"]), reasons: d.reasons ?? { nl: [], en: [] }, evidence: d.evidence ?? NO_EVIDENCE };
  }
  return {
    signals: typeof row.signals === "string" ? JSON.parse(row.signals) : ({} as Details["signals"]),
    reasons: { nl: strings(row.reasonsNl), en: strings(row.reasonsEn) },
    evidence: typeof row.evidence === "string" ? JSON.parse(row.evidence) : NO_EVIDENCE,
  };
}

/** The reasons of a stored suggestion row alone (reports and exports read no more). */
export const readReasons = (row: Record<string, unknown>): Reasons => readDetails(row).reasons;

/** The id of a stored suggestion row: stored (runs before the compact shape) or derived. */
export const storedSuggestionId = (row: { id?: unknown; a: string; b: string; runId: string }): string =>
  typeof row.id === "string" ? row.id : suggestionId(row.a, row.b, row.runId);
