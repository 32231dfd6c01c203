import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; no browser is downloaded. CHROMIUM_PATH overrides it on other machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The flags that keep headless Chromium quiet on a machine with no network but loopback.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}
