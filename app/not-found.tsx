import Link from "next/link";

export const metadata = { title: "Không tìm thấy trang" };

export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl rounded border border-gray-200 bg-white p-6 text-center">
      <h1 className="text-2xl font-bold text-brand-700">Không tìm thấy trang</h1>
      <p className="mt-3">
        Trang bạn tìm không tồn tại, đã được gỡ bỏ hoặc chưa đến thời gian đăng. Vui lòng kiểm tra lại địa chỉ.
      </p>
      <p className="mt-4">
        <Link href="/" className="font-semibold text-brand-700 underline">
          Về trang chủ
        </Link>
      </p>
    </main>
  );
}
