// Vite turns `?inline` CSS into a string module; the test runner does the same
// through a plugin in web-test-runner.config.mjs.
declare module '*.css?inline' {
  const css: string;
  export default css;
}

// Vite's `?url` imports (e.g. maplibre's worker in stories): the file's URL.
declare module '*?url' {
  const url: string;
  export default url;
}
