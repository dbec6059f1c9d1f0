import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/**
 * axe-core on the current page (WCAG 2.0/2.1 A + AA rules): no serious or
 * critical violations. Every finding is attached to the report so a failure
 * says what and where.
 */
export async function expectNoSeriousA11yViolations(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  await testInfo.attach(`axe-${label}.json`, { body: JSON.stringify({ violations: summary, passes: results.passes.length }, null, 2), contentType: 'application/json' });
  const serious = summary.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `axe: serious/critical violations on ${label}`).toEqual([]);
  // Sanity: axe really looked at something.
  expect(results.passes.length, `axe ran rules on ${label}`).toBeGreaterThan(10);
}
