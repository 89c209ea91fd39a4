// The contract at the type level (checked by `npm run typecheck`): a presenter's output has the
// schema's fields and no other, a record missing a field its schema declares cannot be presented,
// and the workspace's types follow a renamed field. Each line marked @ts-expect-error must fail to
// compile; if the contract loosened, it would compile and the typecheck would fail on the marker.
import { describe, expect, it } from "vitest";
import { pick } from "../../src/http/presenters/fields.ts";
import { presentSuggestion } from "../../src/http/presenters/analysis.ts";
import type { ApiResponse } from "../../src/schemas/api-responses.ts";
import { ThemeOut } from "../../src/schemas/responses.ts";
import type { StoredSuggestion } from "../../src/services/analysis/index.ts";

/** Never called: only compiled. */
function contract(s: StoredSuggestion, item: ApiResponse<"listSuggestions">["items"][number]) {
  // @ts-expect-error the pair key is the service's, not the API's: the presenter's output has no such field
  void presentSuggestion(s).pairKey;
  // @ts-expect-error a renamed field (aName → aLabel) is unknown to everything typed by the schema
  void item.aLabel;
  // @ts-expect-error a record without a field its schema requires (nameEn) cannot be presented
  void pick(ThemeOut, { id: "T1", nameNl: "Transparantie" });
  return [presentSuggestion(s).aName, item.aName, pick(ThemeOut, { id: "T1", nameNl: "Transparantie", nameEn: "Transparency" }).nameEn];
}

describe("the contract's types", () => {
  it("are checked when compiling (see the @ts-expect-error lines)", () => {
    expect(typeof contract).toBe("function");
  });
});
