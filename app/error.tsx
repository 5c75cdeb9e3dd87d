"use client";

// Shown instead of a stack trace when rendering fails; the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-2xl rounded border border-gray-200 bg-white p-6 text-center">
      <h1 className="text-2xl font-bold text-brand-700">Đã có lỗi xảy ra</h1>
      <p className="mt-3">Hệ thống chưa thể hiển thị trang này. Vui lòng thử lại sau ít phút.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-600 px-4 py-2 font-semibold text-white">
        Thử lại
      </button>
    </main>
  );
}
