// What the report and export commands share: the --out flag, and progress by stage on a terminal
// (one bar per stage on a TTY, one line per stage otherwise, always on standard error so that
// standard output carries only the document).
import { dirname } from "node:path";
import { existsSync, statSync } from "node:fs";
import cliProgress from "cli-progress";
import { z } from "zod";

export const outFlag = z
  .string()
  .trim()
  .min(1, "--out: expected a file path")
  .refine((p) => existsSync(dirname(p)) && statSync(dirname(p)).isDirectory(), "--out: the folder to write in does not exist")
  .refine((p) => !(existsSync(p) && statSync(p).isDirectory()), "--out: expected a file path, and this is a folder");

export function stageProgress() {
  let stage: string | undefined;
  let bar: cliProgress.SingleBar | undefined;
  const tty = process.stderr.isTTY;
  const finish = () => { bar?.stop(); bar = undefined; };
  return {
    update(s: string, done: number, total: number) {
      if (s !== stage) {
        finish();
        stage = s;
        if (tty) {
          bar = new cliProgress.SingleBar({ format: `${s.padEnd(18)} [{bar}] {percentage}%`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
          bar.start(Math.max(total, 1), done);
        } else console.error(`… ${s}`);
      }
      bar?.setTotal(Math.max(total, 1));
      bar?.update(done);
    },
    finish,
  };
}
