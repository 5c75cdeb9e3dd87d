import sharp from "sharp";
import type { Browser, Page } from "@playwright/test";
import { createAccount } from "./helpers/editorial-accounts";
import { signIn, STAFF } from "./helpers/staff";
import { articleAudit, articleById, articleUrl, categories, editLockHolder, type ArticleRow } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";

// The editor area's article work: the workflow from an editor's draft to publication, scheduling,
// revisions, the edit lock, uploads and the body sanitiser, each checked on the public pages too.

const unique = () => Date.now().toString(36).slice(-5);

async function newSignedInPage(browser: Browser, account: { email: string; password: string }, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account, path);
  return page;
}

/** Fills the required fields of the editor form and types the body in the rich-text editor. */
async function fillArticle(page: Page, title: string, body: string) {
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("combobox", { name: /^Chuyên mục/ }).selectOption({ index: 1 });
  await page.getByLabel("Tóm tắt").fill(`Tóm tắt của bài “${title}”.`);
  await page.getByRole("textbox", { name: "Nội dung" }).click();
  await page.keyboard.type(body);
}

function articleIdOf(page: Page): number {
  const match = /\/quan-tri\/bai-viet\/(\d+)/.exec(page.url());
  if (!match) throw new Error(`không phải trang sửa bài: ${page.url()}`);
  return Number(match[1]);
}

const stored = (id: number): ArticleRow => {
  const row = articleById(id);
  if (!row) throw new Error(`không có bài ${id}`);
  return row;
};

/** Leaves the editor by a link, and waits until the page has let go of its edit lock. */
async function leaveEditor(page: Page, articleId: number) {
  await page.getByRole("link", { name: "‹ Danh sách bài viết" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bài viết" })).toBeVisible();
  await expect.poll(() => editLockHolder(articleId)).toBeNull();
}

test("anonymous visitors are sent to sign in from every article page, and cannot upload", async ({ page, request }) => {
  for (const path of ["/quan-tri/bai-viet", "/quan-tri/bai-viet/moi", "/quan-tri/bai-viet/1", "/quan-tri/bai-viet/1/phien-ban"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
  }
  const upload = await request.post("/api/uploads/images", { multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } } });
  expect(upload.status()).toBe(401);
  expect((await upload.json()).error).toMatch(/đăng nhập/);
});

test("an editor's draft goes to review, back with a note, and on to publication, visible publicly at once", async ({ page, browser }) => {
  const editor = createAccount("editor", `Phóng viên ${unique()}`);
  const publisher = createAccount("publisher", `Thư ký tòa soạn ${unique()}`);
  const title = `Khánh thành điểm trường vùng cao ${unique()}`;

  await signIn(page, editor, "/quan-tri/bai-viet/moi");
  await fillArticle(page, title, "Điểm trường mới có bốn phòng học.");
  // The last category: reading-news.spec.ts counts categories()[1] by primary category only.
  const alsoIn = categories().at(-1)!;
  await page.getByRole("checkbox", { name: alsoIn.name }).check();
  // An editor writes and submits; publishing is not offered.
  await expect(page.getByRole("button", { name: "Lưu và xuất bản" })).toHaveCount(0);
  await page.getByRole("button", { name: "Lưu và gửi duyệt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu và gửi bài viết đi duyệt." })).toBeVisible();
  const id = articleIdOf(page);
  await expect(page.locator("[data-status]").first()).toHaveText("Chờ duyệt");
  expect(stored(id).status).toBe("review");

  const review = await newSignedInPage(browser, publisher, `/quan-tri/bai-viet/${id}`);
  await review.getByLabel("Lý do trả lại").fill("Cần bổ sung số học sinh được hưởng lợi.");
  await review.getByRole("button", { name: "Trả lại cho tác giả" }).click();
  await expect(review.getByRole("status").filter({ hasText: "Đã trả lại bài viết cho tác giả." })).toBeVisible();
  await leaveEditor(review, id);

  await page.reload();
  await expect(page.getByTestId("review-note")).toHaveText("Cần bổ sung số học sinh được hưởng lợi.");
  // Editable once the page holds the edit lock.
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toBeEnabled();
  await page.getByRole("textbox", { name: "Nội dung" }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Hơn 120 học sinh được hưởng lợi.");
  await page.getByRole("button", { name: "Lưu và gửi duyệt" }).click();
  // Back in review: the note is gone from the page and the author can no longer edit.
  await expect(page.getByTestId("review-note")).toHaveCount(0);
  await expect(page.locator("[data-status]").first()).toHaveText("Chờ duyệt");
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveCount(0);

  await review.goto(`/quan-tri/bai-viet/${id}`);
  await review.getByRole("button", { name: "Lưu và xuất bản" }).click();
  await expect(review.getByRole("status").filter({ hasText: "Đã xuất bản bài viết." })).toBeVisible();

  // A reader sees it at once: on its page, in its category and on the home page.
  const article = stored(id);
  expect(article.status).toBe("published");
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(articleUrl(article));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.locator(".article-body")).toContainText("Hơn 120 học sinh được hưởng lợi.");
  for (const slug of [article.categorySlug, alsoIn.slug]) {
    await reader.goto(`/tin-tuc/${slug}`);
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
  }
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();

  const audit = articleAudit(id);
  expect(audit.map((entry) => entry.action)).toEqual([
    "article.create",
    "article.submit",
    "article.reject",
    "article.update",
    "article.submit",
    "article.update",
    "article.publish",
  ]);
  expect(audit.find((entry) => entry.action === "article.reject")?.userId).toBe(publisher.id);
  expect(audit.find((entry) => entry.action === "article.submit")?.userId).toBe(editor.id);
  expect(audit.every((entry) => entry.ip)).toBe(true);
  for (const context of [review.context(), reader.context()]) await context.close();
});

