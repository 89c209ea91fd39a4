// Where Neo4j is, from the environment, validated. Connection order: NEO4J_URI if set →
// testcontainers' Neo4j module where a Docker engine answers → the project's own local server
// (scripts/neo4j.mjs; instances and their ports in scripts/neo4j/instances.json).
import { z } from "zod";
import { ConfigError, parseInput } from "../errors.ts";

export const neo4jEnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .trim()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, "expected a Neo4j URI such as bolt://host:7687, neo4j://host or neo4j+s://xxxx.databases.neo4j.io")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.\-]{0,62}$/, "expected a database name").optional(),
  DIAGONAL_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  DIAGONAL_TEST_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  DIAGONAL_BENCH_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  DIAGONAL_NEO4J_PASSWORD: z.string().min(1).default("diagonal-local"),
  DIAGONAL_NEO4J_DOCKER: z.enum(["auto", "never"]).default("auto"),
});

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Where the connection came from: the environment, a container, or the local server. */
  origin: "env" | "container" | "local";
}

export function parseNeo4jEnv(env: NodeJS.ProcessEnv = process.env) {
  const data = parseInput(neo4jEnvSchema, env, "environment");
  if (data.NEO4J_URI && data.NEO4J_PASSWORD === undefined) {
    throw new ConfigError("invalid environment:\n  NEO4J_PASSWORD: expected a password when NEO4J_URI is set", [{ field: "NEO4J_PASSWORD", in: "environment", message: "expected a password when NEO4J_URI is set" }]);
  }
  return data;
}
