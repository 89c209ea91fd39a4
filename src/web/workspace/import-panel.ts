// Upload import files: a dry run first, its validation report row by row (file, sheet, row,
// column, value, what was expected — said in the reader's language from each problem's message id),
// the possible duplicate organisations it found (their total, the first ones listed), and only after
// a clean dry run the real import. The answer lists at most a few hundred items of each kind; the
// panel says so, with the totals.
import type { ImportReportJson } from "../../schemas/responses-analysis.ts";
import { api, ApiError } from "./api.ts";
import type { Panel } from "./context.ts";
import { h, table } from "./dom.ts";

/** A row the import refused or warned about (the 422 problem lists them the same way). */
type Problem = ImportReportJson["warnings"][number];

export const importPanel: Panel = async (root, ctx) => {
  const { w, m } = ctx;
  const files = h("input", { type: "file", id: "import-files", multiple: true, accept: ".csv,.xlsx,.json" });
  const check = h("button", { type: "button", class: "dry-run" }, w.dryRun);
  const write = h("button", { type: "button", class: "do-import", disabled: true }, w.doImport);
  const report = h("section", { class: "import-report", "aria-live": "polite" });
  root.replaceChildren(h("div", { class: "row" }, h("label", { for: "import-files" }, w.files)), h("div", { class: "row" }, files, check, write), report);
  files.addEventListener("change", () => { write.disabled = true; report.replaceChildren(); });

  const send = async (dryRun: boolean) => {
    const form = new FormData();
    for (const f of files.files ?? []) form.append("files", f, f.name);
    try {
      const r = await api("importFiles", "POST", `/api/v1/import?dryRun=${dryRun}`, form);
      // The summary is said in the reader's language from the counts (the server's own line is English).
      const counted = Object.entries(r.counts).filter(([, c]) => c.rows > 0);
      const summary = m.imported(counted.map(([k, c]) => m.importedPart(m.entities[k] ?? k, c.rows, c.created, c.updated)), r.seconds ?? 0);
      report.replaceChildren(h("p", {}, dryRun ? w.importOk : summary),
        table(["", w.rows, w.created, w.updated], Object.entries(r.counts).map(([k, c]) => [m.entities[k] ?? k, c.rows, c.created, c.updated])),
        ...(r.warnings.length ? [...cut(r.warnings.length, r.lists.totals.warnings), problemTable(r.warnings)] : []),
        ...duplicateList(r));
      write.disabled = !dryRun;
      if (!dryRun) ctx.status(summary);
    } catch (e) {
      write.disabled = true;
      const problems = e instanceof ApiError ? (e.body?.problems as Problem[] | undefined) : undefined;
      report.replaceChildren(h("p", { class: "error" }, problems ? w.problems(problems.length) : (e as Error).message), ...(problems ? [problemTable(problems)] : []));
    }
  };
  /** "The first 200 of 5,210 are listed below" when the answer cut the list. */
  const cut = (shown: number, total = shown) => (total > shown ? [h("p", { class: "note" }, w.importLists.firstOf(shown, total))] : []);
  const duplicateList = (r: ImportReportJson) => {
    const total = r.lists.totals.duplicates ?? r.duplicates?.length ?? 0;
    if (total === 0 || !r.duplicates) return [];
    const d = w.duplicates;
    return [h("p", {}, w.importLists.duplicates(total)), ...cut(r.duplicates.length, total),
      table([d.pair, d.confidence, d.reason], r.duplicates.map((c) => [`${c.a.name} (${c.a.id}) ~ ${c.b.name} (${c.b.id})`, c.confidence.toFixed(2), ctx.lang === "nl" ? c.reasonNl : c.reasonEn]), "ws-table duplicates")];
  };
  const problemTable = (ps: Problem[]) =>
    table([w.file, w.sheet, w.row, w.column, w.value, w.expected], ps.map((p) => [p.file, p.sheet ?? "", p.row ?? "", p.column ?? "", p.value === undefined ? "" : String(p.value), m.importProblem(p.messageId, p.params) ?? p.message]), "ws-table problems");
  check.addEventListener("click", () => void send(true));
  write.addEventListener("click", () => void send(false));
};
