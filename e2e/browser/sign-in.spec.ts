// The sign-in page in a real browser against a second server started with AUTH_TOKEN: a page asked
// for sends the browser to /sign-in, a wrong token is said so, the right one lands on /batch with
// live updates (the Socket.IO connection carries the cookie) and an upload that completes; a
// session that ends sends the page back to sign in; sign out ends it. No CSP violation on the way.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generatedCorpus, generatedDir } from '../support/pdfs';
import { removeDataDir, startServer, type TestServer } from '../support/server';

const TOKEN = 'browser-test-token-0123456789';

let server: TestServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await generatedCorpus();
  server = await startServer({ env: { AUTH_TOKEN: TOKEN } });
});

test.afterAll(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
});

/** Console messages about a blocked script, style or connection. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) found.push(msg.text());
  });
  return found;
}

test('a wrong token is refused with a clear message; the right one lands on /batch, live, and an upload completes', async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto(`${server.url}/batch`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fbatch$/);
  const field = page.getByLabel('Access token');
  await expect(field).toBeFocused();

  await field.fill('not-the-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That token is not right' })).toBeVisible();
  await expect(page).toHaveURL(/error=invalid_token/);

  await page.getByLabel('Access token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${server.url}/batch`);
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  const cookies = await page.context().cookies(server.url);
  const session = cookies.find((c) => c.name === 'pdf_batch_session');
  expect(session && [session.httpOnly, session.sameSite, session.value.includes(TOKEN)]).toEqual([true, 'Lax', false]);

  const corpus = await generatedCorpus();
  const invoice = corpus.find((e) => e.category === 'invoice') as { file: string };
  await page.getByTestId('file-input').setInputFiles(path.join(generatedDir, invoice.file));
  await page.getByRole('button', { name: /Upload 1 file/ }).click();
  await expect(page).toHaveURL(/\?batch=/);
  await expect(page.getByTestId('batch-status')).toHaveAttribute('data-status', 'completed');
  await expect(page.getByTestId('job-row').filter({ hasText: 'Done' })).toHaveCount(1);

  await page.getByTestId('job-row').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/documents\//);
  await expect(page.getByTestId('open-pdf')).toHaveAttribute('href', /\/file\?inline=1$/);

  // The session ends (here: the cookie is gone): the next API call sends the page to sign in, and back.
  await page.goto(`${server.url}/batch`);
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Try it with sample PDFs' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fbatch$/);
  await page.getByLabel('Access token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${server.url}/batch`);

  // Signing out in one tab ends the other tab's live updates: it goes to sign in too.
  const otherTab = await page.context().newPage();
  await otherTab.goto(`${server.url}/batch`);
  await expect(otherTab.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed_out=1$/);
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await expect(otherTab).toHaveURL(/\/sign-in\?next=%2Fbatch$/);
  await otherTab.close();
  await page.goto(`${server.url}/docs`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdocs$/);
  expect(violations).toEqual([]);
});
