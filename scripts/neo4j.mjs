#!/usr/bin/env node
// The project's own Neo4j 5.26 Community server, for machines without Docker.
//
// Maven resolves org.neo4j:neo4j (the whole server, Bolt included) from Maven Central into
// .neo4j/lib; the server runs org.neo4j.server.CommunityEntryPoint on Java 17 with its home,
// data and logs under .neo4j/<instance>/ of this checkout. Three instances by default: `main` (Bolt
// 7687) for the service and the CLI, `test` (Bolt 7688) for the test suite and `bench` (7689) for
// benchmarks, so tests never wipe a coordinator's data; any other name works with --port.
// Each instance's port comes from one setting (INSTANCES below). When the default port of `test`
// or `bench` is held by another process (another checkout's server, say), a free port is chosen
// and recorded in .neo4j/<instance>/run/bolt.port, where the test setup reads it: a checkout only
// ever talks to its own server.
//
//   node scripts/neo4j.mjs start|stop|status|port [--instance NAME] [--port N]
//
// Environment: the instance's port variable (INSTANCES), DIAGONAL_NEO4J_PASSWORD
// (password set on first start; default "diagonal-local"), DIAGONAL_NEO4J_HEAP (default 512m) and
// DIAGONAL_NEO4J_PAGECACHE (default 256m) for bigger benchmark loads, JAVA_HOME (a Java 17+).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const POM = join(ROOT, "scripts", "neo4j", "pom.xml");
const NEO4J_VERSION = /<neo4j\.version>([^<]+)</.exec(readFileSync(POM, "utf8"))[1];
const LIB = join(ROOT, ".neo4j", "lib");
const LIB_MARKER = join(LIB, `.resolved-${NEO4J_VERSION}`);
/** Default Bolt port of each named instance, the variable that overrides it, and whether a free port may replace a taken default (shared with src/db/local-server.ts). */
const INSTANCES = JSON.parse(readFileSync(join(ROOT, "scripts", "neo4j", "instances.json"), "utf8"));
const USER = "neo4j";
const PASSWORD = process.env.DIAGONAL_NEO4J_PASSWORD || "diagonal-local";
const START_TIMEOUT_MS = 180_000;
const HEAP = memorySetting("DIAGONAL_NEO4J_HEAP", "512m");
const PAGECACHE = memorySetting("DIAGONAL_NEO4J_PAGECACHE", "256m");
// Transaction state lives on the heap: leave a quarter of it to the server itself.
const TX_MAX_MB = Math.floor((megabytes(HEAP) * 3) / 4);

function memorySetting(name, fallback) {
  const value = (process.env[name] || fallback).trim().toLowerCase();
  if (!/^\d+[mg]$/.test(value)) fail(`${name}: expected a size such as 512m or 2g, got "${process.env[name]}"`);
  return value;
}

function megabytes(size) {
  return Number(size.slice(0, -1)) * (size.endsWith("g") ? 1024 : 1);
}
const STOP_TIMEOUT_MS = 60_000;

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const opts = { command, instance: "main", port: undefined, movable: false };
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].split("=", 2);
    const value = inline ?? rest[++i];
    if (flag === "--instance") opts.instance = value;
    else if (flag === "--port") opts.port = value;
    else fail(`unknown option ${rest[i]} (expected --instance main|test or --port N)`);
  }
  if (!["start", "stop", "status", "port"].includes(command ?? "")) fail("usage: neo4j.mjs start|stop|status|port [--instance main|test|bench] [--port N]");
  if (!/^[a-z0-9][a-z0-9-]{0,30}$/.test(opts.instance)) fail(`--instance: expected a name of lowercase letters, digits and '-', got "${opts.instance}"`);
  const known = INSTANCES[opts.instance];
  const chosen = opts.port ?? (known ? process.env[known.env] || undefined : undefined);
  // Only a default port may move; a port someone chose is kept or refused.
  opts.movable = chosen === undefined && Boolean(known?.movable);
  const rawPort = chosen ?? (known ? String(known.port) : undefined);
  if (rawPort === undefined) {
    if (command === "start") fail(`--port: instance "${opts.instance}" has no default port; give --port N`);
    return { ...opts, port: undefined };
  }
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`port: expected an integer 1-65535, got "${rawPort}"`);
  return { ...opts, port };
}

