import { launch } from './e2e/harness';
const s = await launch({ extension: true });
for (let run = 0; run < 4; run++) {
  const page = await s.newPage();
  await page.goto('https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/');
  await page.waitForSelector('html[data-fixture-ready]');
  await page.waitForTimeout(2000);
  console.log(await page.evaluate(() => document.documentElement.dataset.tvTop));
  await page.close();
}
await s.close();
