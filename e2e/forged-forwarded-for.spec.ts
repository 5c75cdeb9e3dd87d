import { auditEntries } from "./helpers/database";
import { createAccount } from "./helpers/editorial-accounts";
import { expect, test } from "./helpers/console-guard";
import { startOwnServer } from "./helpers/own-server";

// The production server (scripts/serve.mjs) as it runs with no proxy in front (TRUST_PROXY
// unset): it owns the socket, so a client's own X-Forwarded-For must not choose the address
// the lockout and the limits count by. The suite's main server runs as if behind one proxy
// (TRUST_PROXY=1, scripts/e2e-server.ts), which is how the other specs speak as many clients.

test.describe.configure({ mode: "serial", timeout: 120_000 });

const BASE = "http://127.0.0.1:3220";
let stopServer = () => {};

test.beforeAll(async () => {
  ({ stop: stopServer } = await startOwnServer(3220, { TRUST_PROXY: undefined }));
});

test.afterAll(() => stopServer());

test("a forged X-Forwarded-For neither dodges the sign-in lockout nor reaches the audit log", async ({ browser, consoleGuard }) => {
  test.slow();
  consoleGuard.allow(/status of 401/);
  const account = createAccount("editor", "Cán bộ thử khóa đăng nhập");
  const context = await browser.newContext({ baseURL: BASE });
  const form = await context.newPage();
  await form.goto("/dang-nhap");
  const alert = form.getByRole("main").getByRole("alert");
  for (let attempt = 1; attempt <= 5; attempt++) {
    // Each attempt claims to come from another address.
    await form.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${100 + attempt}` });
    await form.getByLabel("Email").fill(account.email);
    await form.getByLabel("Mật khẩu").fill(`sai-mat-khau-${attempt}`);
    await form.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(alert).toHaveText(attempt < 5 ? "Email hoặc mật khẩu không đúng." : /bị tạm khóa.*thử lại sau 15 phút/);
  }
  // The right password from yet another claimed address is still refused: the lockout counts
  // the socket's address, which the client cannot choose.
  await form.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.77" });
  await form.getByLabel("Mật khẩu").fill(account.password);
  await form.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(alert).toHaveText(/bị tạm khóa/);
  await expect(form).toHaveURL(/\/dang-nhap/);
  await context.close();

  const failures = auditEntries("auth.login-failed").filter((entry) => entry.userId === account.id);
  expect(failures).toHaveLength(5);
  expect(new Set(failures.map((entry) => entry.ip))).toEqual(new Set(["127.0.0.1"]));
  expect(auditEntries("auth.login-refused-locked").filter((entry) => entry.userId === account.id).map((entry) => entry.ip)).toEqual(["127.0.0.1"]);
});