function fail(message) {
  console.error(`neo4j: ${message}`);
  process.exit(1);
}

function paths(instance) {
  const home = join(ROOT, ".neo4j", instance);
  return {
    home,
    conf: join(home, "conf"),
    data: join(home, "data"),
    logs: join(home, "logs"),
    run: join(home, "run"),
    pidFile: join(home, "run", "neo4j.pid"),
    portFile: join(home, "run", "bolt.port"),
    console: join(home, "logs", "console.log"),
    neo4jLog: join(home, "logs", "neo4j.log"),
  };
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(p) {
  if (!existsSync(p.pidFile)) return undefined;
  const pid = Number(readFileSync(p.pidFile, "utf8").trim());
  return Number.isInteger(pid) && alive(pid) ? pid : undefined;
}

/** A port nobody listens on now, from the kernel. */
function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once("error", rej);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });
}

// Two checkouts starting their servers in the same second both see a default port free, and one
// server then fails to bind it. A port is therefore claimed machine-wide before the server starts:
// a file named for the port in one directory, created only if absent, holding the pid of the
// claimant (this script, then the server). A claim whose pid is gone is stale and taken over.
const CLAIMS = join(tmpdir(), "diagonal-neo4j-ports");
const claimFile = (port) => join(CLAIMS, String(port));

/** Claims `port` for this start; false when a live process holds the claim. */
function claimPort(port) {
  mkdirSync(CLAIMS, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(claimFile(port), String(process.pid), { flag: "wx" });
      return true;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const owner = Number(readFileSync(claimFile(port), "utf8").trim());
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) return false;
      rmSync(claimFile(port), { force: true });
    }
  }
  return false;
}

/** Hands the claim to the server's pid: it lives as long as the server. */
function passClaim(port, pid) {
  writeFileSync(claimFile(port), String(pid));
}

/** Drops the claim on `port` when `pid` holds it. */
function releaseClaim(port, pid) {
  const file = claimFile(port);
  if (existsSync(file) && Number(readFileSync(file, "utf8").trim()) === pid) rmSync(file, { force: true });
}

function portOpen(port) {
  return new Promise((res) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => { socket.destroy(); res(true); });
    socket.once("error", () => res(false));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function java() {
  const bin = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
  const probe = spawnSync(bin, ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) fail(`Java 17+ is needed to run the built-in Neo4j (tried "${bin}"): ${probe.error?.message ?? probe.stderr}`);
  const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1]);
  if (!(major >= 17)) fail(`Java 17+ is needed to run the built-in Neo4j; "${bin}" is ${probe.stderr.split("\n")[0]}`);
  return bin;
}

/** Shows that a long step is alive: a line every few seconds (one updated line on a terminal). */
function ticker(describe) {
  const tty = process.stdout.isTTY;
  const started = Date.now();
  const timer = setInterval(() => {
    const line = `neo4j: ${describe()} (${Math.round((Date.now() - started) / 1000)}s)`;
    if (tty) process.stdout.write(`\r${line}\x1b[K`);
    else console.log(line);
  }, tty ? 1000 : 10_000);
  return () => {
    clearInterval(timer);
    if (tty) process.stdout.write("\r\x1b[K");
  };
}

function jarsIn(dir) {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".jar"));
  } catch {
    return [];
  }
}

async function resolveServer() {
  if (existsSync(LIB_MARKER)) return;
  console.log(`neo4j: first start: resolving org.neo4j:neo4j:${NEO4J_VERSION} with Maven into ${LIB} (once, about a minute) …`);
  rmSync(LIB, { recursive: true, force: true });
  mkdirSync(LIB, { recursive: true });
  const stopTicker = ticker(() => `resolving Neo4j with Maven: ${jarsIn(LIB).length} jars so far`);
  // -B: batch mode, no colours; -q: errors only. Maven's own output is kept for a failure message.
  const mvn = spawn("mvn", ["-B", "-q", "-f", POM, "dependency:copy-dependencies", "-DincludeScope=runtime", `-DoutputDirectory=${LIB}`], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, MAVEN_OPTS: `${process.env.MAVEN_OPTS ?? ""} -Djansi.passthrough=false -Dstyle.color=never`.trim() },
  });
  let output = "";
  mvn.stdout.on("data", (d) => (output += d));
  mvn.stderr.on("data", (d) => (output += d));
  const result = await new Promise((res) => {
    mvn.once("error", (error) => res({ error }));
    mvn.once("close", (code) => res({ code }));
  });
  stopTicker();
  if (result.error) fail(`Maven (mvn) is needed to fetch Neo4j: ${result.error.message}`);
  if (result.code !== 0) fail(`Maven could not resolve org.neo4j:neo4j:${NEO4J_VERSION} (exit ${result.code}):\n${output.trim().split("\n").slice(-30).join("\n")}`);
  const jars = jarsIn(LIB);
  if (!jars.some((j) => j.startsWith("neo4j-community") || j.startsWith("neo4j-"))) fail(`Maven finished but ${LIB} holds no Neo4j jars`);
  writeFileSync(LIB_MARKER, `${jars.length} jars\n`);
  console.log(`neo4j: resolved ${jars.length} jars`);
}

