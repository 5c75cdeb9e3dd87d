import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { formatCount } from "../lib/format/number";
import { foldVietnamese } from "../lib/text/fold-vietnamese";
import { expect, test } from "./helpers/console-guard";
import { documentById, documentFiles, documentUrl, publicDocuments } from "./helpers/database";
import { STAFF } from "./helpers/staff";

/** Opens an editor page as a visitor, is sent to sign in, and comes back signed in. */
async function signInThrough(page: import("@playwright/test").Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(`/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(STAFF.admin.email);
  await page.getByLabel("Mật khẩu").fill(STAFF.admin.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(path);
}

const listedNumbers = (page: import("@playwright/test").Page) =>
  page.getByTestId("document-item").getByTestId("document-number").allTextContents();
const matching = (q: string) => {
  const words = foldVietnamese(q).split(" ");
  return publicDocuments().filter((document) => words.every((word) => document.searchText.includes(word)));
};

test("the sidebar block lists the five newest documents with their counters", async ({ page }) => {
  await page.goto("/");
  const block = page.getByRole("region", { name: "Tư liệu - Văn kiện" });
  await expect(block).toBeVisible();
  const newest = publicDocuments().slice(0, 5);
  const items = block.getByRole("listitem");
  await expect(items).toHaveCount(5);
  for (const [index, document] of newest.entries()) {
    const item = items.nth(index);
    await expect(item.getByRole("link")).toHaveAttribute("href", documentUrl(document));
    await expect(item).toContainText(`Số ${document.number}`);
    await expect(item).toContainText(document.title);
    await expect(item.getByTestId("document-counters")).toHaveText(
      `Lượt xem: ${formatCount(document.viewCount)} | lượt tải: ${formatCount(document.downloadCount)}`,
    );
  }
});

test("readers filter the list by keyword with or without diacritics, and by type, kept in the URL", async ({ page }) => {
  await page.goto("/van-ban");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Văn bản");
  const expected = matching("cong van").map((document) => `Số ${document.number}`);
  expect(expected.length).toBeGreaterThan(0);

  const search = page.getByRole("search", { name: "Tìm văn bản" });
  await search.getByLabel("Từ khóa").fill("cong van");
  await search.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/[?&]q=cong\+van/);
  await expect(page.getByTestId("document-total")).toHaveText(`Tìm thấy ${expected.length} văn bản.`);
  expect(await listedNumbers(page)).toEqual(expected.slice(0, 20));

  await search.getByLabel("Từ khóa").fill("CÔNG VĂN");
  await search.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/q=C%C3%94NG\+V%C4%82N/);
  await expect(page.getByTestId("document-total")).toHaveText(`Tìm thấy ${expected.length} văn bản.`);
  expect(await listedNumbers(page)).toEqual(expected.slice(0, 20));

  await search.getByLabel("Từ khóa").fill("");
  await search.getByLabel("Loại văn bản").selectOption({ label: "Quyết định" });
  await search.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/loai=quyet-dinh/);
  const decisions = publicDocuments().filter((document) => document.typeSlug === "quyet-dinh");
  await expect(page.getByTestId("document-total")).toHaveText(`Tìm thấy ${decisions.length} văn bản.`);
  expect(await listedNumbers(page)).toEqual(decisions.map((document) => `Số ${document.number}`));

  // The URL alone reproduces the filtered list.
  await page.goto("/van-ban?q=giai+ngan");
  expect(await listedNumbers(page)).toEqual(matching("giải ngân").map((document) => `Số ${document.number}`));
});

test("the document page shows the document, corrects a wrong slug and 404s an unknown id", async ({ page, request }) => {
  const document = publicDocuments().find((candidate) => candidate.downloadAccess === "public")!;
  await page.goto(`/van-ban/sai-duong-dan-${document.id}`);
  await expect(page).toHaveURL(new RegExp(`${documentUrl(document)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(document.title);
  const details = page.getByTestId("document-details");
  await expect(details.getByRole("row", { name: /Số, ký hiệu/ })).toContainText(document.number);
  await expect(details.getByRole("row", { name: /Ngày ban hành/ })).toBeVisible();
  const [file] = documentFiles(document.id);
  await expect(page.getByTestId("document-files").getByRole("link", { name: file.fileName })).toBeVisible();

  const redirect = await request.get(`/van-ban/sai-${document.id}`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect((await request.get("/van-ban/khong-co-999999")).status()).toBe(404);
});

/** A one-page PDF as an office's scanner or Word would write it; with a script run on opening if asked. */
async function onePagePdf({ openingScript }: { openingScript?: string } = {}): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage().drawText("Thong bao lich tiep cong dan");
  if (openingScript) {
    document.catalog.set(PDFName.of("OpenAction"), document.context.obj({ S: "JavaScript", JS: PDFString.of(openingScript) }));
  }
  return Buffer.from(await document.save());
}

test("the PDF is previewed inline in the page", async ({ page, request }) => {
  const document = publicDocuments().find((candidate) => candidate.downloadAccess === "public")!;
  const [file] = documentFiles(document.id);
  await page.goto(documentUrl(document));
  const preview = page.getByTestId("pdf-preview");
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute("title", `Xem trước: ${file.fileName}`);
  const src = (await preview.getAttribute("src"))!;
  expect(src).toBe(`/api/documents/${document.id}/files/${file.id}?inline=1`);
  const response = await request.get(src);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^inline; /);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-security-policy"]).toBe("sandbox");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // Sandboxed, the file still opens in Chromium's own PDF viewer inside the frame.
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith("chrome-extension://")), { timeout: 10_000 }).toBe(true);
});

