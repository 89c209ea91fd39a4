// The public graph export (GET /api/v1/export without a token) served from a file per format and
// data version. Building a whole-programme GEXF costs seconds of Neo4j and CPU time and ~100 MB of
// text; anonymous visitors all get the same bytes until the data changes, so the first request
// writes them to disk (a worker thread writes a temporary file, renamed when whole) and every
// later one is a file read, with a strong ETag (304 for a matching If-None-Match). Concurrent first requests wait for one
// build. At most `maxBuilds` builds run at once; a request that would start another gets 503 with
// Retry-After. Files of older data versions are removed when a newer one is written.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { Request, Response } from "express";
import { currentDataVersion } from "../services/data-version.ts";
import type { Database } from "../db/connect.ts";
import { exportToFile } from "../services/off-loop/export-file.ts";
import { HttpProblem } from "./errors.ts";
import { setExportHeaders } from "./export-file-response.ts";

export type PublicGraphFormat = "gexf" | "graphml" | "json";

interface Built { path: string; contentType: string; fileName: string; etag: string }

export interface PublicExportCacheOptions {
  dir: string;
  maxBuilds: number;
  retryAfterSeconds: number;
}

export class PublicExportCache {
  private readonly building = new Map<string, Promise<Built>>();
  private readonly built = new Map<string, Built>();

  constructor(private readonly options: PublicExportCacheOptions) {}

  /** Answers the request from the file for the current data version, building it first if needed. */
  async serve(db: Database, format: PublicGraphFormat, req: Request, res: Response): Promise<void> {
    const version = await currentDataVersion(db);
    const key = createHash("sha256").update(`${db.database}|${format}|${version.token}`).digest("base64url").slice(0, 22);
    const etag = `"export-${key}"`;
    if (req.headers["if-none-match"] === etag) {
      res.status(304).setHeader("ETag", etag);
      res.end();
      return;
    }
    const file = await this.file(db, format, key, etag);
    const { size } = await stat(file.path);
    setExportHeaders(res, { ...file, bytes: size });
    res.setHeader("ETag", file.etag);
    res.setHeader("Cache-Control", "public, no-cache");
    if (req.method === "HEAD") return void res.end();
    await pipeline(createReadStream(file.path), res);
  }

  private async file(db: Database, format: PublicGraphFormat, key: string, etag: string): Promise<Built> {
    const done = this.built.get(key);
    if (done && (await stat(done.path).then(() => true, () => false))) return done;
    const pending = this.building.get(key);
    if (pending) return pending;
    if (this.building.size >= this.options.maxBuilds) {
      throw new HttpProblem("service-busy", `${this.options.maxBuilds} public exports are being prepared already; try again shortly`, { headers: { "Retry-After": String(this.options.retryAfterSeconds) } });
    }
    const build = this.build(db, format, key, etag).finally(() => this.building.delete(key));
    this.building.set(key, build);
    return build;
  }

  private async build(db: Database, format: PublicGraphFormat, key: string, etag: string): Promise<Built> {
    await mkdir(this.options.dir, { recursive: true });
    const path = join(this.options.dir, `public-${format}-${key}`);
    const partial = `${path}.${process.pid}.partial`;
    // Written by a worker thread: the service keeps answering while a whole-programme file is built.
    const { contentType, fileName } = await exportToFile(db, { format }, "public", partial);
    await rename(partial, path).catch(async (err: unknown) => {
      await rm(partial, { force: true });
      throw err;
    });
    const built: Built = { path, etag, contentType, fileName };
    // Older versions of this format are no longer served.
    for (const [k, b] of this.built) {
      if (b.path.startsWith(join(this.options.dir, `public-${format}-`)) && k !== key) {
        this.built.delete(k);
        await rm(b.path, { force: true });
      }
    }
    this.built.set(key, built);
    return built;
  }

  /** Removes every file this cache wrote (tests, shutdown). */
  async clear(): Promise<void> {
    this.built.clear();
    const names = await readdir(this.options.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.startsWith("public-")).map((n) => rm(join(this.options.dir, n), { force: true })));
  }
}