function writeConfig(p, port) {
  for (const dir of [p.conf, p.data, p.logs, p.run]) mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(p.conf, "neo4j.conf"),
    [
      "# Written by scripts/neo4j.mjs on every start; edit the script, not this file.",
      "server.default_listen_address=127.0.0.1",
      "server.default_advertised_address=127.0.0.1",
      `server.bolt.listen_address=127.0.0.1:${port}`,
      `server.bolt.advertised_address=127.0.0.1:${port}`,
      "server.http.enabled=false",
      "server.https.enabled=false",
      `server.memory.heap.initial_size=${HEAP}`,
      `server.memory.heap.max_size=${HEAP}`,
      `server.memory.pagecache.size=${PAGECACHE}`,
      `dbms.memory.transaction.total.max=${TX_MAX_MB}m`,
      "db.tx_log.rotation.size=32m",
      "db.tx_log.rotation.retention_policy=2 files",
      "dbms.usage_report.enabled=false",
      "dbms.security.auth_enabled=true",
      `server.directories.data=${p.data}`,
      `server.directories.logs=${p.logs}`,
      `server.directories.run=${p.run}`,
      `server.directories.lib=${LIB}`,
      `server.directories.plugins=${join(p.home, "plugins")}`,
      `server.directories.import=${join(p.home, "import")}`,
      "",
    ].join("\n"),
  );
}

function tail(file, lines = 30) {
  if (!existsSync(file)) return `(no ${file})`;
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

// First start: the server demands that the default password be changed before anything else.
async function ensurePassword(port) {
  const uri = `bolt://127.0.0.1:${port}`;
  const tryConnect = async (password) => {
    const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password), { connectionTimeout: 3000 });
    try {
      await driver.verifyAuthentication();
      const session = driver.session({ database: "system" });
      try {
        await session.run("SHOW DATABASES YIELD name RETURN count(*)");
        return "ok";
      } catch (err) {
        if (String(err.code).includes("CredentialsExpired") || /credentials.*expired|change.*password/i.test(err.message)) {
          await session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", { old: password, new: PASSWORD });
          return "changed";
        }
        throw err;
      } finally {
        await session.close();
      }
    } finally {
      await driver.close();
    }
  };
  try {
    return await tryConnect(PASSWORD);
  } catch (err) {
    if (!/unauthorized|authentication/i.test(`${err.code} ${err.message}`)) throw err;
    return await tryConnect("neo4j");
  }
}

async function waitForBolt(pid, p, port) {
  const stopTicker = ticker(() => `waiting for ${p.home} to answer on bolt://127.0.0.1:${port}`);
  try {
    await waitForBoltQuietly(pid, p, port);
  } finally {
    stopTicker();
  }
}

async function waitForBoltQuietly(pid, p, port) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastError;
  while (Date.now() < deadline) {
    if (!alive(pid)) break;
    if (await portOpen(port)) {
      try {
        await ensurePassword(port);
        return;
      } catch (err) {
        lastError = err;
      }
    }
    await sleep(500);
  }
  const why = alive(pid) ? `Bolt did not answer on 127.0.0.1:${port} within ${START_TIMEOUT_MS / 1000}s` : "the server process exited";
  console.error(`neo4j: ${why}${lastError ? ` (${lastError.message})` : ""}.`);
  console.error(`neo4j: log ${p.neo4jLog}:\n${tail(p.neo4jLog)}`);
  console.error(`neo4j: console ${p.console}:\n${tail(p.console)}`);
  if (alive(pid)) process.kill(pid, "SIGTERM");
  process.exit(1);
}

