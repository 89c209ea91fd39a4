// The network health report for analysts: size and shape of the network, its communities with
// their names and characteristic themes, the most central networks and the broker partners,
// isolated networks, collaborations within and across themes, how suggestions were decided, and
// what changed since the previous run (or since --since RUN|DATE). Pure: the data comes in
// gathered, the document goes out.
import type { LaidOutNetwork } from "../analysis/network-layout.ts";
import type { NetworkFigures } from "../analysis/network-figures.ts";
import type { CommunityName } from "../analysis/community-names.ts";
import { num, pct, runName, say, type Lang, type ReportDocument, type Section } from "./document.ts";
import { partnerKindLabel, PARTNER_KINDS } from "./labels.ts";
import { changesSections, sinceSource, type ChangesData } from "./changes-section.ts";
import { staleNetworksSection, type StaleNetwork } from "./stale-networks-section.ts";

export interface HealthData {
  runId: string;
  runFinishedAt: string;
  modularity: number;
  figures: NetworkFigures;
  communities: CommunityName[];
  brokers: { id: string; name: string; networks: number; communities: number }[];
  isolated: { id: string; name: string; reasons: { nl: string[]; en: string[] } }[];
  suggestions: { total: number; accepted: number; rejected: number; open: number };
  changes?: { previousRunId: string; added: number; dropped: number; moved: number; communityChanges: number; projectsBefore: number; projectsNow: number };
  picture: LaidOutNetwork;
  /** What changed in the network since a run or a date (--since). */
  since?: ChangesData;
  /** Networks marked active whose end date has passed (absent: not gathered). */
  staleActive?: StaleNetwork[];
  generatedAt: string;
}

export const HEALTH_LIMITS = { central: 10, brokers: 10, isolated: 15, communities: 30, themesInChart: 15 };

