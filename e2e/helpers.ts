import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export const PASSWORD = 'demo12345'

export async function masuk(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('user-name')).toBeVisible()
}

export async function keluar(page: Page) {
  const desktop = page.getByTestId('logout')
  if (await desktop.isVisible()) await desktop.click()
  else await page.getByTestId('logout-mobile').click()
  await expect(page.getByTestId('login-form')).toBeVisible()
}

/** No serious or critical accessibility violations on the current page (axe-core). */
export async function cekAksesibilitas(page: Page) {
  // a toast or modal still fading in is measured at part opacity (a false contrast failure): wait until
  // finite animations and transitions have finished (spinners loop forever and are left alone)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  )
  const result = await new AxeBuilder({ page }).analyze()
  const berat = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(berat.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
}
