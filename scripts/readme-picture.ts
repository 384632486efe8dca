// Takes README's picture (docs/images/batch-page.png): the /batch page at 1280 px with the sample
// batch processed, on a server of its own with a fresh DATA_DIR.
//   npx tsx scripts/readme-picture.ts
import path from 'node:path';
import { chromium } from '@playwright/test';
import { projectRoot, removeDataDir, startServer } from '../e2e/support/server';

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/batch`);
  await page.getByRole('button', { name: 'Try it with sample PDFs' }).click();
  await page.getByTestId('batch-status').and(page.locator('[data-status="completed"]')).waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="result-row"][data-status="completed"]').nth(5).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500); // the bars' last slide
  await page.screenshot({ path: path.join(projectRoot, 'docs', 'images', 'batch-page.png'), fullPage: true });
} finally {
  await browser.close();
  await server.stop();
  await removeDataDir(server.dataDir);
}
