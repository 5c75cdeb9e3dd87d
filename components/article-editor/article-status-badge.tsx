import type { ArticleDisplayStatus } from "@/lib/articles/visibility";
import { STATUS_LABELS } from "@/lib/editorial/workflow";

const TONES: Record<ArticleDisplayStatus, string> = {
  draft: "bg-gray-100 text-gray-800",
  review: "bg-amber-100 text-amber-900",
  rejected: "bg-red-100 text-red-900",
  published: "bg-green-100 text-green-900",
  scheduled: "bg-blue-100 text-blue-900",
  expired: "bg-gray-200 text-gray-700",
  suspended: "bg-red-200 text-red-900",
};

export function ArticleStatusBadge({ status }: { status: ArticleDisplayStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${TONES[status]}`} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
