"use client";

import { useEffect, useRef, useState } from "react";
import { COMMENT_SORT_LABELS, COMMENT_SORTS, type CommentPage, type CommentSort } from "@/lib/comments/comment-sort";
import type { PostedComment } from "@/lib/comments/post-comment";
import { sendJson } from "@/lib/http/send-json";
import { CommentForm, type CommentAuthor } from "./comment-form";
import { CommentItem } from "./comment-item";

type Props = { articleId: number; initialPage: CommentPage; author: CommentAuthor | null; open: boolean };

/**
 * "Ý kiến bạn đọc": the first page arrives rendered by the server, the same for every reader
 * (pages are cached); once loaded it is fetched again, live and with this visitor's own likes.
 * Sorting, paging, posting and reacting happen here, against the comments API.
 */
export function CommentSection({ articleId, initialPage, author, open }: Props) {
  const [data, setData] = useState(initialPage);
  const [loading, setLoading] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function load(sort: CommentSort, page: number) {
    readerLoaded.current = true;
    setLoading(true);
    const result = await sendJson<CommentPage>(`/api/articles/${articleId}/comments?sort=${sort}&page=${page}`, { method: "GET" });
    setLoading(false);
    if (result.ok) {
      setData(result.data);
      setVersion((current) => current + 1);
    } else setMessage(result.error);
  }

  // The rendered comments are the same for every reader; until the fresh copy with this
  // visitor's own likes has arrived, the buttons wait, so a click never races it. Each fresh
  // copy renders new items (the key), which take their likes from it: so the buttons also wait
  // while a sort or a page is loading, or a reply form opened meanwhile would vanish with it.
  const hasComments = initialPage.total > 0;
  const [synced, setSynced] = useState(!hasComments);
  const [version, setVersion] = useState(0);
  // Once the reader has sorted, paged or posted, their page wins over the first refresh.
  const readerLoaded = useRef(false);
  useEffect(() => {
    if (!hasComments) return;
    const controller = new AbortController();
    sendJson<CommentPage>(`/api/articles/${articleId}/comments?sort=${initialPage.sort}&page=1`, { method: "GET", signal: controller.signal }).then(
      (result) => {
        if (controller.signal.aborted) return;
        if (result.ok && !readerLoaded.current) {
          setData(result.data);
          setVersion((current) => current + 1);
        }
        setSynced(true);
      },
    );
    return () => controller.abort();
  }, [articleId, hasComments, initialPage.sort]);

  function posted(comment: PostedComment, text: string) {
    setMessage(text);
    // An approved comment is shown at once: back to the first page of the newest.
    if (comment.status === "approved") void load(data.sort, data.sort === "oldest" ? data.pageCount : 1);
  }

  return (
    <section aria-labelledby="y-kien-ban-doc" className="no-print mt-8">
      <h2 id="y-kien-ban-doc" className="border-b-2 border-brand-600 pb-1 text-base font-bold uppercase text-brand-700">
        Ý kiến bạn đọc
      </h2>
      <p role="status" className="mt-2 min-h-5 font-semibold text-brand-700" data-testid="comment-message">
        {message}
      </p>
      {data.total > 0 ? (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm">
          <span>{data.total} bình luận</span>
          <label className="flex items-center gap-2">
            Sắp xếp
            <select
              value={data.sort}
              onChange={(event) => load(event.target.value as CommentSort, 1)}
              className="rounded border border-gray-400 px-2 py-1"
            >
              {COMMENT_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {COMMENT_SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <p className="mt-2 text-sm text-muted">Chưa có ý kiến nào. Hãy là người đầu tiên góp ý.</p>
      )}
      <ul aria-busy={loading} className="mt-2" aria-label="Danh sách bình luận" data-testid="comment-list">
        {data.comments.map((comment) => (
          <CommentItem
            key={`${version}:${comment.id}`}
            comment={comment}
            depth={0}
            parentName={null}
            articleId={articleId}
            author={author}
            onReplyPosted={posted}
            interactive={synced && !loading}
          />
        ))}
      </ul>
      {data.pageCount > 1 ? (
        <nav aria-label="Trang bình luận" className="mt-3 flex items-center gap-2 text-sm">
          <button type="button" disabled={data.page <= 1 || loading} onClick={() => load(data.sort, data.page - 1)} className="rounded border border-gray-300 px-3 py-1 disabled:opacity-50">
            ‹ Trang trước
          </button>
          <span>
            Trang {data.page}/{data.pageCount}
          </span>
          <button type="button" disabled={data.page >= data.pageCount || loading} onClick={() => load(data.sort, data.page + 1)} className="rounded border border-gray-300 px-3 py-1 disabled:opacity-50">
            Trang sau ›
          </button>
        </nav>
      ) : null}
      {open ? (
        <div className="mt-4 rounded border border-gray-200 p-3">
          <h3 className="mb-2 font-semibold">Gửi ý kiến của bạn</h3>
          <CommentForm articleId={articleId} author={author} submitLabel="Gửi bình luận" onPosted={posted} />
        </div>
      ) : (
        <p className="mt-4 text-sm text-muted">Bài viết này không nhận bình luận.</p>
      )}
    </section>
  );
}
