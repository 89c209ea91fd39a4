// The workspace (/workspace?lang=nl|en): sign in with a token, then the suggestions inbox,
// decision history, opportunities, "who fits in?" (recommendations for a network), analysis runs, imports, embed snippets, reports, exports and
// (for admins) tokens. What the role may do comes from GET /api/v1/me: a tab whose operation the
// role is refused is not shown, and the title names the role. It talks only to the API.
import "./styles.css";
import "./workspace/decision-loop.css";
import { langFrom, type Lang } from "./i18n.ts";
import { analysisPanel } from "./workspace/analysis-panel.ts";
import { saveToken, setMessageLanguage } from "./workspace/api.ts";
import { catalogue } from "./workspace/catalogue.ts";
import type { Panel, PanelContext } from "./workspace/context.ts";
import { decisionHistory } from "./workspace/decision-history.ts";
import { duplicateList } from "./workspace/duplicate-list.ts";
import { h } from "./workspace/dom.ts";
import { embedSnippets } from "./workspace/embed-snippets.ts";
import { exportsPanel } from "./workspace/exports-panel.ts";
import { importPanel } from "./workspace/import-panel.ts";
import { opportunityList } from "./workspace/opportunity-list.ts";
import { recommendPanel } from "./workspace/recommend-panel.ts";
import { reportsPanel } from "./workspace/reports-panel.ts";
import { currentSession, type Session } from "./workspace/session.ts";
import { suggestionInbox } from "./workspace/suggestion-inbox.ts";
import { tokenAdmin } from "./workspace/token-admin.ts";
import { workspaceWords } from "./workspace/words.ts";

const PANELS: Record<string, Panel> = {
  inbox: suggestionInbox, history: decisionHistory, opportunities: opportunityList, recommend: recommendPanel, analysis: analysisPanel,
  import: importPanel, embeds: embedSnippets, reports: reportsPanel, exports: exportsPanel, duplicates: duplicateList, tokens: tokenAdmin,
};
/** The operation each panel opens with: the tab is shown only to a role that may call it. */
const PANEL_OPERATIONS: Record<string, string> = {
  inbox: "listSuggestions", history: "listDecisions", opportunities: "listOpportunities", recommend: "recommendPartnersForNewNetwork", analysis: "listAnalysisRuns",
  import: "importFiles", embeds: "listProjects", reports: "getReport", exports: "exportGraph", duplicates: "listPartnerMerges", tokens: "listTokens",
};
const allowed = (name: string, session: Session) => session.can(PANEL_OPERATIONS[name] ?? name);

const app = document.getElementById("app")!;
let lang: Lang = langFrom(location.search);

function header(onSignOut?: () => void, session?: Session): HTMLElement {
  const w = workspaceWords(lang);
  const m = catalogue(lang);
  const pick = h("select", { "aria-label": w.lang, id: "ws-lang" }, h("option", { value: "nl" }, "Nederlands"), h("option", { value: "en" }, "English"));
  pick.value = lang;
  pick.addEventListener("change", () => {
    lang = pick.value as Lang;
    history.replaceState(null, "", `?lang=${lang}${location.hash}`);
    void start();
  });
  return h("header", { class: "ws-header" }, h("h1", {}, session ? m.title(session.role) : w.title),
    session?.name ? h("span", { class: "role-name" }, m.signedInAs(session.name, session.role)) : null, pick,
    onSignOut ? h("button", { type: "button", class: "sign-out", onclick: onSignOut as EventListener }, w.signOut) : null);
}

function signIn(error?: string): void {
  const w = workspaceWords(lang);
  document.documentElement.lang = lang;
  const input = h("input", { type: "password", id: "token", autocomplete: "off", "aria-describedby": "token-help" });
  const form = h("form", { class: "signin card" },
    h("h2", {}, w.signInTitle), h("p", { id: "token-help" }, w.signInHelp),
    h("label", { for: "token" }, w.token), input,
    error ? h("p", { class: "ws-status error", role: "alert" }, error) : null,
    h("button", { type: "submit" }, w.signIn));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    saveToken(input.value.trim());
    void start(true);
  });
  app.replaceChildren(header(), form);
  input.focus();
}

async function start(justSignedIn = false): Promise<void> {
  const w = workspaceWords(lang);
  const m = catalogue(lang);
  document.documentElement.lang = lang;
  setMessageLanguage(lang);
  const who = await currentSession();
  if (!who) {
    saveToken(null);
    return signIn(justSignedIn ? w.badToken : undefined);
  }
  const status = h("p", { class: "ws-status", role: "status" });
  const main = h("main", { class: "ws-main", id: "panel" });
  const nav = h("nav", { class: "ws-nav", "aria-label": m.nav });
  const tab = (name: string) => w.tabs[name as keyof typeof w.tabs] ?? m.tabs[name as keyof typeof m.tabs] ?? name;
  const ctx: PanelContext = {
    lang, w, m, admin: who.can("listTokens"), role: who.role, can: who.can,
    status(message, error = false) {
      status.textContent = message;
      status.classList.toggle("error", error);
    },
  };
  const show = async (name: string) => {
    for (const b of nav.querySelectorAll("button")) b.toggleAttribute("aria-current", b.dataset.panel === name) && b.setAttribute("aria-current", "page");
    history.replaceState(null, "", `?lang=${lang}#${name}`);
    ctx.status("");
    main.replaceChildren(h("h2", {}, tab(name)), h("div", { class: "panel-body" }, h("p", { class: "note" }, w.loading)));
    try {
      await PANELS[name]!(main.querySelector<HTMLElement>(".panel-body")!, ctx);
    } catch (e) {
      ctx.status((e as Error).message, true);
    }
  };
  for (const name of Object.keys(PANELS)) {
    if (!allowed(name, who)) continue;
    nav.append(h("button", { type: "button", "data-panel": name, onclick: (() => void show(name)) as EventListener }, tab(name)));
  }
  app.replaceChildren(header(() => { saveToken(null); signIn(); }, who), nav, status, main);
  const wanted = location.hash.slice(1);
  await show(PANELS[wanted] && allowed(wanted, who) ? wanted : Object.keys(PANELS).find((name) => allowed(name, who)) ?? "inbox");
}

void start();
