// Guards on what a request body may be before a route sees it: JSON nested deeper than any
// Diagonal input (validation and error echoes recurse and would overflow the stack: a clear 400
// instead of a 500), and multipart bodies that the parser cannot read (400, not 500). Also the
// `trust proxy` setting, parsed from TRUST_PROXY.
import type { RequestHandler } from "express";
import multer from "multer";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "../schemas/json-depth.ts";
import { HttpProblem } from "./errors.ts";

export const refuseDeepJson: RequestHandler = (req, _res, next) => {
  if (nestsDeeperThan(req.body)) {
    return next(new HttpProblem("validation-failed", `body: expected JSON nested at most ${MAX_JSON_DEPTH} levels deep`, { errors: [{ field: "(root)", in: "body", message: `expected JSON nested at most ${MAX_JSON_DEPTH} levels deep` }] }));
  }
  next();
};

/** multer's own limit errors keep their meaning (413 and friends); anything else the parser throws is a malformed body. */
export function malformedMultipartIs400(upload: RequestHandler): RequestHandler {
  return (req, res, next) =>
    upload(req, res, (err?: unknown) => {
      if (!err || err instanceof multer.MulterError || err instanceof HttpProblem) return next(err);
      const reason = err instanceof Error ? err.message.replace(/[^\w .,'-]/g, "").slice(0, 100) : "unreadable";
      next(new HttpProblem("validation-failed", `body: expected a well-formed multipart/form-data body (${reason})`, { errors: [{ field: "files", in: "body", message: "expected a well-formed multipart/form-data body" }] }));
    });
}

/** TRUST_PROXY as Express takes it: false/true, a hop count, or addresses and names (loopback, 10.0.0.1, …). */
export function trustProxy(value: string): boolean | number | string {
  const v = value.trim().toLowerCase();
  if (v === "" || v === "false" || v === "0") return false;
  if (v === "true") return true;
  if (/^\d+$/.test(v)) return Number(v);
  return value.trim();
}
