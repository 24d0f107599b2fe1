declare const __SHP_VERSION__: string | undefined;

/** The widgets' version; replaced at build time from package.json. */
export const version: string = typeof __SHP_VERSION__ === 'string' ? __SHP_VERSION__ : '0.0.0-dev';