export function healthReport(d: HealthData, lang: Lang): ReportDocument {
  const f = d.figures;
  const t = (nl: string, en: string) => say(lang, nl, en);
  const cName = (c: CommunityName) => (lang === "nl" ? c.nameNl : c.nameEn);
  const themeName = (x: { nameNl: string; nameEn: string }) => (lang === "nl" ? x.nameNl : x.nameEn);
  const sections: Section[] = [];

  sections.push({
    id: "overview",
    heading: t("Overzicht", "Overview"),
    blocks: [
      {
        type: "facts",
        items: [
          { label: t("Lerende netwerken", "Learning networks"), value: num(lang, f.counts.projects) },
          { label: t("Partners", "Partners"), value: num(lang, f.counts.partners) },
          { label: t("Thema's", "Themes"), value: num(lang, f.counts.themes) },
          { label: t("Resultaten", "Outcomes"), value: num(lang, f.counts.outcomes) },
          { label: t("Deelnames", "Participations"), value: num(lang, f.counts.participations) },
          { label: t("Bevestigde samenwerkingen", "Confirmed collaborations"), value: num(lang, f.counts.collaborations) },
          { label: t("Dichtheid samenwerkingen", "Collaboration density"), value: num(lang, f.collaborationDensity, 4) },
          { label: t("Componenten", "Components"), value: num(lang, f.components.length) },
          { label: t("Modulariteit", "Modularity"), value: num(lang, d.modularity, 3) },
          { label: t("Gemeenschappen", "Communities"), value: num(lang, d.communities.length) },
        ],
      },
      {
        type: "paragraph",
        text: t(
          `Componenten zijn groepen netwerken die via een gedeelde partner of een samenwerking met elkaar verbonden zijn; de grootste telt ${num(lang, f.components[0] ?? 0)} netwerken. De dichtheid is het aandeel van alle mogelijke paren netwerken dat bevestigd samenwerkt. De modulariteit (tussen −0,5 en 1) zegt hoe duidelijk de gemeenschappen van elkaar verschillen.`,
          `Components are groups of networks linked by a shared partner or a collaboration; the largest holds ${num(lang, f.components[0] ?? 0)} networks. Density is the share of all possible pairs of networks that confirmed a collaboration. Modularity (between −0.5 and 1) says how clearly the communities stand apart.`,
        ),
      },
    ],
  });

  const shown = d.communities.slice().sort((a, b) => b.size - a.size || a.community - b.community).slice(0, HEALTH_LIMITS.communities);
  sections.push({
    id: "communities",
    heading: t("Gemeenschappen", "Communities"),
    blocks: [
      { type: "figure", figure: { type: "bars", title: t("Grootte van de gemeenschappen", "Community sizes"), unit: t("netwerken", "networks"), data: shown.map((c) => ({ label: `${c.community}. ${cName(c)}`, value: c.size })) } },
      {
        type: "table",
        columns: [t("Nr.", "No."), t("Naam", "Name"), t("Netwerken", "Networks"), t("Kenmerkende thema's", "Characteristic themes")],
        rows: shown.map((c) => [c.community, cName(c), c.size, c.themes.map((x) => `${themeName(x)} (${x.networks})`).join(", ") || "–"]),
      },
      ...(d.communities.length > shown.length ? [{ type: "paragraph" as const, text: t(`En ${d.communities.length - shown.length} kleinere gemeenschappen.`, `And ${d.communities.length - shown.length} smaller communities.`) }] : []),
      { type: "figure", figure: { type: "network", title: t("Het netwerk van netwerken (kleur: gemeenschap; stippellijn: suggestie)", "The network of networks (colour: community; dashed: suggestion)"), picture: d.picture } },
      ...(d.picture.omitted > 0 ? [{ type: "paragraph" as const, text: t(`De tekening toont de ${d.picture.nodes.length} best verbonden netwerken; ${num(lang, d.picture.omitted)} andere zijn weggelaten.`, `The picture shows the ${d.picture.nodes.length} best connected networks; ${num(lang, d.picture.omitted)} others are left out.`) }] : []),
    ],
  });

  const themes = f.themes.slice(0, HEALTH_LIMITS.themesInChart);
  const kinds = PARTNER_KINDS.filter((k) => themes.some((th) => (th.partnerKinds[k] ?? 0) > 0));
  sections.push({
    id: "themes",
    heading: t("Thema's", "Themes"),
    blocks: [
      { type: "figure", figure: { type: "bars", title: t("Netwerken per thema", "Networks per theme"), unit: t("netwerken", "networks"), data: themes.map((th) => ({ label: themeName(th), value: th.networks })) } },
      { type: "figure", figure: { type: "stacked", title: t("Soorten partners per thema", "Partner kinds per theme"), series: kinds.map((k) => partnerKindLabel(k, lang)), data: themes.map((th) => ({ label: themeName(th), values: kinds.map((k) => th.partnerKinds[k] ?? 0) })) } },
      {
        type: "paragraph",
        text: t(
          `Van de ${num(lang, f.counts.collaborations)} bevestigde samenwerkingen verbinden er ${num(lang, f.collaborationsWithinTheme)} netwerken met een gemeenschappelijk thema en ${num(lang, f.collaborationsAcrossThemes)} netwerken zonder gemeenschappelijk thema (diagonale verbindingen).`,
          `Of the ${num(lang, f.counts.collaborations)} confirmed collaborations, ${num(lang, f.collaborationsWithinTheme)} link networks that share a theme and ${num(lang, f.collaborationsAcrossThemes)} link networks without a shared theme (diagonal links).`,
        ),
      },
      { type: "table", columns: [t("Verbindingen", "Links"), t("Aantal", "Count"), t("Aandeel", "Share")], rows: [
        [t("binnen een thema", "within a theme"), f.collaborationsWithinTheme, pct(lang, f.collaborationsWithinTheme, f.counts.collaborations)],
        [t("over thema's heen", "across themes"), f.collaborationsAcrossThemes, pct(lang, f.collaborationsAcrossThemes, f.counts.collaborations)],
      ] },
    ],
  });

  sections.push({
    id: "central",
    heading: t("Centrale netwerken en makelaars", "Central networks and brokers"),
    blocks: [
      { type: "paragraph", text: t("De meest centrale netwerken hebben de meeste verbindingen (partners, thema's, resultaten en samenwerkingen).", "The most central networks have the most links (partners, themes, outcomes and collaborations).") },
      { type: "table", columns: [t("Netwerk", "Network"), t("Verbindingen", "Links")], rows: f.degrees.slice(0, HEALTH_LIMITS.central).map((p) => [p.name, p.degree]) },
      { type: "paragraph", text: t("Makelaars zijn partners die actief zijn in netwerken uit verschillende gemeenschappen en kennis tussen die gemeenschappen kunnen overbrengen.", "Brokers are partners active in networks of several communities, who can carry knowledge between those communities.") },
      d.brokers.length
        ? { type: "table", columns: [t("Partner", "Partner"), t("Netwerken", "Networks"), t("Gemeenschappen", "Communities")], rows: d.brokers.slice(0, HEALTH_LIMITS.brokers).map((b) => [b.name, b.networks, b.communities]) }
        : { type: "paragraph", text: t("Geen makelaars gevonden.", "No brokers found.") },
    ],
  });

  sections.push({
    id: "isolated",
    heading: t("Geïsoleerde netwerken", "Isolated networks"),
    blocks: d.isolated.length
      ? [
          { type: "paragraph", text: t(`${d.isolated.length} netwerken staan (bijna) los van de rest.`, `${d.isolated.length} networks stand (almost) apart from the rest.`) },
          { type: "list", items: d.isolated.slice(0, HEALTH_LIMITS.isolated).map((i) => `${i.name}: ${i.reasons[lang].join("; ")}`) },
        ]
      : [{ type: "paragraph", text: t("Geen geïsoleerde netwerken.", "No isolated networks.") }],
  });

  if (d.staleActive) sections.push(staleNetworksSection(d.staleActive, lang));

  const s = d.suggestions;
  sections.push({
    id: "suggestions",
    heading: t("Suggesties en beslissingen", "Suggestions and decisions"),
    blocks: [
      { type: "table", columns: [t("Status", "Status"), t("Suggesties", "Suggestions"), t("Aandeel", "Share")], rows: [
        [t("aanvaard", "accepted"), s.accepted, pct(lang, s.accepted, s.total)],
        [t("afgewezen", "rejected"), s.rejected, pct(lang, s.rejected, s.total)],
        [t("open", "open"), s.open, pct(lang, s.open, s.total)],
      ] },
    ],
  });

  const c = d.changes;
  sections.push({
    id: "changes",
    heading: t("Wat veranderde sinds de vorige analyse", "What changed since the previous run"),
    blocks: c
      ? [
          { type: "paragraph", text: t(`Vergeleken met ${runName(lang, c.previousRunId)}.`, `Compared with ${runName(lang, c.previousRunId)}.`) },
          { type: "table", columns: [t("Verandering", "Change"), t("Aantal", "Count")], rows: [
            [t("netwerken (toen → nu)", "networks (then → now)"), `${c.projectsBefore} → ${c.projectsNow}`],
            [t("nieuwe suggesties", "new suggestions"), c.added],
            [t("verdwenen suggesties", "dropped suggestions"), c.dropped],
            [t("suggesties die van plaats veranderden tussen de paren die beide analyses voorstellen", "suggestions that changed place among the pairs both runs suggest"), c.moved],
            [t("netwerken in een andere gemeenschap", "networks in another community"), c.communityChanges],
          ] },
        ]
      : [{ type: "paragraph", text: t("Dit is de eerste analyse; er is nog niets om mee te vergelijken.", "This is the first run; there is nothing to compare with yet.") }],
  });
  if (d.since) sections.push(...changesSections(d.since, lang, "network"));

  return {
    kind: "health",
    lang,
    title: t("Gezondheid van het netwerk", "Network health"),
    subtitle: t(`${num(lang, f.counts.projects)} lerende netwerken, ${num(lang, d.communities.length)} gemeenschappen`, `${num(lang, f.counts.projects)} learning networks, ${num(lang, d.communities.length)} communities`),
    source: { runId: d.runId, generatedAt: d.generatedAt, ...(d.since ? { since: sinceSource(d.since) } : {}) },
    // The office's own overview: it counts and draws every network, planned ones too.
    internal: true,
    sections,
  };
}
