// Types for the project's yardstick in ../shared/eval, which is plain JavaScript.
declare module '*/eval/score.mjs' {
  export function scoreCase(gold: unknown, analysis: unknown): Record<string, unknown>;
  export function aggregate(results: { name: string; gold: unknown; score: unknown }[]): Record<string, number>;
}
