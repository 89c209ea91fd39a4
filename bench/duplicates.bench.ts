// The duplicate finder at the size of CORDIS H2020 (about 36k organisations): seconds to list the
// candidates among all stored partners, and seconds for an import of 300 rows against them. Run on
// CORDIS as read (names derived from PIC numbers, so names differ only in numbers) and on the
// seeded generator's organisations with planted misspellings (recall of those is printed).
// No thresholds are asserted.
//   npm run bench:duplicates
import seedrandom from "seedrandom";
import { findDuplicateCandidates, type PartnerIdentity } from "../src/importer/duplicate-candidates.ts";
import { ORG_PREFIXES, coinedWord } from "../src/generator/vocabulary.ts";
import { readCordis } from "../src/sources/cordis.ts";

/** CPU seconds (the machine is shared, so wall-clock time says little) and the result. */
function timed<T>(work: () => T): [T, number] {
  const t = process.cpuUsage();
  const out = work();
  const used = process.cpuUsage(t);
  return [out, (used.user + used.system) / 1e6];
}

function measure(label: string, partners: PartnerIdentity[], planted: Set<string> = new Set()) {
  const [all, allSeconds] = timed(() => findDuplicateCandidates(partners));
  const focus = new Set(partners.slice(-300).map((p) => p.id));
  const [imported, importSeconds] = timed(() => findDuplicateCandidates(partners, { focus }));
  const found = new Set(all.map((c) => `${c.a.id}|${c.b.id}`));
  const recall = planted.size > 0 ? ` planted misspellings found ${[...planted].filter((k) => found.has(k)).length}/${planted.size}` : "";
  const byId = new Map(partners.map((p) => [p.id, p.name]));
  const missed = [...planted].filter((k) => !found.has(k)).map((k) => k.split("|").map((id) => `"${byId.get(id)}"`).join(" / "));
  console.log(`${label.padEnd(22)} partners ${String(partners.length).padStart(6)}  all pairs: ${allSeconds.toFixed(2)} s CPU, ${all.length} candidates  import of 300: ${importSeconds.toFixed(2)} s CPU, ${imported.length} candidates${recall}`);
  for (const m of missed) console.log(`  missed: ${m}`);
}

const cordis = await readCordis();
measure("cordis-h2020", cordis.partners.map((p) => ({ id: p.id, name: p.name, stored: true })));

// As many invented organisations as CORDIS has (a prefix of their kind and two coined words), and
// 200 of them copied with one letter changed.
const prefixes = Object.values(ORG_PREFIXES).flat();
const rng = seedrandom("duplicates-bench");
const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)]!;
const words = Array.from({ length: 3000 }, (_, i) => coinedWord(i));
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const generated: PartnerIdentity[] = cordis.partners.map((p, i) => ({ id: `org-${i}`, name: `${pick(prefixes)} ${capital(pick(words))} ${capital(pick(words))}`, stored: true }));
const planted = new Set<string>();
for (let k = 0; k < 200; k++) {
  const original = pick(generated);
  const at = 1 + Math.floor(rng() * (original.name.length - 1));
  const name = original.name.slice(0, at) + (original.name[at] === "x" ? "y" : "x") + original.name.slice(at + 1);
  const copy = { id: `typo-${k}`, name, stored: false };
  generated.push(copy);
  planted.add(`${original.id}|${copy.id}`);
}
measure("generated", generated, planted);
