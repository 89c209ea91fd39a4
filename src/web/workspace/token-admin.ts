// Token management for admins: list (never secrets), create (the secret is shown once), revoke.
import type { Role } from "../../schemas/token.ts";
import { api } from "./api.ts";
import type { Panel } from "./context.ts";
import { formatMoment } from "./dates.ts";
import { h, table } from "./dom.ts";
import { everyOf } from "./schema-lists.ts";

/** The roles a token can have (the public role needs none). */
const TOKEN_ROLES = everyOf<Exclude<Role, "public">>()(["analyst", "coordinator", "admin"]);


export const tokenAdmin: Panel = async (root, ctx) => {
  const { w, m, lang } = ctx;
  if (!ctx.admin) { root.replaceChildren(h("p", { class: "note" }, w.adminOnly)); return; }
  const name = h("input", { type: "text", id: "token-name", "aria-label": w.name, placeholder: w.name });
  const role = h("select", { id: "token-role", "aria-label": w.role }, ...TOKEN_ROLES.map((r) => h("option", { value: r }, m.roles[r] ?? r)));
  const secret = h("div", { "aria-live": "polite" });
  const list = h("div");
  const load = async () => {
    const { items } = await api("listTokens", "GET", "/api/v1/tokens");
    list.replaceChildren(table([w.name, w.role, w.created_, w.revoked, ""], items.map((t) => [t.name, m.roles[t.role] ?? t.role, formatMoment(lang, t.createdAt), formatMoment(lang, t.revokedAt),
      t.revokedAt ? "" : h("button", { type: "button", onclick: (() => void api("revokeToken", "DELETE", `/api/v1/tokens/${t.id}`).then(load, (e: Error) => ctx.status(e.message, true))) as EventListener }, w.revoke)])));
  };
  const create = async () => {
    const t = await api("createToken", "POST", "/api/v1/tokens", { name: name.value, role: role.value });
    secret.replaceChildren(h("p", {}, w.newSecret), h("code", { class: "secret" }, t.token));
    await load();
  };
  root.replaceChildren(h("div", { class: "row" }, name, role, h("button", { type: "button", onclick: (() => void create().catch((e: Error) => ctx.status(e.message, true))) as EventListener }, w.create)), secret, list);
  await load();
};
