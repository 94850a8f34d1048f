// web-ext ships no types: the one call the lint test makes.
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(params: { sourceDir: string; output: 'none' | 'json' | 'text' }, options: { shouldExitProgram: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
