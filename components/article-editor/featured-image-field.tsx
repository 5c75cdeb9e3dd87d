"use client";

import { useState } from "react";
import { uploadImage } from "./upload-image";

type Image = { url: string; width: number | null; height: number | null };
type Props = { initial: Image | null; initialAlt: string; initialCaption: string; disabled?: boolean };

/** The featured image: uploaded at once (type checked and resized on the server), with its alt text and caption. */
export function FeaturedImageField({ initial, initialAlt, initialCaption, disabled = false }: Props) {
  const [image, setImage] = useState<Image | null>(initial);
  const [status, setStatus] = useState<string | null>(null);
  const [alt, setAlt] = useState(initialAlt);

  async function upload(file: File) {
    setStatus("Đang tải ảnh lên…");
    try {
      const stored = await uploadImage(file, alt);
      setImage({ url: stored.url, width: stored.width, height: stored.height });
      setStatus(`Đã tải ảnh lên (${stored.width}×${stored.height}).`);
    } catch (error) {
      setStatus((error as Error).message);
    }
  }

  const inputClass = "mt-1 w-full rounded border border-gray-400 px-3 py-2";
  return (
    <fieldset className="rounded border border-gray-300 p-3" disabled={disabled}>
      <legend className="px-1 text-sm font-semibold">Ảnh đại diện</legend>
      <input type="hidden" name="imageUrl" value={image?.url ?? ""} />
      <input type="hidden" name="imageWidth" value={image?.width ?? ""} />
      <input type="hidden" name="imageHeight" value={image?.height ?? ""} />
      {image ? (
        <div className="mb-2 flex items-start gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the uploaded file */}
          <img src={image.url} alt="Ảnh đại diện đã chọn" className="h-24 w-auto rounded border" data-testid="featured-image-preview" />
          <button type="button" className="rounded border border-gray-300 px-2 py-1 text-sm" onClick={() => setImage(null)}>
            Bỏ ảnh
          </button>
        </div>
      ) : null}
      <label className="block text-sm">
        Chọn ảnh (JPEG, PNG, WebP, GIF; tối đa 8 MB)
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          className="mt-1 block text-sm"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </label>
      <p role="status" className="min-h-5 text-sm text-muted">
        {status}
      </p>
      <label className="mt-2 block text-sm">
        Mô tả ảnh (cho người không xem được ảnh)
        <input name="imageAlt" value={alt} onChange={(event) => setAlt(event.target.value)} maxLength={500} className={inputClass} />
      </label>
      <label className="mt-2 block text-sm">
        Chú thích ảnh
        <input name="imageCaption" defaultValue={initialCaption} maxLength={500} className={inputClass} />
      </label>
    </fieldset>
  );
}
