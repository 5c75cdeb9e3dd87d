"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Uploads one file to the document through the file route, then shows the refreshed list. */
export function FileUploadForm({ documentId, maxMegabytes }: { documentId: number; maxMegabytes: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(form: HTMLFormElement) {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/documents/${documentId}/files`, { method: "POST", body: new FormData(form) });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? "Không tải được tệp lên.");
        return;
      }
      form.reset();
      router.refresh();
    } catch {
      setError("Không kết nối được máy chủ, hãy thử lại.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="mt-3 flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void upload(event.currentTarget);
      }}
    >
      <label className="text-sm">
        Thêm tệp (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS, ZIP; tối đa {maxMegabytes} MB)
        <input
          type="file"
          name="file"
          required
          accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.zip"
          className="mt-1 block text-sm"
        />
      </label>
      <button type="submit" disabled={busy} className="rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
        {busy ? "Đang tải lên…" : "Tải lên"}
      </button>
      {error ? (
        <p role="alert" className="w-full rounded bg-red-50 p-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
