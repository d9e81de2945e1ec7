// Weights as the analysis panel writes them: at most two decimals, no trailing zeros.

export function amount(w: number): string {
  return Number(w.toFixed(2)).toString();
}

/** With its sign, "+" included: a net weight. */
export function signedAmount(w: number): string {
  return w > 0 ? `+${amount(w)}` : amount(w);
}
