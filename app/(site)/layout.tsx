import { Sidebar } from "@/components/site/sidebar";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_300px]">
      <main className="min-w-0">{children}</main>
      <Sidebar />
    </div>
  );
}
