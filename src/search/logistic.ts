// L2-regularised logistic regression, fitted by Newton's method (iteratively reweighted least squares) on
// standardised features. Written here rather than taken from npm: `ml-logistic-regression` fits by a fixed number of
// gradient steps with no regularisation and no probability output, and the problem is small (a few thousand rows,
// about 25 features), so the exact optimum is cheap. No randomness: the same rows give the same weights.

export interface LogisticModel {
  /** Feature names, in the order of the vectors. */
  features: string[];
  /** Standardisation: x' = (x − mean) / scale. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The linear score (log-odds) of x. */
export function logit(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++)
    z += (model.weights[j] as number) * (((x[j] as number) - (model.mean[j] as number)) / (model.scale[j] as number));
  return z;
}

/** P(label 1 | x). */
export const probability = (model: LogisticModel, x: readonly number[]): number => sigmoid(logit(model, x));

/** Solves A·x = b (A symmetric positive definite, n small) by Gaussian elimination with partial pivoting. */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] as number) > Math.abs(m[p]?.[c] as number)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = (m[c] as number[])[c] as number;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((m[r] as number[])[c] as number) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++)
        (m[r] as number[])[k] = ((m[r] as number[])[k] as number) - f * ((m[c] as number[])[k] as number);
    }
  }
  return m.map((row, i) => {
    const d = row[i] as number;
    return Math.abs(d) < 1e-12 ? 0 : (row[n] as number) / d;
  });
}

/**
 * Fits weights minimising the mean log loss + l2/2·|w|² (the bias is not penalised). Rows may carry weights
 * (e.g. to give every question the same total weight).
 */
