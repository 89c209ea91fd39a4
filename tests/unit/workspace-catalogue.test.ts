// The workspace's message catalogue: Dutch and English have the same ids (the catalogue's and the
// panels' words alike), every message id the API may send (src/errors.ts) is in both, and counts
// are said with the language's plural rules (no "probleem/problemen").
import { describe, expect, it } from "vitest";
import { MESSAGE_IDS, PROBLEM_MESSAGES } from "../../src/errors.ts";
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
      for (const id of MESSAGE_IDS) {
        const names = (PROBLEM_MESSAGES as Record<string, readonly string[]>)[id] ?? [];
        const params = Object.fromEntries(names.map((n) => [n, `⟨${n}⟩`]));
        const text = serverMessage(lang, id, params);
        expect(text, `${lang} ${id}`).toBeTruthy();
        // Role names and Dutch object names are translated, counts are said; every other parameter is shown as given.
        for (const n of names) if (!["required", "role", "count"].includes(n) && !(n === "what" && lang === "nl")) expect(text, `${lang} ${id} shows ${n}`).toContain(`⟨${n}⟩`);
      }
    }
    expect(Object.keys(CATALOGUES.nl.server).sort()).toEqual([...MESSAGE_IDS].sort());
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