test("a view is counted once per visitor, live on the page", async ({ page, browser }) => {
  const document = publicDocuments()[3];
  const before = documentById(document.id).viewCount;
  await page.goto(documentUrl(document));
  await expect(page.getByRole("article").getByTestId("document-views")).toHaveText(formatCount(before + 1));
  await page.reload();
  await expect(page.getByRole("article").getByTestId("document-views")).toHaveText(formatCount(before + 1));
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(documentUrl(document));
  await expect(otherPage.getByRole("article").getByTestId("document-views")).toHaveText(formatCount(before + 2));
  await other.close();
});

test("a download is counted once per visitor", async ({ page, browser }) => {
  const document = publicDocuments().find((candidate) => candidate.downloadAccess === "public")!;
  const [file] = documentFiles(document.id);
  const before = documentById(document.id).downloadCount;
  const downloadOnce = async (target: import("@playwright/test").Page) => {
    await target.goto(documentUrl(document));
    const [download] = await Promise.all([
      target.waitForEvent("download"),
      target.getByTestId("document-files").getByRole("link", { name: file.fileName }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(file.fileName);
  };

  await downloadOnce(page);
  await page.reload();
  await expect(page.getByRole("article").getByTestId("document-downloads")).toHaveText(formatCount(before + 1));
  await downloadOnce(page);
  await page.reload();
  await expect(page.getByRole("article").getByTestId("document-downloads")).toHaveText(formatCount(before + 1));
  expect(documentById(document.id).downloadCount).toBe(before + 1);

  const other = await browser.newContext();
  await downloadOnce(await other.newPage());
  await other.close();
  expect(documentById(document.id).downloadCount).toBe(before + 2);
});

test("signed-in-only files are refused to visitors by the server, not only hidden", async ({ page, request }) => {
  const document = publicDocuments().find((candidate) => candidate.downloadAccess === "signed-in")!;
  const [file] = documentFiles(document.id);
  await page.goto(documentUrl(document));
  await expect(page.getByTestId("sign-in-required")).toBeVisible();
  await expect(page.getByTestId("pdf-preview")).toHaveCount(0);
  const refused = await request.get(`/api/documents/${document.id}/files/${file.id}`);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error).toMatch(/đăng nhập/);
  await page.getByTestId("document-files").getByRole("link", { name: file.fileName }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
  // A browser sent straight to the file is redirected to sign in, back to the document afterwards.
  await page.goto(`/api/documents/${document.id}/files/${file.id}`);
  await expect(page).toHaveURL(`/dang-nhap?callbackUrl=${encodeURIComponent(documentUrl(document))}`);
});

test("an editor adds a document with NukeViet's checks, uploads its PDF and publishes it", async ({ page, consoleGuard }) => {
  // The refused upload answers 400, which the browser logs; the page shows the message.
  consoleGuard.allow(/status of 400/);
  await signInThrough(page, "/quan-tri/van-ban/moi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thêm văn bản");

  const number = `77/TB-KT${Date.now() % 100000}`;
  await page.getByLabel("Số, ký hiệu").fill(number);
  await page.getByLabel("Loại văn bản").selectOption({ label: "Thông báo" });
  await page.getByLabel("Trích yếu (tên văn bản)").fill("Thông báo kiểm thử lịch tiếp công dân định kỳ");
  await page.getByLabel("Cơ quan ban hành").selectOption({ label: "Sở Nội vụ" });
  await page.getByLabel("Ngày ban hành").fill("2019-05-10");
  await page.getByLabel("Ngày có hiệu lực").fill("2019-05-09");
  await page.getByRole("button", { name: "Thêm văn bản" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Hãy chọn ít nhất một lĩnh vực.");
  await page.getByRole("checkbox", { name: "Nội vụ" }).check();
  await page.getByRole("button", { name: "Thêm văn bản" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Ngày có hiệu lực không được trước ngày ban hành.");
  await page.getByLabel("Ngày có hiệu lực").fill("2019-05-15");
  await page.getByRole("button", { name: "Thêm văn bản" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sửa văn bản số ${number}`);
  await expect(page.getByTestId("document-status")).toHaveText("Bản nháp");

  const upload = page.getByLabel(/Thêm tệp/);
  await upload.setInputFiles({ name: "gia-mao.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>không phải PDF</html>") });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Nội dung tệp không đúng định dạng .pdf.");
  await upload.setInputFiles({ name: "thong-bao.pdf", mimeType: "application/pdf", buffer: await onePagePdf({ openingScript: "app.alert(1)" }) });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Tệp PDF có chứa mã lệnh (JavaScript)");
  await upload.setInputFiles({ name: "Thông báo lịch tiếp dân.pdf", mimeType: "application/pdf", buffer: await onePagePdf() });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("link", { name: "Thông báo lịch tiếp dân.pdf" })).toBeVisible();

  await page.getByRole("button", { name: "Đăng", exact: true }).click();
  await expect(page.getByTestId("document-status")).toHaveText("Đã đăng");
  await page.getByRole("link", { name: "Xem trên cổng ›" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông báo kiểm thử lịch tiếp công dân định kỳ");
  await expect(page.getByTestId("document-files").getByRole("link", { name: "Thông báo lịch tiếp dân.pdf" })).toBeVisible();
});

test("an editor manages the reference lists; one still in use cannot be deleted", async ({ page }) => {
  await signInThrough(page, "/quan-tri/van-ban/danh-muc");
  const types = page.getByRole("region", { name: "Loại văn bản" });
  const addForm = types.getByRole("form", { name: "Thêm Loại văn bản" });
  await addForm.getByLabel("Tên").fill("Tờ trình");
  await addForm.getByRole("button", { name: "Thêm" }).click();
  await expect(types.getByRole("form", { name: "Sửa Tờ trình" })).toBeVisible();

  await types.getByRole("form", { name: "Xóa Quyết định" }).getByRole("button", { name: "Xóa" }).click();
  await expect(types.getByRole("form", { name: "Xóa Quyết định" }).getByRole("alert")).toHaveText(/Không thể xóa: còn \d+ văn bản/);

  await types.getByRole("form", { name: "Xóa Tờ trình" }).getByRole("button", { name: "Xóa" }).click();
  await expect(types.getByRole("form", { name: "Sửa Tờ trình" })).toHaveCount(0);
  await page.goto("/van-ban");
  await expect(page.getByRole("search").getByLabel("Loại văn bản").getByRole("option", { name: "Tờ trình" })).toHaveCount(0);
});