async function start({ instance, port, movable }) {
  const p = paths(instance);
  const running = readPid(p);
  if (running) {
    const runningPort = existsSync(p.portFile) ? Number(readFileSync(p.portFile, "utf8")) : port;
    console.log(`neo4j: ${instance} already running (pid ${running}, bolt://127.0.0.1:${runningPort})`);
    return;
  }
  if ((await portOpen(port)) || !claimPort(port)) {
    const variable = INSTANCES[instance]?.env ?? "--port";
    if (!movable) fail(`port ${port} is taken by another process; choose another with --port or ${variable}`);
    let free = await freePort();
    while (!claimPort(free)) free = await freePort();
    console.log(`neo4j: port ${port} is taken by another process (not this checkout's ${instance} instance); using ${free}`);
    port = free;
  }
  process.once("exit", () => releaseClaim(port, process.pid));
  const javaBin = java();
  await resolveServer();
  writeConfig(p, port);
  const out = openSync(p.console, "a");
  const child = spawn(
    javaBin,
    [
      `-Xms${HEAP}`, `-Xmx${HEAP}`,
      "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+DisableExplicitGC",
      "-Djdk.nio.maxCachedBufferSize=1024", "-Dio.netty.tryReflectionSetAccessible=true",
      "-Dlog4j2.disable.jmx=true",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--enable-native-access=ALL-UNNAMED",
      "-cp", `${LIB}/*`,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${p.home}`,
      `--config-dir=${p.conf}`,
    ],
    { cwd: p.home, detached: true, stdio: ["ignore", out, out] },
  );
  child.unref();
  passClaim(port, child.pid);
  writeFileSync(p.pidFile, String(child.pid));
  writeFileSync(p.portFile, String(port));
  const t0 = Date.now();
  await waitForBolt(child.pid, p, port);
  console.log(`neo4j: ${instance} started in ${((Date.now() - t0) / 1000).toFixed(1)}s (pid ${child.pid}, bolt://127.0.0.1:${port}, user ${USER})`);
}

async function stop({ instance }) {
  const p = paths(instance);
  const pid = readPid(p);
  if (!pid) {
    rmSync(p.pidFile, { force: true });
    console.log(`neo4j: ${instance} is not running`);
    return;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (alive(pid) && Date.now() < deadline) await sleep(250);
  if (alive(pid)) {
    console.error(`neo4j: ${instance} did not stop within ${STOP_TIMEOUT_MS / 1000}s; sending SIGKILL. Log: ${p.neo4jLog}`);
    process.kill(pid, "SIGKILL");
  }
  rmSync(p.pidFile, { force: true });
  if (existsSync(p.portFile)) releaseClaim(Number(readFileSync(p.portFile, "utf8")), pid);
  console.log(`neo4j: ${instance} stopped (pid ${pid})`);
}

/** Prints the Bolt port of the running instance (exit 3 when it is not running), for scripts. */
async function port({ instance }) {
  const p = paths(instance);
  if (!readPid(p) || !existsSync(p.portFile)) {
    console.error(`neo4j: ${instance} is not running`);
    process.exitCode = 3;
    return;
  }
  console.log(readFileSync(p.portFile, "utf8").trim());
}

async function status({ instance, port }) {
  const p = paths(instance);
  const pid = readPid(p);
  const runningPort = existsSync(p.portFile) ? Number(readFileSync(p.portFile, "utf8")) : port;
  if (!pid) {
    console.log(`neo4j: ${instance} stopped (home ${p.home}; server ${existsSync(LIB_MARKER) ? `${NEO4J_VERSION} resolved` : "not resolved yet"})`);
    process.exitCode = 3;
    return;
  }
  const bolt = await portOpen(runningPort);
  const size = existsSync(p.data) ? du(p.data) : 0;
  console.log(`neo4j: ${instance} running (pid ${pid}, Neo4j ${NEO4J_VERSION}, bolt://127.0.0.1:${runningPort} ${bolt ? "answering" : "not answering"}, data ${(size / 1e6).toFixed(1)} MB)`);
}

function du(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? du(full) : statSync(full).size;
  }
  return total;
}

const opts = parseArgs(process.argv.slice(2));
await { start, stop, status, port }[opts.command](opts);
