// How every tool here starts Debian's Chromium (never a browser a tool downloads).
// As root it needs --no-sandbox; the rest keeps it off the network, which is closed here.
// Never add --disable-software-rasterizer: it disables the SwiftShader WebGL that maps need.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