test("a scheduled article stays hidden until its time, then appears without anyone acting", async ({ page, request }) => {
  test.setTimeout(90_000);
  const publisher = createAccount("publisher", `Biên tập trưởng ${unique()}`);
  const title = `Lịch tiếp công dân tháng mới ${unique()}`;
  await signIn(page, publisher, "/quan-tri/bai-viet/moi");
  await fillArticle(page, title, "Lãnh đạo tỉnh tiếp công dân định kỳ.");
  // Vietnam time, 20 seconds ahead: the datetime-local field takes seconds.
  const at = new Date(Date.now() + 20_000 + 7 * 3600_000).toISOString().slice(0, 19);
  await page.getByLabel("Thời điểm đăng (giờ Việt Nam)").fill(at);
  await page.getByRole("button", { name: "Lưu và xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Bài sẽ hiện lúc" })).toBeVisible();
  await expect(page.locator("[data-status]").first()).toHaveText("Hẹn giờ đăng");

  const article = stored(articleIdOf(page));
  expect(article.publishedAt!.getTime()).toBeGreaterThan(Date.now());
  expect((await request.get(articleUrl(article))).status()).toBe(404);
  expect(articleAudit(article.id).map((entry) => entry.action)).toContain("article.schedule");
  await expect
    .poll(async () => (await request.get(articleUrl(article))).status(), { timeout: 60_000, intervals: [2_000] })
    .toBe(200);
});

test("revisions can be compared and an earlier one restored", async ({ page }) => {
  const editor = createAccount("editor", `Cộng tác viên ${unique()}`);
  const first = `Hội chợ nông sản Sơn Hà ${unique()}`;
  const second = `${first} mở cửa đến 22 giờ`;
  await signIn(page, editor, "/quan-tri/bai-viet/moi");
  await fillArticle(page, first, "Hội chợ có 200 gian hàng.");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu bài viết." })).toBeVisible();
  const id = articleIdOf(page);

  await page.getByLabel("Tiêu đề", { exact: true }).fill(second);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(second);

  await page.getByRole("link", { name: "Phiên bản đã lưu" }).click();
  const diff = page.getByTestId("revision-diff");
  // The address stays as first saved, so readers' links keep working: only the title changed.
  await expect(diff.locator('[data-kind="removed"]')).toContainText([`Tiêu đề: ${first}`]);
  await expect(diff.locator('[data-kind="removed"]')).toHaveCount(1);
  await expect(diff.locator('[data-kind="added"]')).toContainText([`Tiêu đề: ${second}`]);
  await expect(diff.locator('[data-kind="added"]')).toHaveCount(1);

  await page.getByRole("button", { name: /^Khôi phục phiên bản #\d+$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã khôi phục phiên bản đã chọn." })).toBeVisible();
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(first);
  expect(stored(id).title).toBe(first);
  expect(articleAudit(id).at(-1)?.action).toBe("article.restore");
});

test("a second person sees who holds the edit lock, and an admin can take it over", async ({ page, browser }) => {
  const editor = createAccount("editor", `Người giữ khóa ${unique()}`);
  const publisher = createAccount("publisher", `Người đến sau ${unique()}`);
  await signIn(page, editor, "/quan-tri/bai-viet/moi");
  await fillArticle(page, `Bài đang sửa dở ${unique()}`, "Đoạn đầu.");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu bài viết." })).toBeVisible();
  const id = articleIdOf(page);
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toBeEnabled();

  const second = await newSignedInPage(browser, publisher, `/quan-tri/bai-viet/${id}`);
  await expect(second.getByRole("alert").filter({ hasText: `Bài viết đang được sửa bởi ${editor.name}` })).toBeVisible();
  await expect(second.getByLabel("Tiêu đề", { exact: true })).toBeDisabled();
  await expect(second.getByRole("button", { name: "Tiếp quản quyền sửa" })).toHaveCount(0);

  const admin = await newSignedInPage(browser, STAFF.admin, `/quan-tri/bai-viet/${id}`);
  await expect(admin.getByRole("alert").filter({ hasText: editor.name })).toBeVisible();
  await admin.getByRole("button", { name: "Tiếp quản quyền sửa" }).click();
  await expect(admin.getByLabel("Tiêu đề", { exact: true })).toBeEnabled();

  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: `Bài viết đang được sửa bởi ${STAFF.admin.name}` })).toBeVisible();
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toBeDisabled();
  expect(articleAudit(id).map((entry) => entry.action)).toContain("article.lock-takeover");
  for (const other of [second, admin]) await other.context().close();
});

