// The process coordinator's workspace (/workspace?lang=nl|en): sign in with a token, then the
// suggestions inbox, decision history, opportunities, analysis runs, imports, embed snippets and
// (for admins) tokens. It talks only to the API, like any other client.
import "./styles.css";
import "./workspace/decision-loop.css";
import { langFrom, type Lang } from "./i18n.ts";
import { analysisPanel } from "./workspace/analysis-panel.ts";
import { api, ApiError, savedToken, saveToken } from "./workspace/api.ts";
import type { Panel, PanelContext } from "./workspace/context.ts";
import { decisionHistory } from "./workspace/decision-history.ts";
import { h } from "./workspace/dom.ts";
import { embedSnippets } from "./workspace/embed-snippets.ts";
import { importPanel } from "./workspace/import-panel.ts";
import { opportunityList } from "./workspace/opportunity-list.ts";
import { suggestionInbox } from "./workspace/suggestion-inbox.ts";
import { tokenAdmin } from "./workspace/token-admin.ts";
import { workspaceWords } from "./workspace/words.ts";

const PANELS: Record<string, Panel> = {
  inbox: suggestionInbox, history: decisionHistory, opportunities: opportunityList, analysis: analysisPanel,
  import: importPanel, embeds: embedSnippets, tokens: tokenAdmin,
};

const app = document.getElementById("app")!;
let lang: Lang = langFrom(location.search);

async function signedIn(): Promise<{ admin: boolean } | undefined> {
  if (!savedToken()) return undefined;
  try {
    await api("GET", "/api/v1/analysis/runs");
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return undefined;
    throw e;
  }
  const admin = await api("GET", "/api/v1/tokens").then(() => true, () => false);
  return { admin };
}

function header(onSignOut?: () => void): HTMLElement {
  const w = workspaceWords(lang);
  const pick = h("select", { "aria-label": w.lang, id: "ws-lang" }, h("option", { value: "nl" }, "Nederlands"), h("option", { value: "en" }, "English"));
  pick.value = lang;
  pick.addEventListener("change", () => {
    lang = pick.value as Lang;
    history.replaceState(null, "", `?lang=${lang}${location.hash}`);
    void start();
  });
  return h("header", { class: "ws-header" }, h("h1", {}, w.title), pick,
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
  document.documentElement.lang = lang;
  const who = await signedIn();
  if (!who) {
    saveToken(null);
    return signIn(justSignedIn ? w.badToken : undefined);
  }
  const status = h("p", { class: "ws-status", role: "status" });
  const main = h("main", { class: "ws-main", id: "panel" });
  const nav = h("nav", { class: "ws-nav", "aria-label": "workspace" });
  const ctx: PanelContext = {
    lang, w, admin: who.admin,
    status(message, error = false) {
      status.textContent = message;
      status.classList.toggle("error", error);
    },
  };
  const show = async (name: string) => {
    for (const b of nav.querySelectorAll("button")) b.toggleAttribute("aria-current", b.dataset.panel === name) && b.setAttribute("aria-current", "page");
    history.replaceState(null, "", `?lang=${lang}#${name}`);
    ctx.status("");
    main.replaceChildren(h("h2", {}, w.tabs[name as keyof typeof w.tabs]), h("div", { class: "panel-body" }, h("p", { class: "note" }, w.loading)));
    try {
      await PANELS[name]!(main.querySelector<HTMLElement>(".panel-body")!, ctx);
    } catch (e) {
      ctx.status((e as Error).message, true);
    }
  };
  for (const name of Object.keys(PANELS)) {
    if (name === "tokens" && !who.admin) continue;
    nav.append(h("button", { type: "button", "data-panel": name, onclick: (() => void show(name)) as EventListener }, w.tabs[name as keyof typeof w.tabs]));
  }
  app.replaceChildren(header(() => { saveToken(null); signIn(); }), nav, status, main);
  const wanted = location.hash.slice(1);
  await show(PANELS[wanted] && (wanted !== "tokens" || who.admin) ? wanted : "inbox");
}

void start();
