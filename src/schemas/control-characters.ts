// Characters no stored text may hold: C0 control characters (U+0000–U+001F; a long text may keep
// tab and line feed, and its CR LF line ends become LF), U+FFFE and U+FFFF, and lone UTF-16
// surrogates. XML 1.0 cannot carry them (one such name would make every GEXF and GraphML export
// invalid), reports would print them, and no person types them. One rule, applied by the text
// fields of every schema, so the importer, the HTTP API and the CLI refuse them alike.
import { z } from "zod";
import { expectedText } from "./import-problem-messages.ts";

const SHORT = /[\u0000-\u001f\ufffe\uffff]/;
const LONG = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** What is wrong with the text, or undefined when it may be stored. */
export function controlCharacterProblem(text: string, long: boolean): string | undefined {
  const m = (long ? LONG : SHORT).exec(text);
  if (m) return expectedText("import.text-control-character", { char: codePoint(m[0]), at: m.index + 1 });
  if (LONE_SURROGATE.test(text)) return expectedText("import.text-surrogate");
  return undefined;
}

/** CR LF and lone CR line ends in a long text become LF (a spreadsheet cell's line breaks). */
export const unifyLineEnds = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v);

/** A zod string that refuses control characters; `long` keeps tab and line feed (unify line ends first). */
export const plainString = (long = false, params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine((t) => controlCharacterProblem(t, long) === undefined, {
    error: (iss) => controlCharacterProblem(String(iss.input), long),
    abort: true,
  });
