/**
 * The horizontal scroll box around a wide table. It can take keyboard focus, so a keyboard
 * user can scroll it too (WCAG 2.1.1; axe-core "scrollable-region-focusable").
 */
export function ScrollableTable({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className ?? ""}`}>
      {children}
    </div>
  );
}
