import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import sharp from "sharp";
import type { Actor } from "@/lib/audit/actor";
import { assertPermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { InvalidInputError, TooLargeError } from "@/lib/errors/domain-error";
import { sniffImageType, type ImageType } from "./sniff-image-type";
import { storedFilePath, uploadDir } from "./upload-dir";

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** The largest side of the stored image and of its list thumbnail, in pixels. */
const LARGE_SIDE = 1600;
const THUMBNAIL_SIDE = 480;
// A decompression bomb (a small file that decodes to billions of pixels) is refused before decoding.
const MAX_INPUT_PIXELS = 40_000_000;

export type StoredImage = { id: number; url: string; thumbnailUrl: string; width: number; height: number };

export const uploadUrl = (storedName: string) => `/api/uploads/${storedName}`;

const thumbnailName = (storedName: string) => storedName.replace(/\.(\w+)$/, `-${THUMBNAIL_SIDE}.$1`);

async function reencode(bytes: Buffer, type: ImageType, side: number) {
  // rotate() applies the EXIF orientation; sharp writes no metadata unless asked, so EXIF
  // (camera, GPS position, time) never leaves the server.
  const pipeline = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: type.extension === "gif" })
    .rotate()
    .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true });
  const formatted =
    type.extension === "jpg"
      ? pipeline.jpeg({ quality: 85, mozjpeg: true })
      : type.extension === "png"
        ? pipeline.png({ compressionLevel: 9 })
        : type.extension === "webp"
          ? pipeline.webp({ quality: 85 })
          : pipeline.gif();
  const { data, info } = await formatted.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.pageHeight ?? info.height };
}

/**
 * Stores an uploaded image: type sniffed from the content, re-encoded without metadata at
 * most LARGE_SIDE wide or high, plus a THUMBNAIL_SIDE variant (same name with "-480").
 * The stored name is the server's own, never the client's.
 */
export async function storeImage(
  actor: Actor | null,
  upload: { bytes: Buffer; fileName: string; alt: string | null },
): Promise<StoredImage> {
  const db = await getDb();
  assertPermission(actor, "article.write");
  if (upload.bytes.length > MAX_IMAGE_BYTES) throw new TooLargeError("Ảnh quá lớn (tối đa 8 MB).");
  const type = sniffImageType(upload.bytes);
  if (!type) throw new InvalidInputError("Tệp tải lên không phải ảnh JPEG, PNG, WebP hoặc GIF.");

  let large: Awaited<ReturnType<typeof reencode>>;
  let thumbnail: Awaited<ReturnType<typeof reencode>>;
  try {
    [large, thumbnail] = await Promise.all([reencode(upload.bytes, type, LARGE_SIDE), reencode(upload.bytes, type, THUMBNAIL_SIDE)]);
  } catch {
    throw new InvalidInputError("Không đọc được ảnh: tệp bị hỏng hoặc quá lớn.");
  }

  const month = new Date().toISOString().slice(0, 7);
  const storedName = `${month}-${randomBytes(10).toString("hex")}.${type.extension}`;
  await mkdir(uploadDir(), { recursive: true });
  await writeFile(storedFilePath(storedName), large.data, { flag: "wx" });
  await writeFile(storedFilePath(thumbnailName(storedName)), thumbnail.data, { flag: "wx" });

  const row = await db.upload.create({
    data: {
      storedName,
      fileName: upload.fileName.replace(/^.*[\\/]/, "").slice(0, 200) || "anh",
      mimeType: type.mimeType,
      size: large.data.length,
      width: large.width,
      height: large.height,
      alt: upload.alt,
      createdById: actor.id,
    },
  });
  return {
    id: row.id,
    url: uploadUrl(storedName),
    thumbnailUrl: uploadUrl(thumbnailName(storedName)),
    width: large.width,
    height: large.height,
  };
}
