import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BASE } from './site.ts';
import { storageWrites, watchStorage } from './storage-watch.ts';

const toolPage = `${BASE}tools/waybill/`;

test('生成隐私面单: typing draws the label before and after, with a verdict per rule', async ({ page }) => {
  await page.goto(toolPage);
  const tool = page.locator('[data-waybill-tool]');
  await expect(tool).toBeVisible();
  await tool.getByLabel('姓名').first().fill('欧阳娜娜');
  await tool.getByLabel('电话').first().fill('+86 139-8765-4321');
  await tool.getByLabel('地址').first().fill('北京市朝阳区幸福小区5号楼3单元502室');

  const after = tool.locator('[data-label="after"]');
  await expect(after.locator('[data-field="name"]')).toHaveText('欧阳**');
  await expect(after.locator('[data-field="phone"]')).toHaveText('+86 *******4321');
  await expect(after.locator('[data-field="address"]')).toHaveText('北京市朝阳区幸福小区****');
  await expect(after.locator('[data-verdict]')).toHaveText(['符合', '符合', '符合']);

  const before = tool.locator('[data-label="before"]');
  await expect(before.locator('[data-field="name"]')).toHaveText('欧阳娜娜');
  await expect(before.locator('[data-verdict]')).toHaveText(['不符合', '不符合', '不符合']);
  await expect(tool.locator('[data-summary]')).toHaveText('隐私面单：这张面单符合国家标准的要求。');
});

test('检查我的面单: 138****5678 fails with the reason, 6 hidden digits pass', async ({ page }) => {
  await page.goto(toolPage);
  const tool = page.locator('[data-waybill-tool]');
  await tool.getByRole('radio', { name: '检查我的面单' }).check();
  const panel = tool.locator('[data-mode-panel="check"]');
  await expect(panel).toBeVisible();
  await expect(tool.locator('[data-mode-panel="make"]')).toBeHidden();

  await panel.getByLabel('姓名').fill('张*明');
  await panel.getByLabel('电话').fill('138****5678');
  await panel.getByLabel('地址').fill('幸福小区3幢2单元501室');
  const rules = panel.locator('[data-rules="check"]');
  await expect(rules.locator('[data-rule="phone"] [data-verdict]')).toHaveText('不符合');
  await expect(rules.locator('[data-rule="phone"] [data-message]')).toContainText('只藏了 4 位');
  await expect(rules.locator('[data-rule="address"] [data-message]')).toContainText('2单元501室');
  await expect(tool.locator('[data-summary]')).toHaveText('这张面单有 2 项不符合国家标准。');

  await panel.getByLabel('电话').fill('１３８＊＊＊＊＊＊７８');
  await panel.getByLabel('地址').fill('幸福小区****');
  await expect(rules.locator('[data-verdict]')).toHaveText(['符合', '符合', '符合']);
  await expect(tool.locator('[data-summary]')).toHaveText('这张面单符合国家标准的要求。');
  await expect(tool.locator('[data-summary]')).toHaveAttribute('aria-live', 'polite');
});

test('nothing typed leaves the page: no request, no storage, no cookie', async ({ page }) => {
  await watchStorage(page);
  await page.goto(toolPage, { waitUntil: 'networkidle' });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const tool = page.locator('[data-waybill-tool]');
  await tool.getByLabel('姓名').first().pressSequentially('李雷');
  await tool.getByLabel('电话').first().pressSequentially('13900001111');
  await tool.getByRole('radio', { name: '检查我的面单' }).check();
  await tool.locator('[data-mode-panel="check"]').getByLabel('电话').pressSequentially('139****1111');
  await page.waitForTimeout(800);
  expect(requests).toEqual([]);
  expect(await storageWrites(page)).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

test('what is typed is shown as text, never run as HTML', async ({ page }) => {
  let alerts = 0;
  page.on('dialog', async (dialog) => {
    alerts += 1;
    await dialog.dismiss();
  });
  await page.goto(toolPage);
  const tool = page.locator('[data-waybill-tool]');
  const attack = '<img src=x onerror=alert(1)>';
  await tool.getByLabel('姓名').first().fill(attack);
  await tool.getByLabel('地址').first().fill(attack);
  await expect(tool.locator('[data-label="before"] [data-field="name"]')).toHaveText(attack);
  await expect(tool.locator('[data-label="before"] [data-field="address"]')).toHaveText(attack);
  await expect(tool.locator('img')).toHaveCount(0);
  expect(alerts).toBe(0);
});

test('the tool also works inside the privacy-waybill article', async ({ page }) => {
  await page.goto(`${BASE}articles/privacy-waybill/`);
  const tool = page.locator('[data-waybill-tool]');
  await tool.getByLabel('电话').first().fill('13812345678');
  await expect(tool.locator('[data-label="after"] [data-field="phone"]')).toHaveText('*******5678');
});

test('keyboard alone: switch modes with the arrow keys and type', async ({ page }) => {
  await page.goto(toolPage);
  const tool = page.locator('[data-waybill-tool]');
  await tool.getByRole('radio', { name: '生成隐私面单' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tool.getByRole('radio', { name: '检查我的面单' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(tool.locator('[data-mode-panel="check"]').getByLabel('姓名')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('王小红');
  await expect(tool.locator('[data-rules="check"] [data-rule="name"] [data-verdict]')).toHaveText('不符合');
});

test('both modes pass axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(toolPage);
    await page.getByRole('radio', { name: '检查我的面单' }).check();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
});

test('without JavaScript the tool stays hidden and the static examples remain', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(toolPage);
  await expect(page.locator('[data-waybill-tool]')).toBeHidden();
  await expect(page.locator('figure.waybill')).toHaveCount(3);
  await expect(page.getByText('隐私面单（符合国标）')).toBeVisible();
  await context.close();
});