export function fitLogistic(
  features: string[],
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  opts: { l2?: number; rowWeights?: readonly number[]; iterations?: number } = {},
): LogisticModel {
  const l2 = opts.l2 ?? 1e-3;
  const d = features.length;
  const n = rows.length;
  const w8 = opts.rowWeights ?? rows.map(() => 1);
  const total = w8.reduce((a, b) => a + b, 0) || 1;
  const mean = features.map((_, j) => rows.reduce((a, r, i) => a + (w8[i] as number) * (r[j] as number), 0) / total);
  const scale = features.map((_, j) => {
    const v =
      rows.reduce((a, r, i) => a + (w8[i] as number) * ((r[j] as number) - (mean[j] as number)) ** 2, 0) / total;
    return Math.sqrt(v) > 1e-9 ? Math.sqrt(v) : 1;
  });
  const z = rows.map((r) => r.map((x, j) => (x - (mean[j] as number)) / (scale[j] as number)));
  // θ = [bias, w…]
  let theta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < (opts.iterations ?? 50); it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = [1, ...(z[i] as number[])];
      let s = 0;
      for (let j = 0; j <= d; j++) s += (theta[j] as number) * (xi[j] as number);
      const p = sigmoid(s);
      const wi = (w8[i] as number) / total;
      const g = wi * (p - (labels[i] as number));
      const h = wi * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j <= d; j++) {
        grad[j] = (grad[j] as number) + g * (xi[j] as number);
        const hj = hess[j] as number[];
        for (let k = j; k <= d; k++) hj[k] = (hj[k] as number) + h * (xi[j] as number) * (xi[k] as number);
      }
    }
    for (let j = 0; j <= d; j++) {
      for (let k = 0; k < j; k++) (hess[j] as number[])[k] = (hess[k] as number[])[j] as number;
      if (j > 0) {
        grad[j] = (grad[j] as number) + l2 * (theta[j] as number);
        (hess[j] as number[])[j] = ((hess[j] as number[])[j] as number) + l2;
      }
    }
    const step = solve(hess, grad);
    theta = theta.map((t, j) => t - (step[j] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { features, mean, scale, weights: theta.slice(1), bias: theta[0] as number };
}

/**
 * A conditional logit (softmax over each question's candidates): weights w maximising the mean over questions of
 * log(Σ_right e^{w·x} / Σ_all e^{w·x}), minus l2/2·|w|². It learns which candidate of a question is the answer,
 * not whether any is; groups with no right candidate are left out. Standardised as fitLogistic; bias is 0.
 */
export function fitConditionalLogit(
  features: string[],
  groups: readonly { rows: readonly (readonly number[])[]; labels: readonly number[] }[],
  opts: { l2?: number; iterations?: number } = {},
): LogisticModel {
  const l2 = opts.l2 ?? 1e-3;
  const d = features.length;
  const used = groups.filter((g) => g.labels.some((l) => l > 0) && g.labels.some((l) => l <= 0));
  const all = used.flatMap((g) => g.rows);
  const mean = features.map((_, j) => all.reduce((a, r) => a + (r[j] as number), 0) / Math.max(1, all.length));
  const scale = features.map((_, j) => {
    const v = all.reduce((a, r) => a + ((r[j] as number) - (mean[j] as number)) ** 2, 0) / Math.max(1, all.length);
    return Math.sqrt(v) > 1e-9 ? Math.sqrt(v) : 1;
  });
  const zs = used.map((g) => g.rows.map((r) => r.map((x, j) => (x - (mean[j] as number)) / (scale[j] as number))));
  const q = Math.max(1, used.length);
  const loss = (w: number[]): number => {
    let sum = 0;
    used.forEach((g, gi) => {
      const s = (zs[gi] as number[][]).map((x) => x.reduce((a, v, j) => a + v * (w[j] as number), 0));
      const top = Math.max(...s);
      const all = s.reduce((a, v) => a + Math.exp(v - top), 0);
      const right = s.reduce((a, v, i) => a + ((g.labels[i] as number) > 0 ? Math.exp(v - top) : 0), 0);
      sum += Math.log(all) - Math.log(right);
    });
    return sum / q + (l2 / 2) * w.reduce((a, v) => a + v * v, 0);
  };
  let w = new Array<number>(d).fill(0);
  let current = loss(w);
  for (let it = 0; it < (opts.iterations ?? 50); it++) {
    const grad = w.map((x) => l2 * x);
    const hess = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k ? l2 : 0)));
    used.forEach((g, gi) => {
      const z = zs[gi] as number[][];
      const s = z.map((x) => x.reduce((a, v, j) => a + v * (w[j] as number), 0));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const sumAll = e.reduce((a, b) => a + b, 0);
      const sumRight = e.reduce((a, b, i) => a + ((g.labels[i] as number) > 0 ? b : 0), 0);
      // Expected features under all candidates (p) and under right ones only (r).
      const p = e.map((v) => v / sumAll);
      const r = e.map((v, i) => ((g.labels[i] as number) > 0 ? v / sumRight : 0));
      const mp = new Array<number>(d).fill(0);
      const mr = new Array<number>(d).fill(0);
      z.forEach((x, i) => {
        for (let j = 0; j < d; j++) {
          mp[j] = (mp[j] as number) + (p[i] as number) * (x[j] as number);
          mr[j] = (mr[j] as number) + (r[i] as number) * (x[j] as number);
        }
      });
      for (let j = 0; j < d; j++) grad[j] = (grad[j] as number) + ((mp[j] as number) - (mr[j] as number)) / q;
      // Hessian of the loss: Cov_p(x) − Cov_r(x); the first is used alone (positive semi-definite, a safe Newton step).
      z.forEach((x, i) => {
        const pi = (p[i] as number) / q;
        for (let j = 0; j < d; j++) {
          const hj = hess[j] as number[];
          const dj = (x[j] as number) - (mp[j] as number);
          for (let k = 0; k < d; k++) hj[k] = (hj[k] as number) + pi * dj * ((x[k] as number) - (mp[k] as number));
        }
      });
    });
    const step = solve(hess, grad);
    // Newton with backtracking: halve the step until the loss goes down.
    let size = 1;
    let next = w.map((t, j) => t - size * (step[j] as number));
    let nextLoss = loss(next);
    while (!(nextLoss <= current) && size > 1e-6) {
      size /= 2;
      next = w.map((t, j) => t - size * (step[j] as number));
      nextLoss = loss(next);
    }
    if (!(nextLoss <= current)) break;
    const moved = Math.max(...step.map((x) => Math.abs(size * x)));
    w = next;
    current = nextLoss;
    if (moved < 1e-10) break;
  }
  return { features, mean, scale, weights: w, bias: 0 };
}
