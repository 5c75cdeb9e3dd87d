import type { DiffLine } from "@/lib/editorial/line-diff";

const STYLES: Record<DiffLine["kind"], { className: string; marker: string; label: string }> = {
  same: { className: "", marker: " ", label: "" },
  removed: { className: "bg-red-50 text-red-900 line-through decoration-red-400", marker: "−", label: "Đã bỏ: " },
  added: { className: "bg-green-50 text-green-900", marker: "+", label: "Đã thêm: " },
};

/** A line diff: removed lines struck through in red, added lines in green, each also labelled in words. */
export function RevisionDiff({ lines }: { lines: DiffLine[] }) {
  return (
    <ol className="mt-2 rounded border border-gray-300 font-mono text-sm" data-testid="revision-diff">
      {lines.map((line, index) => (
        <li key={index} className={`flex gap-2 px-2 py-0.5 ${STYLES[line.kind].className}`} data-kind={line.kind}>
          <span aria-hidden="true" className="w-3 shrink-0 select-none">
            {STYLES[line.kind].marker}
          </span>
          <span className="whitespace-pre-wrap break-words">
            {STYLES[line.kind].label ? <span className="sr-only">{STYLES[line.kind].label}</span> : null}
            {line.text}
          </span>
        </li>
      ))}
    </ol>
  );
}
