// Exports for analysts: the graph as GEXF (Gephi), GraphML or graphology JSON, and the
// suggestions, decisions and opportunities as CSV tables, saved under the server's file names.
import type { CsvTable, ExportFormat } from "../../schemas/report.ts";
import type { Panel } from "./context.ts";
import { h } from "./dom.ts";
import { downloadFile, whileBusy } from "./file-download.ts";
import { everyOf } from "./schema-lists.ts";

const GRAPH = ["gexf", "graphml", "json"] as const satisfies readonly ExportFormat[];
const TABLES = everyOf<CsvTable>()(["suggestions", "decisions", "opportunities"]);

export const exportsPanel: Panel = async (root, ctx) => {
  const { m } = ctx;
  const button = (key: string, path: string) => {
    const b = h("button", { type: "button", class: "export-download", "data-export": key }, m.exports[key]!);
    b.addEventListener("click", whileBusy(b, ctx, async () => ctx.status(m.downloaded(await downloadFile(path)))));
    return b;
  };
  root.replaceChildren(
    h("p", {}, m.exportHelp),
    h("h3", {}, m.exportGraph),
    h("div", { class: "row" }, ...GRAPH.map((f) => button(f, `/api/v1/export?format=${f}`))),
    h("h3", {}, m.exportTables),
    h("div", { class: "row" }, ...TABLES.map((t) => button(t, `/api/v1/export?format=csv&table=${t}`))),
  );
};
