"use client";

import { useId, useState } from "react";
import { CONTENT_MAX, NAME_MAX } from "@/lib/comments/comment-limits";
import type { PostedComment } from "@/lib/comments/post-comment";
import { sendJson } from "@/lib/http/send-json";

export type CommentAuthor = { name: string; email: string };

type Props = {
  articleId: number;
  parentId?: number;
  author: CommentAuthor | null;
  submitLabel: string;
  onPosted: (posted: PostedComment, message: string) => void;
  onCancel?: () => void;
};

/**
 * Name, email (never shown) and plain-text content. The server validates everything again;
 * the limits here only spare the reader a round trip.
 */
export function CommentForm({ articleId, parentId, author, submitLabel, onPosted, onCancel }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    setError(null);
    const result = await sendJson<PostedComment & { message: string }>(`/api/articles/${articleId}/comments`, {
      body: {
        name: String(data.get("name") ?? ""),
        email: String(data.get("email") ?? ""),
        content: String(data.get("content") ?? ""),
        website: String(data.get("website") ?? ""),
        parentId: parentId ?? null,
      },
    });
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    form.reset();
    onPosted(result.data, result.data.message);
  }

  const field = "mt-1 w-full rounded border border-gray-400 px-3 py-2";
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={parentId ? "Trả lời bình luận" : "Gửi bình luận"}>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-semibold">
            Họ và tên
          </label>
          <input id={`${id}-name`} name="name" required maxLength={NAME_MAX} defaultValue={author?.name} autoComplete="name" className={field} />
        </div>
        <div>
          <label htmlFor={`${id}-email`} className="block text-sm font-semibold">
            Email <span className="font-normal text-muted">(không hiển thị công khai)</span>
          </label>
          <input id={`${id}-email`} name="email" type="email" required defaultValue={author?.email} autoComplete="email" className={field} />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-content`} className="block text-sm font-semibold">
          Nội dung
        </label>
        <textarea id={`${id}-content`} name="content" required minLength={2} maxLength={CONTENT_MAX} rows={4} className={field} />
      </div>
      {/* Honeypot: off-screen and out of the tab order; a person never fills it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${id}-website`}>Để trống ô này</label>
        <input id={`${id}-website`} name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <div role="alert" className="min-h-5 text-sm font-semibold text-brand-700">
        {error}
      </div>
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Đang gửi…" : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className="rounded border border-gray-300 px-4 py-2 text-sm hover:border-brand-600">
            Hủy
          </button>
        ) : null}
      </div>
    </form>
  );
}
