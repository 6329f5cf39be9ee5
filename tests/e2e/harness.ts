import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

export const RESULTS_DIR = join(new URL('../..', import.meta.url).pathname, 'test-results');
export const SCREENSHOTS = join(RESULTS_DIR, 'screenshots');
export const WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

export function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Fails on any serious or critical axe violation, naming the rule and the first element. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    const lines = blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`);
    throw new Error(`axe on ${where}:\n  ${lines.join('\n  ')}`);
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Looks at a page as a person would: screenshot, then the accessibility check. */
export async function look(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  await expectAccessible(page, name);
}

export function expectText(actual: string | null, expected: string | RegExp, what: string): void {
  const ok = typeof expected === 'string' ? actual?.includes(expected) : expected.test(actual ?? '');
  if (!ok) throw new Error(`${what}: expected ${expected}, got ${JSON.stringify(actual)}`);
}
