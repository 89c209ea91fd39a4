// Copy-paste snippets for the knowledge centre's site: an iframe or the <diagonal-map> web
// component, for the whole network, a chosen network or a chosen theme, in Dutch or English.
import { api } from "./api.ts";
import type { Panel } from "./context.ts";
import { h } from "./dom.ts";

export const embedSnippets: Panel = async (root, ctx) => {
  const { w, m, lang } = ctx;
  const [projects, themes] = await Promise.all([
    api("listProjects", "GET", "/api/v1/projects?limit=500&sort=name"),
    api("listThemes", "GET", "/api/v1/themes?limit=500"),
  ]);
  const view = h("select", { id: "embed-view", "aria-label": m.embedView },
    h("option", { value: "network" }, m.wholeNetwork), h("option", { value: "project" }, w.project), h("option", { value: "theme" }, w.theme));
  const subject = h("select", { id: "embed-subject", "aria-label": m.embedSubject });
  const mapLang = h("select", { id: "embed-lang", "aria-label": w.lang }, h("option", { value: "nl" }, m.languages.nl!), h("option", { value: "en" }, m.languages.en!));
  mapLang.value = lang;
  const iframe = h("textarea", { class: "snippet iframe-snippet", readonly: true, "aria-label": w.iframe });
  const component = h("textarea", { class: "snippet component-snippet", readonly: true, "aria-label": w.component });
  const preview = h("a", { target: "_blank", rel: "noopener" }, w.preview);
  const update = () => {
    const options = view.value === "project" ? projects.items.map((p) => [p.id, p.name]) : view.value === "theme" ? themes.items.map((t) => [t.id, lang === "nl" ? t.nameNl : t.nameEn]) : [];
    if (subject.dataset.view !== view.value) {
      subject.replaceChildren(...options.map(([id, name]) => h("option", { value: id! }, name!)));
      subject.dataset.view = view.value;
    }
    subject.hidden = view.value === "network";
    const path = view.value === "network" ? "/embed/network" : `/embed/${view.value}/${encodeURIComponent(subject.value)}`;
    const url = `${location.origin}${path}?lang=${mapLang.value}`;
    iframe.value = `<iframe src="${url}" title="Diagonal" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
    const subjectAttr = view.value === "network" ? "" : ` subject="${subject.value}"`;
    component.value = `<script type="module" src="${location.origin}/diagonal-map.js"></script>\n<diagonal-map view="${view.value}"${subjectAttr} lang="${mapLang.value}" height="520"></diagonal-map>`;
    preview.href = url;
  };
  for (const s of [view, subject, mapLang]) s.addEventListener("change", update);
  root.replaceChildren(h("p", {}, w.embedHelp), h("div", { class: "row" }, view, subject, mapLang, preview),
    h("h3", {}, w.iframe), iframe, h("h3", {}, w.component), component);
  update();
};
