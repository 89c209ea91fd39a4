// Reports for analysts: the health of the network, a theme report for policy, a recommendation
// letter to one network and the newsletter digest, in HTML, PDF or Markdown. The preview is shown
// in a sandboxed frame (no script runs in it); the download saves the file the API made.
import type { ReportFormat, ReportKindName } from "../../schemas/report.ts";
import { apiFile, api } from "./api.ts";
import type { Panel } from "./context.ts";
import { daysAgo } from "./dates.ts";
import { h } from "./dom.ts";
import { downloadFile, whileBusy } from "./file-download.ts";
import { everyOf } from "./schema-lists.ts";

const KINDS = everyOf<ReportKindName>()(["health", "theme", "letter", "digest"]);
/** Every format but json (the reports' data, for programs). */
const FORMATS = ["html", "pdf", "md"] as const satisfies readonly ReportFormat[];

/** A labelled control: the label names it for screen readers. */
const field = (id: string, label: string, control: HTMLElement) => h("div", { class: "field", "data-field": id }, h("label", { for: id }, label), control);

export const reportsPanel: Panel = async (root, ctx) => {
  const { m, lang } = ctx;
  const [projects, themes] = await Promise.all([
    api("listProjects", "GET", "/api/v1/projects?limit=500&sort=name"),
    api("listThemes", "GET", "/api/v1/themes?limit=500"),
  ]);
  const kind = h("select", { id: "report-kind" }, ...KINDS.map((k) => h("option", { value: k }, m.reportKinds[k]!)));
  const subject = h("select", { id: "report-subject" });
  const since = h("input", { type: "date", id: "report-since", value: daysAgo(90), required: true });
  const reportLang = h("select", { id: "report-lang" }, ...(["nl", "en"] as const).map((l) => h("option", { value: l }, m.languages[l]!)));
  reportLang.value = lang;
  const format = h("select", { id: "report-format" }, ...FORMATS.map((f) => h("option", { value: f }, m.formats[f]!)));
  const preview = h("button", { type: "button", class: "report-preview" }, m.preview);
  const download = h("button", { type: "button", class: "report-download" }, m.download);
  const subjectField = field("report-subject", m.subjectTheme, subject);
  const sinceField = field("report-since", m.since, since);
  const note = h("p", { class: "note report-note" });
  const frame = h("iframe", { class: "report-frame", sandbox: "", title: m.previewTitle, hidden: true });

  const path = (f: string) => {
    const q = new URLSearchParams({ format: f, lang: reportLang.value });
    if (kind.value === "theme" || kind.value === "letter") q.set("subject", subject.value);
    if (kind.value === "digest") q.set("since", since.value);
    return `/api/v1/reports/${kind.value}?${q}`;
  };
  const update = () => {
    const about = kind.value === "theme" ? "theme" : kind.value === "letter" ? "letter" : "";
    if (subject.dataset.kind !== about) {
      const options = about === "theme" ? themes.items.map((t) => [t.id, lang === "nl" ? t.nameNl : t.nameEn] as const)
        : about === "letter" ? projects.items.map((p) => [p.id, p.name] as const) : [];
      subject.replaceChildren(...options.map(([id, name]) => h("option", { value: id }, name)));
      subject.dataset.kind = about;
      subjectField.querySelector("label")!.textContent = about === "theme" ? m.subjectTheme : m.subjectProject;
    }
    subjectField.hidden = !about;
    sinceField.hidden = kind.value !== "digest";
  };
  const showPreview = async () => {
    const f = format.value === "md" ? "md" : "html";
    const { blob } = await apiFile(path(f));
    const text = await blob.text();
    frame.srcdoc = f === "html" ? text : `<!doctype html><meta charset="utf-8"><pre style="white-space:pre-wrap;font:14px/1.5 monospace;margin:1rem">${text.replace(/[&<>]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt" }[c]};`)}</pre>`;
    frame.hidden = false;
    note.textContent = format.value === "pdf" ? m.pdfPreview : "";
  };
  for (const c of [kind, subject, since, reportLang, format]) c.addEventListener("change", () => { update(); frame.hidden = true; note.textContent = ""; });
  preview.addEventListener("click", whileBusy(preview, ctx, showPreview));
  download.addEventListener("click", whileBusy(download, ctx, async () => ctx.status(m.downloaded(await downloadFile(path(format.value))))));
  root.replaceChildren(
    h("p", {}, m.reportHelp),
    h("div", { class: "row report-form" }, field("report-kind", m.reportKind, kind), subjectField, sinceField,
      field("report-lang", m.reportLang, reportLang), field("report-format", m.format, format)),
    h("div", { class: "row" }, preview, download),
    note, frame);
  update();
  // A report that cannot be made yet (no analysis run) is said on the status line; the form stays usable.
  await showPreview().catch((e: Error) => ctx.status(e.message, true));
};
