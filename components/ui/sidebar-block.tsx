/** A titled box of the sidebar; its heading names the region for screen readers. */
export function SidebarBlock({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="overflow-hidden rounded border border-gray-200 bg-white">
      <h2 id={id} className="bg-brand-600 px-3 py-2 text-sm font-bold uppercase text-white">
        {title}
      </h2>
      <div className="p-3">{children}</div>
    </section>
  );
}
