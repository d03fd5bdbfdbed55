/**
 * L2-regularised logistic regression over sparse hashed vectors, fitted with L-BFGS.
 * Deterministic: no randomness, a fixed iteration budget, the same result on every machine
 * (up to floating-point associativity, which is fixed by the loop order).
 */
import type { SparseVector } from '../../lib/analysis/model/vector';

export interface Example {
  x: SparseVector;
  y: 0 | 1;
  /** Sample weight (default 1). */
  w?: number;
}

export interface FitOptions {
  dim: number;
  /** L2 strength per example-weight unit (loss is the mean over examples). */
  lambda: number;
  iterations?: number;
  /** Weight of positives relative to negatives (class balance). */
  positiveWeight?: number;
}

export interface LinearModel {
  w: Float64Array;
  bias: number;
}

function dot(w: Float64Array, x: SparseVector): number {
  let s = 0;
  for (let i = 0; i < x.idx.length; i++) s += (w[x.idx[i] ?? 0] ?? 0) * (x.val[i] ?? 0);
  return s;
}

export function predict(m: LinearModel, x: SparseVector): number {
  return 1 / (1 + Math.exp(-(dot(m.w, x) + m.bias)));
}

/** Loss and gradient; the last coordinate of `theta` is the (unregularised) bias. */
function lossGrad(theta: Float64Array, data: readonly Example[], opts: FitOptions, grad: Float64Array): number {
  const dim = opts.dim;
  grad.fill(0);
  let loss = 0;
  let total = 0;
  const bias = theta[dim] ?? 0;
  for (const ex of data) {
    const cw = (ex.w ?? 1) * (ex.y === 1 ? (opts.positiveWeight ?? 1) : 1);
    total += cw;
    let z = bias;
    const { idx, val } = ex.x;
    for (let i = 0; i < idx.length; i++) z += (theta[idx[i] ?? 0] ?? 0) * (val[i] ?? 0);
    // numerically stable log(1 + e^-yz)
    const s = ex.y === 1 ? z : -z;
    loss += cw * (s > 0 ? Math.log1p(Math.exp(-s)) : -s + Math.log1p(Math.exp(s)));
    const p = 1 / (1 + Math.exp(-z));
    const g = cw * (p - ex.y);
    for (let i = 0; i < idx.length; i++) {
      const k = idx[i] ?? 0;
      grad[k] = (grad[k] ?? 0) + g * (val[i] ?? 0);
    }
    grad[dim] = (grad[dim] ?? 0) + g;
  }
  const inv = total > 0 ? 1 / total : 0;
  loss *= inv;
  for (let k = 0; k <= dim; k++) grad[k] = (grad[k] ?? 0) * inv;
  let reg = 0;
  for (let k = 0; k < dim; k++) {
    const t = theta[k] ?? 0;
    reg += t * t;
    grad[k] = (grad[k] ?? 0) + opts.lambda * t;
  }
  return loss + 0.5 * opts.lambda * reg;
}

function vdot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

export function fit(data: readonly Example[], opts: FitOptions): LinearModel {
  const n = opts.dim + 1;
  const iterations = opts.iterations ?? 150;
  const m = 8;
  let theta = new Float64Array(n);
  let grad = new Float64Array(n);
  let f = lossGrad(theta, data, opts, grad);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(n);
  const next = new Float64Array(n);
  const nextGrad = new Float64Array(n);
  const alpha = new Array<number>(m).fill(0);
  for (let it = 0; it < iterations; it++) {
    // two-loop recursion: dir = -H·grad
    for (let i = 0; i < n; i++) dir[i] = -(grad[i] ?? 0);
    for (let k = S.length - 1; k >= 0; k--) {
      const a = (rho[k] ?? 0) * vdot(S[k]!, dir);
      alpha[k] = a;
      const y = Y[k]!;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) - a * (y[i] ?? 0);
    }
    if (S.length) {
      const k = S.length - 1;
      const gamma = vdot(S[k]!, Y[k]!) / vdot(Y[k]!, Y[k]!);
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) * gamma;
    } else {
      const gn = Math.sqrt(vdot(grad, grad)) || 1;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) / gn;
    }
    for (let k = 0; k < S.length; k++) {
      const b = (rho[k] ?? 0) * vdot(Y[k]!, dir);
      const s = S[k]!;
      const a = alpha[k] ?? 0;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] ?? 0) + (a - b) * (s[i] ?? 0);
    }
    // backtracking line search (Armijo)
    const slope = vdot(grad, dir);
    if (slope >= 0) break;
    let step = 1;
    let fNext = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) next[i] = (theta[i] ?? 0) + step * (dir[i] ?? 0);
      fNext = lossGrad(next, data, opts, nextGrad);
      if (fNext <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNext < f)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (next[i] ?? 0) - (theta[i] ?? 0);
      y[i] = (nextGrad[i] ?? 0) - (grad[i] ?? 0);
    }
    const sy = vdot(s, y);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
      if (S.length > m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    const converged = Math.abs(f - fNext) < 1e-9 * Math.max(1, Math.abs(f));
    theta = Float64Array.from(next);
    grad = Float64Array.from(nextGrad);
    f = fNext;
    if (converged) break;
  }
  return { w: theta.subarray(0, opts.dim), bias: theta[opts.dim] ?? 0 };
}
