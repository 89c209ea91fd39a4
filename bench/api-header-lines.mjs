// What the header lines of a small cached answer cost the server: the same 1,255-byte body and the
// same 14 headers (the security headers, Vary, Cache-Control, ETag, type, length, a request id)
// written with setHeader per header, or with one writeHead of a flat array (with and without a new
// request id), against a bare server with two headers. Prints requests/s and the server's CPU per
// answer (autocannon runs in a child process and is not counted). Asserts nothing.
//   node bench/api-header-lines.mjs [bare,setHeader,raw,rawNoId]
import { createServer } from "node:http";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
const cannon = createRequire(import.meta.url).resolve("autocannon/autocannon.js");
const body = Buffer.alloc(1255, 97);
const H = [["Content-Security-Policy","default-src 'none'; frame-ancestors 'none'"],["Cross-Origin-Opener-Policy","same-origin"],["Cross-Origin-Resource-Policy","same-origin"],["Referrer-Policy","no-referrer"],["Strict-Transport-Security","max-age=31536000; includeSubDomains"],["X-Content-Type-Options","nosniff"],["X-Frame-Options","SAMEORIGIN"],["Vary","Origin"],["Cache-Control","no-store"]];
const etag = '"abcdefghijklmnopqrstuvwxyz0"';
const raw = H.flat().concat(["ETag", etag, "Content-Type","application/json; charset=utf-8","Content-Length", String(body.length)]);
const modes = {
  bare: (req, res) => { res.writeHead(200, { "content-type": "application/json", "content-length": body.length }); res.end(body); },
  setHeader: (req, res) => { for (const [n,v] of H) res.setHeader(n,v); res.setHeader("X-Request-Id", randomUUID()); res.setHeader("ETag", etag); res.setHeader("Content-Type","application/json; charset=utf-8"); res.setHeader("Content-Length", body.length); res.statusCode=200; res.end(body); },
  raw: (req, res) => { const a = raw.slice(); a.push("X-Request-Id", randomUUID()); res.writeHead(200, a); res.end(body); },
  rawNoId: (req, res) => { res.writeHead(200, raw); res.end(body); },
};
for (const m of (process.argv[2]||"bare,setHeader,raw,rawNoId").split(",")) {
  const s = createServer(modes[m]); s.keepAliveTimeout = 60000;
  await new Promise(r => s.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${s.address().port}/x`;
  const before = process.cpuUsage();
  const out = await new Promise((res) => { const c = spawn(process.execPath, [cannon, "-j", "-d", "5", "-c", "20", url], { stdio: ["ignore","pipe","ignore"] }); let o=""; c.stdout.on("data", d=>o+=d); c.on("exit", ()=>res(JSON.parse(o))); });
  const u = process.cpuUsage(before);
  console.log(m, Math.round(out.requests.average), "req/s", ((u.user+u.system)/out.requests.total).toFixed(1), "µs/answer");
  s.closeAllConnections(); s.close();
}
