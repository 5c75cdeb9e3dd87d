import { siteConfig } from "@/lib/site/site-config";

export function SiteFooter() {
  return (
    <footer className="no-print mt-8 border-t-4 border-brand-600 bg-white">
      <div className="mx-auto max-w-6xl space-y-1 px-3 py-6 text-sm text-muted sm:px-4">
        <p className="font-bold uppercase text-brand-800">{siteConfig.tagline} {siteConfig.name}</p>
        <p>Địa chỉ: {siteConfig.address}</p>
        <p>
          Điện thoại: {siteConfig.phone} · Thư điện tử: <a className="underline" href={`mailto:${siteConfig.email}`}>{siteConfig.email}</a>
        </p>
        <p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p>
      </div>
    </footer>
  );
}
