"use client";

/** Opens the browser's print dialog; the print stylesheet leaves only the article. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-gray-300 px-3 py-1 text-sm hover:border-brand-600 hover:text-brand-700"
    >
      In bài viết
    </button>
  );
}
