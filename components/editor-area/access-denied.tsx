/** What an editor-area page shows a signed-in user whose role may not use it. */
export function AccessDenied() {
  return (
    <main className="rounded border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-brand-700">Không có quyền truy cập</h1>
      <p className="mt-3">
        Tài khoản của bạn không có quyền sử dụng trang này. Nếu cần, vui lòng liên hệ quản trị hệ thống.
      </p>
    </main>
  );
}
