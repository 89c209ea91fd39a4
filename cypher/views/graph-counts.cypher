// The graph's size as the count store has it, without reading a node: nodes per label the views
// show and relationships per type among them. The degree order (services/degree-order.ts) is
// checked against it before use, so a change that did not bump the data version (a write made
// outside Diagonal's writers) is not served from an order read before it.
RETURN [COUNT { (:Project) }, COUNT { (:Theme) }, COUNT { (:Partner) }, COUNT { (:Outcome) },
        COUNT { ()-[:ADDRESSES]->() }, COUNT { ()-[:PARTICIPATES_IN]->() }, COUNT { ()-[:PRODUCED]->() },
        COUNT { ()-[:ABOUT]->() }, COUNT { ()-[:COLLABORATES_WITH]->() }] AS counts
