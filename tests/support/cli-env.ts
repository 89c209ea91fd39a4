// The environment of a `diagonal` command started by a test: the test's own Neo4j, as the suite's
// setup provided it, on top of this process's environment.
import { inject } from "vitest";

export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const c = inject("neo4j");
  return { ...process.env, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, ...(c.database ? { NEO4J_DATABASE: c.database } : {}), ...extra };
}
