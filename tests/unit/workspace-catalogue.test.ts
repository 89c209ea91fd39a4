// The workspace's message catalogue: Dutch and English have the same ids (the catalogue's and the
// panels' words alike), every message id the API may send (src/errors.ts) is in both, and counts
// are said with the language's plural rules (no "probleem/problemen").
import { describe, expect, it } from "vitest";
import { JOB_MESSAGES, MESSAGE_IDS, PROBLEM_MESSAGES } from "../../src/errors.ts";
import { IMPORT_EXPECTATIONS, IMPORT_NOTES, IMPORT_PROBLEM_IDS } from "../../src/schemas/import-problem-messages.ts";
import { CATALOGUES, plural, serverMessage } from "../../src/web/workspace/catalogue.ts";
import { workspaceWords } from "../../src/web/workspace/words.ts";

/** Every key path of a nested object ("tabs.inbox", "server.forbidden.role" kept whole). */
function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" && !Array.isArray(v) ? keys(v, `${prefix}${k}/`) : [`${prefix}${k}`]));
}

describe("workspace catalogue", () => {
  it("has the same ids in Dutch and English", () => {
    expect(keys(CATALOGUES.nl).sort()).toEqual(keys(CATALOGUES.en).sort());
    expect(keys(workspaceWords("nl")).sort()).toEqual(keys(workspaceWords("en")).sort());
    expect(CATALOGUES.nl.runColumns).toHaveLength(CATALOGUES.en.runColumns.length);
  });

  it("has every message id the API may send, in both languages, using its parameters", () => {
    for (const lang of ["nl", "en"] as const) {
      for (const id of [...MESSAGE_IDS, ...Object.keys(JOB_MESSAGES)]) {
        const names = ({ ...PROBLEM_MESSAGES, ...JOB_MESSAGES } as Record<string, readonly string[]>)[id] ?? [];
        const params = Object.fromEntries(names.map((n) => [n, `⟨${n}⟩`]));
        const text = serverMessage(lang, id, params);
        expect(text, `${lang} ${id}`).toBeTruthy();
        // Role names and Dutch object names are translated, counts are said; every other parameter is shown as given.
        for (const n of names) if (!["required", "role", "count"].includes(n) && !(n === "what" && lang === "nl")) expect(text, `${lang} ${id} shows ${n}`).toContain(`⟨${n}⟩`);
      }
    }
    expect(Object.keys(CATALOGUES.nl.server).sort()).toEqual([...MESSAGE_IDS, ...Object.keys(JOB_MESSAGES)].sort());
  });

  it("says every import problem and note in both languages, using their parameters", () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    for (const lang of ["nl", "en"] as const) {
      for (const id of IMPORT_PROBLEM_IDS) {
        const names = placeholders(IMPORT_EXPECTATIONS[id].en);
        // Each language's wording has the same parameters.
        expect(placeholders(IMPORT_EXPECTATIONS[id].nl).sort(), id).toEqual([...names].sort());
        const params = Object.fromEntries(names.map((n) => [n, `⟨${n}⟩`]));
        const text = CATALOGUES[lang].importProblem(id, { file: "x.csv", ...params, received: "⟨received⟩", note: "note.missing-column" });
        expect(text, `${lang} ${id}`).toBeTruthy();
        for (const n of [...names, "received"]) expect(text, `${lang} ${id} shows ${n}`).toContain(`⟨${n}⟩`);
      }
      for (const [id, note] of Object.entries(IMPORT_NOTES)) expect(placeholders(note.nl).sort(), id).toEqual(placeholders(note.en).sort());
    }
    expect(CATALOGUES.nl.importProblem("import.date", { file: "projects.csv", row: 12, field: "end", received: '"2023-13-45"' }))
      .toBe('verwacht een datum als JJJJ-MM-DD, JJJJ-MM of JJJJ, maar kreeg "2023-13-45"');
    expect(CATALOGUES.en.importProblem("import.date", { file: "projects.csv", row: 12, field: "end", received: '"2023-13-45"' }))
      .toBe('expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got "2023-13-45"');
    expect(CATALOGUES.nl.importProblem("no-such-id", {})).toBeUndefined();
  });

  it("says why an analysis job failed, with its stage in the reader's language", () => {
    expect(serverMessage("nl", "analysis-failed", { stage: "communities" })).toBe("De analyse is mislukt bij de stap „gemeenschappen zoeken”; de vorige resultaten blijven gelden.");
    expect(serverMessage("en", "analysis-failed", { stage: "communities" })).toBe("The analysis failed at the step “finding communities”; the previous results still stand.");
    expect(serverMessage("nl", "analysis-failed.too-few-projects", { count: 1 })).toBe("Er valt niets te analyseren: een analyse heeft minstens twee netwerken nodig, en de databank bevat er 1.");
  });

  it("translates the role names a forbidden message carries", () => {
    expect(serverMessage("nl", "forbidden.role", { required: "coordinator", role: "analyst" })).toBe("Hiervoor is de rol procesbegeleider nodig; jouw token heeft de rol analist.");
    expect(serverMessage("en", "forbidden.role", { required: "coordinator", role: "analyst" })).toBe("This needs the process coordinator role; your token has the analyst role.");
    expect(serverMessage("nl", "no-such-id", {})).toBeUndefined();
  });

  it("counts with the language's plural rules", () => {
    expect(workspaceWords("nl").problems(1)).toBe("1 probleem — er werd niets geschreven.");
    expect(workspaceWords("nl").problems(3)).toBe("3 problemen — er werd niets geschreven.");
    expect(workspaceWords("en").problems(1)).toBe("1 problem — nothing was written.");
    expect(workspaceWords("en").problems(1200)).toBe("1,200 problems — nothing was written.");
    expect(plural("nl", 1200, { one: "# rij", other: "# rijen" })).toBe("1.200 rijen");
  });

  it("names the role in the title", () => {
    expect(CATALOGUES.nl.title("analyst")).toBe("Diagonal — werkruimte van de analist");
    expect(CATALOGUES.en.title("analyst")).toBe("Diagonal — analyst's workspace");
    expect(CATALOGUES.nl.title("coordinator")).toBe("Diagonal — werkruimte van de procesbegeleider");
  });
});
