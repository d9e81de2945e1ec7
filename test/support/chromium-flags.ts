// How every browser test and benchmark starts Debian's Chromium: headless, no
// sandbox (root in CI), software WebGL, and no background network traffic (the
// machines have no network but the package registries).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
