// The casebook as a shopper moves through it: the case list, one case opened from its row,
// the 详情 fold, a case made by hand (which opens at once).
import type { Locator, Page } from 'playwright-core';

/** The open case's view (the casebook shows one at a time). */
export const caseView = (page: Page): Locator => page.getByTestId('case');

/** Opens the case of this order from the list, as a click on its row does. */
export async function openCase(page: Page, orderId: string): Promise<Locator> {
  await page.getByTestId('case-row').filter({ hasText: orderId }).getByRole('link').click();
  const view = caseView(page).filter({ hasText: orderId });
  await view.waitFor();
  return view;
}

/** Makes a case by hand with the new-case form; the casebook then shows it. */
export async function createCase(page: Page, platform: string, orderId: string): Promise<Locator> {
  const form = page.getByTestId('new-case');
  await form.locator('select').selectOption(platform);
  await form.locator('input').fill(orderId);
  await form.getByRole('button').click();
  const view = caseView(page).filter({ hasText: orderId });
  await view.waitFor();
  return view;
}

/** Runs the integrity check under the case's 详情 (opened if folded). */
export async function verifyCase(view: Locator): Promise<void> {
  const details = view.getByTestId('case-details');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  await details.getByRole('button', { name: /校验完整性|Check integrity/ }).click();
}
