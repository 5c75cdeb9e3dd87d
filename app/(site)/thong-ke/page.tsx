import type { Metadata } from "next";
import { StatsChart } from "@/components/stats/stats-chart";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { topOfDimension, visitsByHourOfDay, visitsPerDay, visitsPerMonth } from "@/lib/stats/history";
import { namedTopPages } from "@/lib/stats/page-titles";

export const metadata: Metadata = {
  title: "Thống kê truy cập",
  description: "Số lượt truy cập cổng thông tin theo ngày, tháng, giờ; trang được xem nhiều, trình duyệt, hệ điều hành, máy chủ tìm kiếm và trang web dẫn đến.",
  alternates: { canonical: "/thong-ke" },
};

const TOP = 10;

export default async function StatisticsPage() {
  const now = new Date();
  const [perDay, perMonth, byHour, pages, browsers, systems, bots, referrers] = await Promise.all([
    visitsPerDay(now),
    visitsPerMonth(now),
    visitsByHourOfDay(now),
    // More candidates than shown: paths that name no page are left out.
    topOfDimension("page", TOP * 5, now).then((points) => namedTopPages(points, TOP)),
    topOfDimension("browser", TOP, now),
    topOfDimension("os", TOP, now),
    topOfDimension("bot", TOP, now),
    topOfDimension("referrer", TOP, now),
  ]);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-700">Thống kê truy cập</h1>
      <p className="text-sm text-muted">
        Một lượt truy cập là một trình duyệt mở trang, kết thúc khi không hoạt động 30 phút; lượt của máy chủ tìm
        kiếm được tính riêng, không cộng vào lượt truy cập. Ngày giờ theo giờ Việt Nam, số liệu đến{" "}
        {formatDateTime(now)}.
      </p>
      <StatsChart id="theo-ngay" title="Lượt truy cập 30 ngày qua" keyLabel="Ngày" valueLabel="Lượt truy cập" points={perDay} layout="columns" />
      <StatsChart id="theo-thang" title="Lượt truy cập 12 tháng qua" keyLabel="Tháng" valueLabel="Lượt truy cập" points={perMonth} layout="columns" />
      <StatsChart id="theo-gio" title="Lượt truy cập theo giờ trong ngày (30 ngày qua)" keyLabel="Giờ" valueLabel="Lượt truy cập" points={byHour} layout="columns" />
      <StatsChart id="trang-xem-nhieu" title="Trang được xem nhiều (30 ngày qua)" keyLabel="Trang" valueLabel="Lượt xem" points={pages} layout="bars" linkKeys />
      <div className="grid gap-4 md:grid-cols-2">
        <StatsChart id="trinh-duyet" title="Trình duyệt" keyLabel="Trình duyệt" valueLabel="Lượt truy cập" points={browsers} layout="bars" narrow />
        <StatsChart id="he-dieu-hanh" title="Hệ điều hành" keyLabel="Hệ điều hành" valueLabel="Lượt truy cập" points={systems} layout="bars" narrow />
        <StatsChart id="may-chu-tim-kiem" title="Máy chủ tìm kiếm" keyLabel="Máy chủ" valueLabel="Lượt truy cập trang" points={bots} layout="bars" narrow />
        <StatsChart id="trang-dan-den" title="Trang web dẫn đến" keyLabel="Trang web" valueLabel="Lượt chuyển đến" points={referrers} layout="bars" narrow />
      </div>
    </div>
  );
}
