// Gathers the newsletter digest: what Diagonal stored since a date or since an analysis run started
// (new networks, new outcomes, new collaborations), and the opportunities of the latest run that
// the run before that moment did not have. The digest is meant for the public e-zine, so planned
// networks, and anything about them, are left out unless the coordinator asks for the internal
// version. Without a given moment it starts from the last digest made (digest-issues.ts).
import { readQuery } from "../../db/index.ts";
import type { DigestData } from "../../reports/digest-report.ts";
import type { Since } from "../../schemas/report.ts";
import type { Db } from "../entities/store.ts";
import { getRun, latestRun } from "../analysis/queries.ts";
import { toOpportunity } from "../analysis/records.ts";
import { runBefore } from "./report-run.ts";
import type { ReportProgress } from "./progress.ts";
import { reportSecrets, visibleFindings } from "./report-audience.ts";
import type { DigestStart } from "./digest-issues.ts";

export async function gatherDigest(db: Db, since: Since, opts: { run?: string; internal?: boolean; start?: DigestStart }, progress: ReportProgress): Promise<DigestData> {
  const base = since.runId ? await getRun(db, since.runId) : undefined;
  const at = base ? base.startedAt : since.date!;
  const secrets = await reportSecrets(db, opts.internal ?? false);
  const hidden = secrets.hiddenStatuses;
  progress("new entries", 0, 2);
  const params = { since: at, hiddenStatuses: hidden };
  const networks = await readQuery<{ id: string; name: string; region: string | null; description: string | null }>(db.driver, "reports/new-networks", params, db.database);
  const outcomes = await readQuery<{ id: string; title: string; kind: string; url: string | null; project: string }>(db.driver, "reports/new-outcomes", params, db.database);
  const collaborations = await readQuery<{ a: string; b: string; aName: string; bName: string; since: string | null }>(db.driver, "reports/new-collaborations", params, db.database);

  progress("new opportunities", 1, 2);
  const current = opts.run ? await getRun(db, opts.run) : await latestRun(db);
  let opportunities: DigestData["opportunities"] = [];
  if (current) {
    const before = base ?? (await runBefore(db, at));
    const known = new Set(before ? (await readQuery<{ key: string }>(db.driver, "reports/run-opportunity-keys", { runId: before.id }, db.database)).map((r) => r.key) : []);
    if (!before || before.id !== current.id) {
      const rows = await readQuery<{ opportunity: Record<string, unknown> }>(db.driver, "reports/run-opportunities", { runId: current.id }, db.database);
      const fresh = rows.map((r) => toOpportunity(r.opportunity)).filter((o) => !known.has(o.key));
      opportunities = (await visibleFindings(db, secrets, current.id, fresh)).map((o) => ({ key: o.key, kind: o.kind, reasons: o.reasons }));
    }
  }
  progress("new opportunities", 2, 2);
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    since: { at, ...(base ? { runId: base.id } : {}), ...(opts.start === "last-digest" || opts.start === "first-digest" ? { from: opts.start } : {}) },
    ...(current ? { runId: current.id } : {}),
    networks: networks.map((n) => ({ id: n.id, name: n.name, ...(opt(n.region) ? { region: n.region! } : {}), ...(opt(n.description) ? { description: n.description! } : {}) })),
    outcomes: outcomes.map((o) => ({ id: o.id, title: o.title, kind: o.kind, project: o.project, ...(o.url ? { url: o.url } : {}) })),
    collaborations: collaborations.map((c) => ({ a: c.a, b: c.b, aName: c.aName, bName: c.bName, ...(c.since ? { since: c.since } : {}) })),
    opportunities,
    ...(secrets.internal ? { internal: true } : {}),
    generatedAt: new Date().toISOString(),
  };
}
