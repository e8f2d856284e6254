/**
 * Debian's Chromium driven by playwright-core, started the way this machine needs it: headless,
 * no sandbox (root), and no background networking (the closed network refuses it, many at a time).
 */
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** A persistent context in `profile` (a fresh directory the caller removes) with a 1280×900 window. */
export function launchChromium(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
}
