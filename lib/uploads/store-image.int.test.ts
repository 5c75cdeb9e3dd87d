import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { getDb, type Db } from "@/lib/db/client";
import { testActor } from "@/tests/test-actor";
import { storeImage } from "./store-image";
import { storedFilePath } from "./upload-dir";

let db: Db;
let actor: Actor;

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "anh-"));
  db = await getDb();
  actor = testActor(await db.user.findFirstOrThrow());
});

const nameOf = (url: string) => url.replace("/api/uploads/", "");

describe("storeImage", () => {
  it("strips EXIF, applies the orientation and keeps a large image and a thumbnail", async () => {
    // A 3000×2000 photo taken "rotated" (EXIF orientation 6) with a camera and GPS note.
    const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#88aa44" } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Make: "MayAnhBiMat", Copyright: "GPS 21.0,105.8" } } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const stored = await storeImage(actor, { bytes: photo, fileName: "C:\\anh\\cau moi.jpg", alt: "Cầu mới" });
    // Turned upright: portrait, at most 1600 on the long side.
    expect([stored.width, stored.height]).toEqual([1067, 1600]);
    const large = readFileSync(storedFilePath(nameOf(stored.url)));
    const meta = await sharp(large).metadata();
    expect(meta.exif).toBeUndefined();
    expect(large.includes("MayAnhBiMat")).toBe(false);
    const thumb = await sharp(readFileSync(storedFilePath(nameOf(stored.thumbnailUrl)))).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(480);

    const row = await db.upload.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ fileName: "cau moi.jpg", mimeType: "image/jpeg", width: 1067, height: 1600, alt: "Cầu mới" });
  });

  it("keeps small images at their size and refuses files that are not images", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: "#000000" } }).png().toBuffer();
    const stored = await storeImage(actor, { bytes: png, fileName: "x.png", alt: null });
    expect([stored.width, stored.height]).toEqual([40, 30]);
    expect(stored.url).toMatch(/^\/api\/uploads\/\d{4}-\d{2}-[0-9a-f]{20}\.png$/);

    await expect(storeImage(actor, { bytes: Buffer.from("<svg onload=alert(1)>"), fileName: "a.png", alt: null })).rejects.toMatchObject({
      kind: "invalid",
    });
    // Right signature, broken content.
    await expect(
      storeImage(actor, { bytes: Buffer.concat([png.subarray(0, 16), Buffer.alloc(64)]), fileName: "b.png", alt: null }),
    ).rejects.toMatchObject({ kind: "invalid" });
  });
});
