// From validated rows and what the database already holds to the exact writes: duplicate ids,
// partner merges, references that point nowhere, repeated relationships. Pure: the database
// state comes in as StoredState, so this is tested without Neo4j.
import neo4j from "neo4j-driver";
import type { EntityName } from "../schemas/index.ts";
import { datePrecision, firstDay } from "../schemas/partial-date.ts";
import { mergePartners, type PartnerMerge, type StoredPartner } from "./merge-partners.ts";
import { aliasWrites, type AliasWrite } from "./import-aliases.ts";
import { problem, type ImportProblem } from "./problems.ts";
import type { RowSource, ValidRow, ValidRows } from "./validate-tables.ts";
import { expectedText as expected, noteText as note } from "../schemas/import-problem-messages.ts";

export type NodeEntity = "themes" | "projects" | "partners" | "outcomes";
export const NODE_ENTITIES: NodeEntity[] = ["themes", "projects", "partners", "outcomes"];

export const nothingStored = (): StoredState => ({
  ids: { themes: new Set(), projects: new Set(), partners: new Set(), outcomes: new Set() },
  partners: [],
});

export interface StoredState {
  /** Ids among those the import names (its own rows and its references) that are already stored. */
  ids: Record<NodeEntity, Set<string>>;
  /** Stored partners with an id, enterprise number or name key that occurs in the import. */
  partners: StoredPartner[];
  /** Ids the import names that were merged into a stored partner: alias → that partner's id. */
  aliases?: Map<string, string>;
}

/**
 * `known`: the node is already stored, or for a relationship both endpoints are, so it is written
 * with MERGE; everything else is certainly new and is written with the cheaper CREATE.
 */
export interface NodeWrite { id: string; props: Record<string, unknown>; known?: boolean }
export interface OutcomeWrite extends NodeWrite { project: string; themes: string[] | null }
export interface RelationWrite { props: Record<string, unknown>; known?: boolean }
export interface WritePlan {
  themes: NodeWrite[];
  projects: NodeWrite[];
  partners: NodeWrite[];
  outcomes: OutcomeWrite[];
  projectThemes: (RelationWrite & { project: string; theme: string })[];
  participations: (RelationWrite & { partner: string; project: string })[];
  collaborations: (RelationWrite & { from: string; to: string })[];
}

/** Relationships whose two endpoints were already stored: only those can exist already (the rest are certainly new). */
export type RelationProbe = Pick<WritePlan, "projectThemes" | "participations" | "collaborations">;

