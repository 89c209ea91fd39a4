// A graph view as the API shows it: graphology's own serialisation, which clients pass to
// graph.import(). The node and edge attributes are the view's public fields (graph-views.ts picks
// them); their interfaces carry no index signature, so they are widened here, once.
import type { z } from "zod";
import type { GraphView } from "../../services/graph-views.ts";
import type { GraphOut } from "../../schemas/responses.ts";

export const presentGraph = (view: GraphView): z.output<typeof GraphOut> => view as unknown as z.output<typeof GraphOut>;
