// What every workspace panel receives: the language, its words, and a status line to report to.
import type { Lang } from "../i18n.ts";
import type { Words } from "./words.ts";

export interface PanelContext {
  lang: Lang;
  w: Words;
  status(message: string, error?: boolean): void;
  admin: boolean;
}

export type Panel = (root: HTMLElement, ctx: PanelContext) => Promise<void>;
