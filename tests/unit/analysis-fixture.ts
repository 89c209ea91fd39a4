// Tiny hand-built datasets for the analysis unit tests: small enough to compute every expected
// number by hand (the tests show the arithmetic).
import { emptyDataset, type Dataset, type Partner } from "../../src/schemas/index.ts";

export function theme(id: string, nameNl: string, nameEn: string) {
  return { id, nameNl, nameEn };
}
export function project(id: string, description = "", name = `Netwerk ${id}`) {
  return { id, name, description, start: "2024-01-01", status: "active" as const };
}
export function partner(id: string, kind: Partner["kind"], extra: Partial<Partner> = {}): Partner {
  return { id, name: `Organisatie ${id}`, kind, activeIn: "north", ...extra };
}

/**
 * Four networks. Themes: A = T1 (1) + T2 (0.5), B = T1, C = T2, D = T3.
 * Partners: P1 in A, B; P2 in A, B, C; P3 in A; P4 in B; P5 in D.
 * Texts: A "transparantie rapportering keten", B "transparantie transparantie rapportering", C "buurt", D "buurt".
 * Outcomes: A one about T1; B one about T1 and one about T2.
 */
export function fourNetworks(): Dataset {
  const d = emptyDataset();
  d.themes = [theme("T1", "Transparantie", "Transparency"), theme("T2", "Sociaal overleg", "Social dialogue"), theme("T3", "Noord-Zuid", "North-South")];
  d.projects = [
    project("A", "transparantie rapportering keten"),
    project("B", "transparantie transparantie rapportering"),
    project("C", "buurt"),
    project("D", "buurt"),
  ];
  d.partners = ["P1", "P2", "P3", "P4", "P5"].map((id) => partner(id, "ngo"));
  d.projectThemes = [
    { project: "A", theme: "T1", weight: 1 },
    { project: "A", theme: "T2", weight: 0.5 },
    { project: "B", theme: "T1", weight: 1 },
    { project: "C", theme: "T2", weight: 1 },
    { project: "D", theme: "T3", weight: 1 },
  ];
  d.participations = [
    ["P1", "A"], ["P1", "B"], ["P2", "A"], ["P2", "B"], ["P2", "C"], ["P3", "A"], ["P4", "B"], ["P5", "D"],
  ].map(([p, q]) => ({ partner: p!, project: q!, role: "partner" as const }));
  d.outcomes = [
    { id: "O1", project: "A", title: "Gids", kind: "report", themes: ["T1"] },
    { id: "O2", project: "B", title: "Tool", kind: "tool", themes: ["T1"] },
    { id: "O3", project: "B", title: "Vorming", kind: "training", themes: ["T2"] },
  ];
  return d;
}
