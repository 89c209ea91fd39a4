// Every API route, in the order the reference lists them.
import type { AnyRoute } from "../route.ts";
import { analysisRoutes } from "./analysis.ts";
import { decisionRoutes } from "./decisions.ts";
import { graphRoutes } from "./graph.ts";
import { importRoutes } from "./import.ts";
import { mapRoutes } from "./maps.ts";
import { meRoutes } from "./me.ts";
import { opportunityRoutes } from "./opportunities.ts";
import { outcomeRoutes } from "./outcomes.ts";
import { partnerRoutes } from "./partners.ts";
import { partnerMergeRoutes } from "./partner-merges.ts";
import { projectRoutes } from "./projects.ts";
import { recommendationRoutes } from "./recommendations.ts";
import { reportRoutes } from "./reports.ts";
import { suggestionRoutes } from "./suggestions.ts";
import { themeRoutes } from "./themes.ts";
import { tokenRoutes } from "./tokens.ts";

export const ALL_ROUTES: AnyRoute[] = [
  ...projectRoutes, ...themeRoutes, ...partnerMergeRoutes, ...partnerRoutes, ...outcomeRoutes,
  ...suggestionRoutes, ...decisionRoutes, ...opportunityRoutes, ...analysisRoutes,
  ...graphRoutes, ...importRoutes, ...tokenRoutes, ...reportRoutes,
  ...recommendationRoutes, ...mapRoutes,
  ...meRoutes(() => ALL_ROUTES),
];
