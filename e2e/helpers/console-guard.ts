import { test as base, expect } from "@playwright/test";

type ConsoleGuard = {
  /** Declares console errors this test expects (for example a refused request the page handles). */
  allow(pattern: RegExp): void;
};

/**
 * A `test` whose pages fail the test on any console error or uncaught exception,
 * so every e2e test also checks that the page runs cleanly in a real browser.
 */
export const test = base.extend<{ consoleGuard: ConsoleGuard }>({
  consoleGuard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      // A 404 page logs the failed request for the document itself; only that one is expected.
      // Remembered by address, as the message may arrive after the test has moved on.
      const notFoundPages = new Set<string>();
      page.on("response", (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest()) notFoundPages.add(response.url());
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        if (/status of 404/.test(message.text()) && notFoundPages.has(message.location().url)) return;
        errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use({ allow: (pattern) => allowed.push(pattern) });
      const unexpected = errors.filter((error) => !allowed.some((pattern) => pattern.test(error)));
      expect(unexpected, "lỗi trong console của trình duyệt").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
