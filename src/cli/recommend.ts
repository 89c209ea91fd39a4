// `diagonal recommend partners|networks [project]`: who should join a network, or which existing
// networks it could learn from (running ones, or past ones to learn from) — for a network in the
// graph (by id), or for a new one given by --themes, --description and --lead/--leads; and
// `diagonal recommend contacts <partner>`: organisations in other networks it should meet. Flags
// are checked by the same schemas as the API.
import type { Command } from "commander";
import { contactCommandSchema, newNetworkSchema, projectRecommendationQuerySchema } from "../schemas/recommendation.ts";
import { ValidationError } from "../errors.ts";
import { parseFlags } from "./flags.ts";

interface Flags {
  limit?: string;
  lang: string;
  themes?: string;
  description?: string;
  name?: string;
  lead?: string;
  leads?: string;
  networks?: string;
  now?: string;
  json?: boolean;
}

/** Checks the flags before connecting, with messages naming the flag. */
function checkFlags(project: string | undefined, f: Flags): unknown {
  if (f.lang !== "nl" && f.lang !== "en") throw new ValidationError(`--lang: expected nl or en, got "${f.lang}"`);
  const newNetwork = f.themes !== undefined || f.description !== undefined || f.lead !== undefined || f.leads !== undefined || f.name !== undefined;
  if (project !== undefined && newNetwork) throw new ValidationError("give a project id, or --themes/--description/--lead/--leads for a new network, not both");
  const time = {
    ...(f.networks !== undefined ? { networks: f.networks } : {}),
    ...(f.now !== undefined ? { now: f.now } : {}),
  };
  const input = project !== undefined
    ? { ...(f.limit !== undefined ? { limit: f.limit } : {}), ...time }
    : {
        ...(f.limit !== undefined ? { limit: f.limit } : {}),
        ...time,
        ...(f.leads !== undefined ? { leads: f.leads.split(",").map((t) => t.trim()).filter(Boolean) } : {}),
        ...(f.themes !== undefined ? { themes: f.themes.split(",").map((t) => t.trim()).filter(Boolean) } : {}),
        ...(f.description !== undefined ? { description: f.description } : {}),
        ...(f.name !== undefined ? { name: f.name } : {}),
        ...(f.lead !== undefined ? { lead: f.lead } : {}),
      };
  parseFlags(project !== undefined ? projectRecommendationQuerySchema : newNetworkSchema, input);
  return input;
}

export function register(program: Command) {
  const recommend = program.command("recommend").description("Recommend partners or networks for a network in the graph, or for a new one");
  for (const what of ["partners", "networks"] as const) {
    recommend
      .command(what)
      .description(what === "partners" ? "Organisations to invite, best first, with reasons" : "Existing networks to learn from, best first, with reasons")
      .argument("[project]", "id of a network in the graph (leave out for a new network)")
      .option("--limit <n>", "number of recommendations (1–200, default 20)")
      .option("--lang <lang>", "language of the reasons: nl or en", "nl")
      .option("--themes <ids>", "new network: theme ids, comma-separated")
      .option("--description <text>", "new network: its description")
      .option("--name <text>", "new network: its name")
      .option("--lead <id>", "new network: the lead partner's id")
      .option("--leads <ids>", "new network: partners already in it, comma-separated (the first is the lead unless --lead is given)")
      .option("--networks <which>", "networks: running (running now or to come) or all (past ones labelled to learn from; default)")
      .option("--now <day>", "networks: the day seen from (YYYY-MM-DD, default today)")
      .option("--json", "print JSON")
      .action(async (project: string | undefined, f: Flags) => {
        const [{ connect }, { inProcessRecommendations }] = await Promise.all([import("../db/index.ts"), import("../services/recommendation-calls.ts")]);
        const input = checkFlags(project, f);
        const db = await connect();
        try {
          // The same call table as the HTTP service's recommender thread, answered in this process.
          const calls = inProcessRecommendations(db);
          const out =
            project !== undefined
              ? await (what === "partners" ? calls.partnersForProject(project, input) : calls.networksForProject(project, input))
              : await (what === "partners" ? calls.partnersForNewNetwork(input) : calls.networksForNewNetwork(input));
          if (f.json) {
            console.log(JSON.stringify(out, null, 2));
            return;
          }
          const lang = f.lang as "nl" | "en";
          out.items.forEach((item, i) => {
            const [id, name] = "partnerId" in item ? [item.partnerId, item.name] : [item.projectId, item.name];
            const past = "timing" in item && item.timing === "past" ? (lang === "nl" ? "  [leren van]" : "  [learn from]") : "";
            console.log(`${i + 1}. ${name} (${id})  score ${item.score.toFixed(3)}${past}`);
            for (const r of item.reasons[lang]) console.log(`   - ${r}`);
          });
          for (const w of (out as { warnings?: string[] }).warnings ?? []) console.log(`(${w})`);
          if (out.ranker.source === "default") {
            console.log(lang === "nl" ? "(standaardgewichten: te weinig geschiedenis in de graaf om gewichten te leren)" : `(default weights: ${out.ranker.reason})`);
          }
        } finally {
          await db.close();
        }
      });
  }
  recommend
    .command("contacts")
    .description("Organisations in other networks this one should meet, best first, with reasons (common partners, shared themes, complementarity)")
    .argument("<partner>", "id of a partner in the graph")
    .option("--limit <n>", "number of recommendations (1–200, default 20)")
    .option("--lang <lang>", "language of the reasons: nl or en", "nl")
    .option("--refit", "fit the contacts model on the current graph again and store it (by default the stored model is used; one is fitted and stored when none is)")
    .option("--json", "print JSON")
    .action(async (partner: string, f: Flags & { refit?: boolean }) => {
      if (f.lang !== "nl" && f.lang !== "en") throw new ValidationError(`--lang: expected nl or en, got "${f.lang}"`);
      const input = f.limit !== undefined ? { limit: f.limit } : {};
      const { refit } = parseFlags(contactCommandSchema, { ...input, ...(f.refit !== undefined ? { refit: f.refit } : {}) });
      const [{ connect }, { inProcessRecommendations }] = await Promise.all([import("../db/index.ts"), import("../services/recommendation-calls.ts")]);
      const db = await connect();
      try {
        const out = await inProcessRecommendations(db).contactsForPartner(partner, input, refit ? "refit" : "stored");
        if (f.json) {
          console.log(JSON.stringify(out, null, 2));
          return;
        }
        out.items.forEach((item, i) => {
          console.log(`${i + 1}. ${item.name} (${item.partnerId})  score ${item.score.toFixed(3)}`);
          for (const r of item.reasons[f.lang as "nl" | "en"]) console.log(`   - ${r}`);
        });
        const m = out.model;
        const nl = f.lang === "nl";
        const fitted = m.fittedAt ? `, ${nl ? "gefit op" : "fitted"} ${m.fittedAt}` : "";
        console.log(`(model: ${m.source === "learned" ? m.variant : `${nl ? "handgewogen score" : "hand-weighted score"}, ${m.reason}`}${fitted})`);
      } finally {
        await db.close();
      }
    });
}
