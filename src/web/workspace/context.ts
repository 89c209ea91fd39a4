// What every workspace panel receives: the language, its words, and a status line to report to.
import type { Lang } from "../i18n.ts";
import type { Catalogue } from "./catalogue.ts";
import type { Words } from "./words.ts";

export interface PanelContext {
  lang: Lang;
  w: Words;
  status(message: string, error?: boolean): void;
  admin: boolean;
  /** The catalogue's messages in the chosen language (role, server messages, reports and exports). */
  m: Catalogue;
  /** The signed-in role. */
  role: string;
  /** Whether the role may call an operation (by operationId, from GET /api/v1/me): a button it may not use is not shown. */
  can(operationId: string): boolean;
}

export type Panel = (root: HTMLElement, ctx: PanelContext) => Promise<void>;
