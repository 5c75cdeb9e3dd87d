import type { StoredImage } from "@/lib/uploads/store-image";

/** Sends an image to the upload route; the server sniffs, resizes and strips it. */
export async function uploadImage(file: File, alt = ""): Promise<StoredImage> {
  const form = new FormData();
  form.set("file", file);
  form.set("alt", alt);
  const response = await fetch("/api/uploads/images", { method: "POST", body: form });
  const body = (await response.json().catch(() => ({}))) as Partial<StoredImage> & { error?: string };
  if (!response.ok || !body.url) throw new Error(body.error ?? "Không tải được ảnh lên, vui lòng thử lại.");
  return body as StoredImage;
}
