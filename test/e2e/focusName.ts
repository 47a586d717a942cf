/** What has the keyboard on a page, for the keyboard tests (menuKeys, paneKeys). */
import type { Page } from 'playwright-core';

/** The focused element's role and name (its aria-label, else its text), or "(the page body)". */
export async function focusName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '(the page body)';
    const name = element.getAttribute('aria-label') ?? (element.textContent ?? '').trim();
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}: ${name}`;
  });
}
