// How deeply a parsed JSON value nests. JSON.parse itself copes with thousands of levels, but
// everything after it (validation, error messages, JSON.stringify) recurses and would overflow
// the stack; a document nested deeper than any Diagonal input is refused first, with a clear word.
export const MAX_JSON_DEPTH = 32;

/** True when the value nests deeper than `max` lists/objects; an explicit stack, never recursion. */
export function nestsDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth > max) return true;
    const children = Array.isArray(v) ? v : Object.values(v);
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c !== null && typeof c === "object") stack.push([c, depth + 1]);
    }
  }
  return false;
}