test("a featured image is uploaded, checked by content and shown on the article", async ({ page, request, consoleGuard }) => {
  // The refused fake image is answered with a 400, which the browser logs.
  consoleGuard.allow(/status of 400/);
  const publisher = createAccount("publisher", `Ban ảnh ${unique()}`);
  const title = `Ảnh toàn cảnh cầu Đà Giang ${unique()}`;
  await signIn(page, publisher, "/quan-tri/bai-viet/moi");
  await fillArticle(page, title, "Cầu nhìn từ bờ bắc.");

  const chooser = page.getByLabel("Chọn ảnh (JPEG, PNG, WebP, GIF; tối đa 8 MB)");
  await chooser.setInputFiles({ name: "anh.png", mimeType: "image/png", buffer: Buffer.from("<svg onload=alert(1)>") });
  await expect(page.getByRole("status").filter({ hasText: "không phải ảnh" })).toBeVisible();

  const photo = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#2a6f97" } }).jpeg().toBuffer();
  await chooser.setInputFiles({ name: "toan-canh.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByRole("status").filter({ hasText: "Đã tải ảnh lên (1600×800)." })).toBeVisible();
  await page.getByLabel("Mô tả ảnh (cho người không xem được ảnh)").fill("Cầu Đà Giang nhìn từ bờ bắc");
  await page.getByLabel("Chú thích ảnh").fill("Cầu Đà Giang lúc hoàng hôn");
  await page.getByRole("button", { name: "Lưu và xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản bài viết." })).toBeVisible();

  await page.goto(articleUrl(stored(articleIdOf(page))));
  const figure = page.getByRole("img", { name: "Cầu Đà Giang nhìn từ bờ bắc" });
  await expect(figure).toBeVisible();
  const src = (await figure.getAttribute("src"))!;
  expect(src).toMatch(/^\/api\/uploads\/[\w-]+\.jpg$/);
  await expect(page.getByText("Cầu Đà Giang lúc hoàng hôn")).toBeVisible();
  const image = await request.get(src);
  expect(image.headers()["content-type"]).toBe("image/jpeg");
  expect(image.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await request.get("/api/uploads/..%2F..%2Fpackage.json")).status()).toBe(404);
});

test("script in an article body is stored harmless and never runs for readers", async ({ page }) => {
  const title = `Thông báo có mã độc ${unique()}`;
  await signIn(page, STAFF.admin, "/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("combobox", { name: /^Chuyên mục/ }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Mã HTML" }).click();
  await page.getByRole("textbox", { name: "Nội dung" }).fill(
    [
      "<p>Nội dung an toàn.</p>",
      "<script>window.__xss = 'script'</script>",
      '<img src="x" onerror="window.__xss = \'img\'">',
      '<p onmouseover="window.__xss = \'hover\'">Rê chuột vào đây</p>',
      '<a href="javascript:window.__xss=\'link\'">Liên kết độc</a>',
      '<iframe src="https://evil.example/embed/abcdefgh"></iframe>',
      '<svg><script>window.__xss = "svg"</script></svg>',
    ].join("\n"),
  );
  await page.getByRole("button", { name: "Lưu và xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản bài viết." })).toBeVisible();

  const reader = page;
  reader.on("dialog", (dialog) => {
    throw new Error(`hộp thoại bất ngờ: ${dialog.message()}`);
  });
  await reader.goto(articleUrl(stored(articleIdOf(page))));
  const body = reader.locator(".article-body");
  await expect(body).toContainText("Nội dung an toàn.");
  await body.getByText("Rê chuột vào đây").hover();
  await body.getByText("Liên kết độc").click();
  expect(await reader.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  expect(await body.locator("script, iframe, svg, [onerror], [onmouseover]").count()).toBe(0);
  expect(await body.getByText("Liên kết độc").getAttribute("href")).toBeNull();
});

test("unsaved work is kept on the device when the idle sign-out comes, and offered back", async ({ page }) => {
  const editor = createAccount("editor", `Phóng viên ${unique()}`);
  const title = `Bài đang viết dở ${unique()}`;
  await signIn(page, editor, "/quan-tri/bai-viet/moi");
  await fillArticle(page, title, "Đoạn mở đầu chưa kịp lưu.");
  // The idle prompt fires this event just before it signs the user out (e2e/idle-session.spec.ts).
  await page.evaluate(() => window.dispatchEvent(new Event("portal:before-idle-sign-out")));

  await page.reload();
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue("");
  await page.getByRole("button", { name: "Khôi phục nội dung chưa lưu" }).click();
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Tóm tắt")).toHaveValue(`Tóm tắt của bài “${title}”.`);
  await expect(page.getByRole("textbox", { name: "Nội dung" })).toContainText("Đoạn mở đầu chưa kịp lưu.");

  // Offered once: after a restore the copy on the device is gone.
  await page.reload();
  await expect(page.getByRole("button", { name: "Khôi phục nội dung chưa lưu" })).toHaveCount(0);
});
