import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CommentModerationList } from "@/components/comments/comment-moderation-list";
import { ModerationModeForm } from "@/components/comments/moderation-mode-form";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { COMMENT_STATUS_LABELS, COMMENT_STATUSES } from "@/lib/comments/comment-status";
import { listCommentsForModeration, MODERATION_PAGE_SIZE } from "@/lib/comments/moderation-queue";
import { readModerationMode } from "@/lib/comments/moderation-mode";
import { pageCount, parsePageParam } from "@/lib/pagination/page-param";
import { moderateCommentAction, saveModerationModeAction } from "./actions";
import { MODERATION_NOTICES, MODERATION_PATH, moderationListPath, parseModerationStatus, type ModerationNotice } from "@/lib/comments/moderation-page-path";

export const metadata: Metadata = { title: "Duyệt bình luận", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentModerationPage({ searchParams }: Props) {
  const query = await searchParams;
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(MODERATION_PATH)}`);
  if (!can(user.role, "comment.moderate")) {
    return (
      <main className="rounded border border-gray-200 bg-white p-6">
        <h1 className="text-2xl font-bold text-brand-700">Duyệt bình luận</h1>
        <p className="mt-3" role="alert">
          Bạn không có quyền duyệt bình luận. Vui lòng liên hệ người duyệt hoặc quản trị hệ thống.
        </p>
      </main>
    );
  }

  const status = parseModerationStatus(query["trang-thai"]);
  const page = parsePageParam(query.trang);
  if (!status || !page) notFound();
  const [{ comments, total, counts }, mode] = await Promise.all([
    listCommentsForModeration({ status, page }),
    readModerationMode(),
  ]);
  const pages = pageCount(total, MODERATION_PAGE_SIZE);
  if (page > pages) notFound();
  const current = moderationListPath(status, page);
  const noticeKey = typeof query["thong-bao"] === "string" ? query["thong-bao"] : "";
  const notice = noticeKey in MODERATION_NOTICES ? MODERATION_NOTICES[noticeKey as ModerationNotice] : null;

  return (
    <main className="space-y-4 rounded border border-gray-200 bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-brand-700">Duyệt bình luận</h1>
        <Link href="/quan-tri" className="text-sm underline">
          Khu vực biên tập
        </Link>
      </div>
      <p role="status" className="min-h-6 font-semibold text-brand-700">
        {notice}
      </p>
      <ModerationModeForm mode={mode} returnTo={current} action={saveModerationModeAction} />
      <nav aria-label="Trạng thái bình luận">
        <ul className="flex flex-wrap gap-2 text-sm">
          {COMMENT_STATUSES.map((item) => (
            <li key={item}>
              <Link
                href={moderationListPath(item)}
                aria-current={item === status ? "page" : undefined}
                className="block rounded border border-gray-300 px-3 py-1.5 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
              >
                {COMMENT_STATUS_LABELS[item]} ({counts[item]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <CommentModerationList comments={comments} returnTo={current} action={moderateCommentAction} />
      <Pagination page={page} pageCount={pages} hrefForPage={(p) => moderationListPath(status, p)} />
    </main>
  );
}
