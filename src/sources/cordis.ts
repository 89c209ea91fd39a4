// CORDIS Horizon 2020 participations (real, public, read-only, in ../shared/data/cordis-h2020) as a
// Diagonal dataset, for benchmarks at a realistic size. Mapping (see that folder's README): project
// rcn → Project, organisation pic → Partner, programme part → Theme (ADDRESSES), one participation
// row → PARTICIPATES_IN. The files are streamed (gunzip → csv-parse), never copied into the repo.
import { createReadStream, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { createGunzip } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { emptyDataset, type Dataset, type Partner, type Project } from "../schemas/index.ts";

export const CORDIS_DIR = fileURLToPath(new URL("../../../shared/data/cordis-h2020/", import.meta.url));

/** A committed sample of the same files (the first projects in file order, scripts/make-cordis-sample.ts). */
export const CORDIS_SAMPLE_DIR = fileURLToPath(new URL("../../fixtures/cordis-sample/", import.meta.url));

/** The full data when ../shared is beside the checkout, the committed sample otherwise. */
export const cordisDirAvailable = (): { dir: string; sample: boolean } =>
  existsSync(join(CORDIS_DIR, "h2020_participations.csv.gz")) ? { dir: CORDIS_DIR, sample: false } : { dir: CORDIS_SAMPLE_DIR, sample: true };

/** The data's snapshot date (README): statuses are relative to it, so they do not drift with the clock. */
export const CORDIS_SNAPSHOT = "2020-12-14";

/** Programme parts: CORDIS code (cordis-programmes.yml) and English name. */
export const PROGRAMME_PARTS: Record<string, { code: string; name: string }> = {
  ERC: { code: "H2020-EU.1.1.", name: "European Research Council" },
  FET: { code: "H2020-EU.1.2.", name: "Future and Emerging Technologies" },
  MSCA: { code: "H2020-EU.1.3.", name: "Marie Skłodowska-Curie Actions" },
  RI: { code: "H2020-EU.1.4.", name: "Research infrastructures" },
  LEIT: { code: "H2020-EU.2.1.", name: "Leadership in enabling and industrial technologies" },
  ARF: { code: "H2020-EU.2.2.", name: "Access to risk finance" },
  "Innovation in SMEs": { code: "H2020-EU.2.3.", name: "Innovation in SMEs" },
  SC1: { code: "H2020-EU.3.1.", name: "Health, demographic change and wellbeing" },
  SC2: { code: "H2020-EU.3.2.", name: "Food security, sustainable agriculture, marine research and the bioeconomy" },
  SC3: { code: "H2020-EU.3.3.", name: "Secure, clean and efficient energy" },
  SC4: { code: "H2020-EU.3.4.", name: "Smart, green and integrated transport" },
  SC5: { code: "H2020-EU.3.5.", name: "Climate action, environment, resource efficiency and raw materials" },
  SC6: { code: "H2020-EU.3.6.", name: "Europe in a changing world: inclusive, innovative and reflective societies" },
  SC7: { code: "H2020-EU.3.7.", name: "Secure societies" },
  SEWP: { code: "H2020-EU.4.", name: "Spreading excellence and widening participation" },
  SWAFS: { code: "H2020-EU.5.", name: "Science with and for society" },
  JRC: { code: "H2020-EU.6.", name: "Joint Research Centre" },
  EIT: { code: "H2020-EU.7.", name: "European Institute of Innovation and Technology" },
  Euratom: { code: "H2020-Euratom", name: "Euratom" },
};

const KIND_OF_TYPE: Record<string, Partner["kind"]> = { PRC: "company", HES: "academic", REC: "academic", PUB: "government", OTH: "other" };

export const cordisProjectId = (rcn: string) => `h2020-${rcn}`;
export const cordisPartnerId = (pic: string) => `pic-${pic}`;
export const cordisThemeId = (part: string) => `h2020-${part.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;

export interface CordisOptions {
  /** Folder holding h2020_participations.csv.gz and programme_parts.csv.gz (default: CORDIS_DIR). */
  dir?: string;
  /** Read only the first N projects (in file order), for smaller benchmarks. */
  maxProjects?: number;
}

/** Streams a gzipped CSV; rows come as arrays (faster than objects) and are read by column name. */
async function eachRow(file: string, onRow: (row: Record<string, string>, line: number) => void): Promise<void> {
  const parser = parse({ bom: true, skip_empty_lines: true });
  let header: string[] | undefined;
  let line = 0;
  parser.on("readable", () => {
    let cells: string[] | null;
    while ((cells = parser.read()) !== null) {
      line++;
      if (!header) { header = cells; continue; }
      const row: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) row[header[i]!] = cells[i] ?? "";
      onRow(row, line);
    }
  });
  await pipeline(createReadStream(file), createGunzip(), parser);
}

function statusAt(start: string, end: string | undefined, at: string): Project["status"] {
  if (start > at) return "planned";
  if (end && end < at) return "completed";
  return "active";
}

const isoDay = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);

/**
 * Reads the CORDIS H2020 files into a Dataset. Organisations have no names in the data, so partner
 * and project names are derived from their ids; the few projects without any date are left out
 * (a project needs a start date). activeIn stays "north": the country groups (EU-15,
 * EU-13, associated, third countries) do not say north or south in the call's sense.
 */
export async function readCordis(options: CordisOptions = {}): Promise<Dataset> {
  const dir = options.dir ?? CORDIS_DIR;
  const d = emptyDataset();
  const projects = new Map<string, Project>();
  const partners = new Map<string, Partner>();
  const roles = new Map<string, "promoter" | "partner">();
  const max = options.maxProjects ?? Infinity;
  const undated = new Set<string>();

  await eachRow(join(dir, "h2020_participations.csv.gz"), (r, line) => {
    if (!r.rcn || !r.pic) throw new Error(`h2020_participations.csv.gz line ${line}: expected rcn and pic, got ${JSON.stringify(r)}`);
    const projectId = cordisProjectId(r.rcn);
    if (!projects.has(projectId)) {
      if (projects.size >= max) return;
      if (undated.has(r.rcn)) return;
      const start = isoDay(r.start_date) ?? (/^\d{4}$/.test(r.start_year ?? "") ? `${r.start_year}-01-01` : undefined);
      if (!start) {
        // A handful of projects have no dates at all ("NA"); a project needs a start date.
        undated.add(r.rcn);
        return;
      }
      const endRaw = isoDay(r.end_date);
      const end = endRaw && endRaw >= start ? endRaw : undefined;
      projects.set(projectId, { id: projectId, name: `H2020 project ${r.rcn}`, start, end, status: statusAt(start, end, CORDIS_SNAPSHOT) } as Project);
    }
    const partnerId = cordisPartnerId(r.pic);
    if (!partners.has(partnerId)) {
      partners.set(partnerId, {
        id: partnerId,
        name: `H2020 organisation ${r.pic}`,
        kind: KIND_OF_TYPE[r.type ?? ""] ?? "other",
        region: r.country || undefined,
        activeIn: "north",
      } as Partner);
    }
    const key = `${partnerId}|${projectId}`;
    const role = r.role === "coordinator" ? "promoter" : "partner";
    if (roles.get(key) !== "promoter") roles.set(key, role);
  });

  const themes = new Set<string>();
  const addresses = new Set<string>();
  await eachRow(join(dir, "programme_parts.csv.gz"), (r, line) => {
    if (!r.rcn || !r.programme_part) throw new Error(`programme_parts.csv.gz line ${line}: expected rcn and programme_part`);
    const projectId = cordisProjectId(r.rcn);
    if (!projects.has(projectId)) return;
    const themeId = cordisThemeId(r.programme_part);
    if (!themes.has(themeId)) {
      themes.add(themeId);
      const part = PROGRAMME_PARTS[r.programme_part];
      const name = part ? `H2020 ${part.name}` : `H2020 ${r.programme_part}`;
      d.themes.push({ id: themeId, nameNl: name, nameEn: name, description: part ? `Horizon 2020 programme part ${r.programme_part} (${part.code})` : undefined });
    }
    const key = `${projectId}|${themeId}`;
    if (!addresses.has(key)) {
      addresses.add(key);
      d.projectThemes.push({ project: projectId, theme: themeId, weight: 1 });
    }
  });

  d.projects = [...projects.values()];
  d.partners = [...partners.values()];
  for (const [key, role] of roles) {
    const i = key.indexOf("|");
    d.participations.push({ partner: key.slice(0, i), project: key.slice(i + 1), role });
  }
  return d;
}
