// Logistic regression (Cox 1958) with L2 regularisation, fitted by full-batch gradient descent on
// standardised features: small, deterministic and inspectable. The model is P(y = 1 | x) =
// σ(b + Σ_j w_j·(x_j − μ_j)/s_j); the fitted weights are per named feature, in standard deviations,
// so their sizes compare directly ("a partner's theme share counts twice its popularity"). Rows may
// carry a weight (the coordinator's accepted and rejected suggestions count extra).
export const LOGISTIC_DEFAULTS = {
  iterations: 400,
  learningRate: 0.5,
  /** L2 penalty on the weights (not on the intercept). */
  l2: 1e-3,
};

export interface LogisticModel {
  features: string[];
  /** Weight per feature on the standardised scale, and the intercept. */
  weights: Record<string, number>;
  intercept: number;
  mean: number[];
  scale: number[];
  /** Training rows and positives, for reports. */
  rows: number;
  positives: number;
}

export interface TrainingSet {
  /** Row-major feature values: rows × features. */
  x: Float64Array;
  y: Uint8Array;
  /** Optional weight per row (default 1). */
  weight?: Float64Array;
}

export function fitLogistic(features: readonly string[], data: TrainingSet, options: Partial<typeof LOGISTIC_DEFAULTS> = {}): LogisticModel {
  const { iterations, learningRate, l2 } = { ...LOGISTIC_DEFAULTS, ...options };
  const d = features.length;
  const m = data.y.length;
  if (d === 0) throw new Error("diagonal/logistic-regression: need at least one feature");
  if (data.x.length !== m * d) throw new Error(`diagonal/logistic-regression: x has ${data.x.length} values, expected ${m} rows × ${d} features`);
  let positives = 0;
  for (let i = 0; i < m; i++) positives += data.y[i]!;
  if (m === 0 || positives === 0 || positives === m) throw new Error(`diagonal/logistic-regression: need positive and negative rows, got ${positives} of ${m}`);
  // Row weights and labels in flat typed arrays: the gradient loop below runs iterations × rows ×
  // features times (the learning stage's main cost), so it reads arrays only, never a closure.
  const rowWeight = data.weight ?? new Float64Array(m).fill(1);
  const y = Float64Array.from(data.y);
  let total = 0;
  for (let i = 0; i < m; i++) total += rowWeight[i]!;

  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (let i = 0; i < m; i++) for (let j = 0; j < d; j++) mean[j]! += data.x[i * d + j]! / m;
  for (let i = 0; i < m; i++) for (let j = 0; j < d; j++) scale[j]! += (data.x[i * d + j]! - mean[j]!) ** 2 / m;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const z = new Float64Array(m * d);
  for (let i = 0, k = 0; i < m; i++) for (let j = 0; j < d; j++, k++) z[k] = (data.x[k]! - mean[j]!) / scale[j]!;

  const w = new Float64Array(d);
  let b = Math.log(positives / (m - positives));
  const grad = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0, row = 0; i < m; i++, row += d) {
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * z[row + j]!;
      const err = (sigmoid(s) - y[i]!) * rowWeight[i]!;
      gb += err;
      for (let j = 0; j < d; j++) grad[j]! += err * z[row + j]!;
    }
    b -= (learningRate * gb) / total;
    for (let j = 0; j < d; j++) w[j]! -= learningRate * (grad[j]! / total + l2 * w[j]!);
  }
  return {
    features: [...features],
    weights: Object.fromEntries(features.map((f, j) => [f, w[j]!])),
    intercept: b,
    mean,
    scale,
    rows: m,
    positives,
  };
}

export const sigmoid = (s: number) => (s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s)));

/** The model's linear score (log-odds) of one candidate, from its feature values in model order. */
export function logisticScore(model: LogisticModel, values: ArrayLike<number>): number {
  let s = model.intercept;
  for (let j = 0; j < model.features.length; j++) s += (model.weights[model.features[j]!]! * (values[j]! - model.mean[j]!)) / model.scale[j]!;
  return s;
}
