// Receiving uploaded files: multer streams each file of a multipart body to a file of its own in
// the upload folder (UPLOAD_DIR, or a folder in the OS's temporary directory), under the size and
// count caps, instead of holding the body in the service's memory: a 13 MB upload of 200k rows
// then costs the service's thread no buffers to collect, and a worker thread reads the files
// itself. The files are removed when the answer has gone (or the client left), whatever the
// import did; multer removes the partial files of a body it refuses.
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RequestHandler } from "express";
import multer from "multer";
import { bytes, type ServiceConfig } from "../config/service-env.ts";
import type { UploadedFile } from "./route.ts";

/** The folder uploads are kept in while their request runs. */
export function uploadDir(config: Pick<ServiceConfig, "UPLOAD_DIR">): string {
  return config.UPLOAD_DIR ?? join(tmpdir(), "diagonal-uploads");
}

export function uploadReceiver(config: Pick<ServiceConfig, "UPLOAD_DIR" | "UPLOAD_LIMIT">): multer.Multer {
  return multer({
    storage: multer.diskStorage({ destination: uploadDir(config) }),
    limits: { fileSize: bytes(config.UPLOAD_LIMIT), files: 20, fields: 20, fieldSize: 1024 },
  });
}

/** The request's uploaded files as the route sees them: original name, where it is kept, its size. */
export function uploadedFiles(files: Express.Multer.File[] | undefined): UploadedFile[] {
  return (files ?? []).map((f) => ({ name: f.originalname, path: f.path, bytes: f.size }));
}

/** Removes the request's uploaded files once its answer is sent or its connection closed. */
export const removeUploadsWhenDone: RequestHandler = (req, res, next) => {
  const files = (req.files as Express.Multer.File[] | undefined) ?? [];
  if (files.length > 0) res.once("close", () => void Promise.all(files.map((f) => rm(f.path, { force: true }))).catch(() => undefined));
  next();
};
