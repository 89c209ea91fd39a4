// The API reference page at /api/docs: the OpenAPI document rendered on the server as plain,
// self-contained HTML (no scripts, no CDN), one section per operation with its role, parameters,
// body and responses, then the problem types.
import { PROBLEMS, type ProblemId } from "../errors.ts";

type Json = Record<string, unknown>;

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A schema in one readable line or block: $refs link to their component. */
function schemaHtml(schema: unknown, depth = 0): string {
  if (!schema || typeof schema !== "object") return "";
  const s = schema as Json;
  if (typeof s.$ref === "string") {
    const name = s.$ref.split("/").pop()!;
    return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  }
  const type = Array.isArray(s.type) ? s.type.filter((t) => t !== "null").join(" | ") : (s.type as string | undefined);
  if (type === "array") return `array of ${schemaHtml(s.items, depth)}`;
  if ((type === "object" || s.properties) && s.properties && depth < 3) {
    const required = new Set((s.required as string[] | undefined) ?? []);
    const rows = Object.entries(s.properties as Record<string, unknown>)
      .map(([k, v]) => `<li><code>${esc(k)}</code>${required.has(k) ? " <em>required</em>" : ""}: ${schemaHtml(v, depth + 1)}</li>`)
      .join("");
    return `object<ul>${rows}</ul>`;
  }
  const parts = [type ?? (s.anyOf || s.oneOf ? "one of several" : "any")];
  if (Array.isArray(s.enum)) parts.push(`(${s.enum.map((e) => esc(e)).join(", ")})`);
  if (s.format) parts.push(`format ${esc(s.format)}`);
  if (s.pattern) parts.push(`pattern <code>${esc(s.pattern)}</code>`);
  if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${esc(s.minimum ?? "")}…${esc(s.maximum ?? "")}`);
  if (s.maxLength !== undefined) parts.push(`max ${esc(s.maxLength)} characters`);
  if (s.default !== undefined) parts.push(`default <code>${esc(JSON.stringify(s.default))}</code>`);
  return esc(parts[0]) + (parts.length > 1 ? ` ${parts.slice(1).join(", ")}` : "");
}

export function renderDocsPage(doc: Json): string {
  const info = doc.info as Json;
  const ops: string[] = [];
  const index: string[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const [method, opValue] of Object.entries(item)) {
      const op = opValue as Json;
      const id = String(op.operationId);
      index.push(`<li><a href="#op-${esc(id)}"><code>${method.toUpperCase()} ${esc(path)}</code></a> — ${esc(op.summary)}</li>`);
      const params = ((op.parameters as Json[] | undefined) ?? [])
        .map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ", required" : ""}): ${schemaHtml(p.schema)}</li>`)
        .join("");
      const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
      const bodyHtml = body ? Object.entries(body).map(([type, c]) => `<p>Body (<code>${esc(type)}</code>): ${schemaHtml(c.schema)}</p>`).join("") : "";
      const responses = Object.entries(op.responses as Record<string, Json>)
        .map(([status, r]) => {
          const content = r.content as Record<string, Json> | undefined;
          const first = content ? Object.values(content)[0] : undefined;
          return `<li><strong>${esc(status)}</strong> ${esc(r.description)}${first && Number(status) < 400 ? `: ${schemaHtml(first.schema)}` : ""}</li>`;
        })
        .join("");
      ops.push(`<section id="op-${esc(id)}"><h3><code>${method.toUpperCase()} ${esc(path)}</code></h3>
<p>${esc(op.summary)} — role <strong>${esc(op["x-role"])}</strong> or above.</p>
${params ? `<p>Parameters:</p><ul>${params}</ul>` : ""}${bodyHtml}<p>Responses:</p><ul>${responses}</ul></section>`);
    }
  }
  const schemas = Object.entries(((doc.components as Json | undefined)?.schemas as Record<string, unknown>) ?? {})
    .map(([name, s]) => `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3><p>${schemaHtml(s)}</p></section>`)
    .join("");
  const problems = (Object.keys(PROBLEMS) as ProblemId[])
    .map((id) => `<li id="problem-${id}"><code>${id}</code> (${PROBLEMS[id].status}): ${esc(PROBLEMS[id].title)}</li>`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(info.title)} reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}code{background:#f3f3f3;padding:0 .2em}section{border-top:1px solid #ddd;margin-top:1rem}h3{margin-bottom:.2rem}</style>
</head><body><h1>${esc(info.title)} ${esc(info.version)}</h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${esc(doc.openapi)}).</p>
<h2>Operations</h2><ul>${index.join("")}</ul>${ops.join("")}
<h2>Schemas</h2>${schemas}
<h2>Problem types</h2><p>Errors are <code>application/problem+json</code> (RFC 9457); <code>type</code> ends in one of these ids.</p><ul>${problems}</ul>
</body></html>`;
}
