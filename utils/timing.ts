// One clock for the pipeline's own timings, in Node and in every browser context.

export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
/** milliseconds since `t`, to two decimals */
export const since = (t: number): number => Math.round((now() - t) * 100) / 100;