export interface ImportPlan {
  plan: WritePlan;
  probe: RelationProbe;
  /** Per node entity: how many written nodes already exist. */
  existing: Record<NodeEntity, number>;
  rows: Record<EntityName, number>;
  merges: PartnerMerge[];
  /** The alias records the merges make (written with the plan, in the same transaction). */
  aliases: AliasWrite[];
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

/** Properties a row sets on its node or relationship; the other schema keys are ids of endpoints. */
const PROPERTY_KEYS: Record<EntityName, string[]> = {
  themes: ["nameNl", "nameEn", "description"],
  projects: ["name", "description", "start", "end", "status", "region", "website"],
  partners: ["name", "kind", "sector", "region", "size", "activeIn", "enterpriseNumber", "website"],
  outcomes: ["title", "kind", "date", "url", "summary"],
  projectThemes: ["weight"],
  participations: ["role"],
  collaborations: ["since", "source"],
};
const DATE_KEYS = new Set(["start", "end", "date", "since"]);
/** Strongest role first: when one organisation appears twice in a network (after merging), it keeps its strongest role. */
const ROLE_RANK = ["promoter", "partner", "expert", "observer"];

const toNeo4jDate = (s: string) => {
  const [y, m, d] = s.split("-").map(Number);
  return new neo4j.types.Date(y!, m!, d!);
};

/** Properties for the columns the source had; an empty cell clears the property (null), a missing column leaves it alone. */
export function propertiesOf(entity: EntityName, value: Record<string, unknown>, present: Iterable<string>): Record<string, unknown> {
  const allowed = PROPERTY_KEYS[entity];
  const props: Record<string, unknown> = {};
  for (const k of present) {
    if (!allowed.includes(k)) continue;
    const v = value[k];
    if (DATE_KEYS.has(k) && typeof v === "string") {
      // A year or month is stored as its first day plus its precision, so no day is invented on output.
      const precision = datePrecision(v);
      props[k] = toNeo4jDate(firstDay(v));
      props[`${k}Precision`] = precision === "day" ? null : precision ?? null;
      continue;
    }
    props[k] = v === undefined ? null : v;
    if (DATE_KEYS.has(k)) props[`${k}Precision`] = null;
  }
  return props;
}

const where = (at: RowSource) => `${at.file}${at.sheet ? ` [${at.sheet}]` : ""} row ${at.row}`;

/** Keeps the first row of each id; later rows with the same id are problems. */
function uniqueById<T extends { id: string }>(entity: EntityName, rows: ValidRow<T>[], problems: ImportProblem[]): ValidRow<T>[] {
  const first = new Map<string, RowSource>();
  return rows.filter((r) => {
    const earlier = first.get(r.value.id);
    if (earlier) {
      problems.push(problem({ ...r.at, column: "id", value: r.value.id }, expected("import.id-once", { entity }), note("note.duplicate-id", { at: where(earlier) })));
      return false;
    }
    first.set(r.value.id, r.at);
    return true;
  });
}

/** `checkReferences: false` when rows already failed validation: a reference to a rejected row would only mislead. */
export function planImport(valid: ValidRows, stored: StoredState, { checkReferences = true } = {}): ImportPlan {
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const rows = Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, v.length])) as Record<EntityName, number>;

  const themes = uniqueById("themes", valid.themes, problems);
  const projects = uniqueById("projects", valid.projects, problems);
  const partnerRows = uniqueById("partners", valid.partners, problems);
  const outcomes = uniqueById("outcomes", valid.outcomes, problems);

  const { writes: partnerWrites, idMap, merges } = mergePartners(partnerRows, stored.partners, stored.aliases);

  const known = {
    themes: new Set([...themes.map((r) => r.value.id), ...stored.ids.themes]),
    projects: new Set([...projects.map((r) => r.value.id), ...stored.ids.projects]),
    // Stored partners matched by enterprise number or name are known too: a row of the file that
    // cites a partner merged into one of them is rewritten (idMap) to the stored id.
    partners: new Set([...partnerWrites.map((w) => w.id), ...stored.ids.partners, ...stored.partners.map((p) => p.id)]),
  };
  const check = (entity: "themes" | "projects" | "partners", id: string, at: RowSource, column: string) => {
    if (known[entity].has(id)) return true;
    if (!checkReferences) return false;
    const noun = entity.slice(0, -1);
    problems.push(problem({ ...at, column, value: id }, expected("import.known-id", { noun, entity }), note("note.unknown-id", { noun })));
    return false;
  };

  const plan: WritePlan = { themes: [], projects: [], partners: [], outcomes: [], projectThemes: [], participations: [], collaborations: [] };
  plan.themes = themes.map((r) => ({ id: r.value.id, props: propertiesOf("themes", r.value, r.present) }));
  plan.projects = projects.map((r) => ({ id: r.value.id, props: propertiesOf("projects", r.value, r.present) }));
  plan.partners = partnerWrites.map((w) => {
    const props = propertiesOf("partners", w.value, w.present);
    if (w.present.has("name")) props.nameKey = w.nameKey ?? null;
    return { id: w.id, props };
  });
  for (const r of outcomes) {
    const o = r.value;
    check("projects", o.project, r.at, "project");
    for (const t of o.themes) check("themes", t, r.at, "themes");
    plan.outcomes.push({ id: o.id, project: o.project, themes: r.present.includes("themes") ? [...new Set(o.themes)] : null, props: propertiesOf("outcomes", o, r.present) });
  }

  const addresses = new Map<string, WritePlan["projectThemes"][number]>();
  for (const r of valid.projectThemes) {
    const a = r.value;
    const ok = [check("projects", a.project, r.at, "project"), check("themes", a.theme, r.at, "theme")].every(Boolean);
    const key = `${a.project}\u0000${a.theme}`;
    if (ok && addresses.has(key)) warnings.push(problem({ ...r.at }, expected("import.project-theme-once"), note("note.project-theme-repeats", { project: a.project, theme: a.theme })));
    if (ok) addresses.set(key, { project: a.project, theme: a.theme, props: propertiesOf("projectThemes", a, r.present) });
  }
  plan.projectThemes = [...addresses.values()];

  const participations = new Map<string, WritePlan["participations"][number]>();
  for (const r of valid.participations) {
    const p = r.value;
    const partner = idMap.get(p.partner) ?? stored.aliases?.get(p.partner) ?? p.partner;
    const ok = [check("partners", partner, r.at, "partner"), check("projects", p.project, r.at, "project")].every(Boolean);
    if (!ok) continue;
    const key = `${partner}\u0000${p.project}`;
    const earlier = participations.get(key);
    const props = propertiesOf("participations", p, r.present);
    if (earlier && typeof earlier.props.role === "string" && typeof props.role === "string" && ROLE_RANK.indexOf(earlier.props.role) <= ROLE_RANK.indexOf(props.role)) continue;
    participations.set(key, { partner, project: p.project, props });
  }
  plan.participations = [...participations.values()];

  const collaborations = new Map<string, WritePlan["collaborations"][number]>();
  for (const r of valid.collaborations) {
    const c = r.value;
    const ok = [check("projects", c.from, r.at, "from"), check("projects", c.to, r.at, "to")].every(Boolean);
    if (!ok) continue;
    // (a, b) and (b, a) are one collaboration; the first row's direction is kept.
    const key = c.from < c.to ? `${c.from}\u0000${c.to}` : `${c.to}\u0000${c.from}`;
    const earlier = collaborations.get(key);
    if (earlier) {
      warnings.push(problem({ ...r.at }, expected("import.collaboration-once"), note("note.collaboration-repeats", { from: c.from, to: c.to })));
      const more = propertiesOf("collaborations", c, r.present);
      for (const [k, v] of Object.entries(more)) if (earlier.props[k] == null && v != null) earlier.props[k] = v;
      continue;
    }
    collaborations.set(key, { from: c.from, to: c.to, props: propertiesOf("collaborations", c, r.present) });
  }
  plan.collaborations = [...collaborations.values()];

  const storedPartnerIds = new Set(stored.partners.map((p) => p.id));
  const existing = {
    themes: plan.themes.filter((w) => stored.ids.themes.has(w.id)).length,
    projects: plan.projects.filter((w) => stored.ids.projects.has(w.id)).length,
    partners: plan.partners.filter((w) => stored.ids.partners.has(w.id) || storedPartnerIds.has(w.id)).length,
    outcomes: plan.outcomes.filter((w) => stored.ids.outcomes.has(w.id)).length,
  };
  const storedPartner = (id: string) => stored.ids.partners.has(id) || storedPartnerIds.has(id);
  for (const w of plan.themes) w.known = stored.ids.themes.has(w.id);
  for (const w of plan.projects) w.known = stored.ids.projects.has(w.id);
  for (const w of plan.partners) w.known = storedPartner(w.id);
  for (const w of plan.outcomes) w.known = stored.ids.outcomes.has(w.id);
  const probe: RelationProbe = {
    projectThemes: plan.projectThemes.filter((r) => stored.ids.projects.has(r.project) && stored.ids.themes.has(r.theme)),
    participations: plan.participations.filter((r) => storedPartner(r.partner) && stored.ids.projects.has(r.project)),
    collaborations: plan.collaborations.filter((r) => stored.ids.projects.has(r.from) && stored.ids.projects.has(r.to)),
  };
  for (const list of Object.values(probe) as RelationWrite[][]) for (const r of list) r.known = true;
  // Ids merged into a kept partner stay findable: recorded as its aliases, with the import's writes.
  return { plan, probe, existing, rows, merges, aliases: aliasWrites(merges, stored.aliases), problems, warnings };
}

/** The ids the import names per node entity: its rows and its references (what to look up in the database). */
export function namedIds(valid: ValidRows): Record<NodeEntity, string[]> {
  const themes = new Set<string>(valid.themes.map((r) => r.value.id));
  const projects = new Set<string>(valid.projects.map((r) => r.value.id));
  const partners = new Set<string>(valid.partners.map((r) => r.value.id));
  const outcomes = new Set<string>(valid.outcomes.map((r) => r.value.id));
  for (const r of valid.outcomes) { projects.add(r.value.project); for (const t of r.value.themes) themes.add(t); }
  for (const r of valid.projectThemes) { projects.add(r.value.project); themes.add(r.value.theme); }
  for (const r of valid.participations) { projects.add(r.value.project); partners.add(r.value.partner); }
  for (const r of valid.collaborations) { projects.add(r.value.from); projects.add(r.value.to); }
  return { themes: [...themes], projects: [...projects], partners: [...partners], outcomes: [...outcomes] };
}
