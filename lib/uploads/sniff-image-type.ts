export type ImageType = { mimeType: "image/jpeg" | "image/png" | "image/webp" | "image/gif"; extension: "jpg" | "png" | "webp" | "gif" };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * The image type from the file's first bytes, never from its name or the browser's claim:
 * a script renamed to .png is refused, and the type served back is the one sniffed here.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mimeType: "image/png", extension: "png" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { mimeType: "image/webp", extension: "webp" };
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return { mimeType: "image/gif", extension: "gif" };
  return null;
}

const BY_EXTENSION: Record<string, ImageType["mimeType"]> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp", gif: "image/gif" };

/** The content type of a stored image, from the extension the server gave it after sniffing. */
export function storedImageMimeType(storedName: string): ImageType["mimeType"] | null {
  return BY_EXTENSION[storedName.slice(storedName.lastIndexOf(".") + 1)] ?? null;
}
