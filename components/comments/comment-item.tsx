"use client";

import { useState } from "react";
import type { PublicComment } from "@/lib/comments/comment-sort";
import type { PostedComment } from "@/lib/comments/post-comment";
import type { Reaction } from "@/lib/comments/react-to-comment";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { sendJson } from "@/lib/http/send-json";
import { CommentForm, type CommentAuthor } from "./comment-form";

// Deeper replies stop indenting (the page would become a sliver on a phone) and say whom they answer.
const MAX_INDENT_DEPTH = 3;

type Props = {
  comment: PublicComment;
  depth: number;
  parentName: string | null;
  articleId: number;
  author: CommentAuthor | null;
  onReplyPosted: (posted: PostedComment, message: string) => void;
  /** False until the section knows this visitor's own reactions: the buttons wait for it. */
  interactive: boolean;
};

/** One comment with its likes, its reply form and, nested, its replies. Content is text: React escapes it. */
export function CommentItem({ comment, depth, parentName, articleId, author, onReplyPosted, interactive }: Props) {
  const [counts, setCounts] = useState({ likes: comment.likes, dislikes: comment.dislikes });
  const [mine, setMine] = useState(comment.myReaction);
  const [replying, setReplying] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  async function react(reaction: Reaction) {
    const result = await sendJson<{ likes: number; dislikes: number }>(`/api/comments/${comment.id}/reaction`, { body: { reaction } });
    if (result.ok) {
      setCounts(result.data);
      setMine(reaction);
      setNotice(null);
    } else {
      setNotice(result.error);
    }
  }

  const button = "rounded px-2 py-0.5 hover:bg-gray-100 aria-pressed:font-semibold aria-pressed:text-brand-700 disabled:cursor-default";
  return (
    <li data-testid="comment" data-comment-id={comment.id}>
      <article aria-label={`Bình luận của ${comment.name}`} className="border-t border-gray-200 py-3">
        <p className="text-sm">
          <strong className="break-words" data-testid="comment-author">
            {comment.name}
          </strong>
          {depth > MAX_INDENT_DEPTH && parentName ? <span className="text-muted"> trả lời {parentName}</span> : null}
          <span className="text-muted"> · </span>
          <time dateTime={comment.createdAt} className="text-muted">
            {formatDateTime(new Date(comment.createdAt))}
          </time>
        </p>
        <p className="mt-1 whitespace-pre-line break-words" data-testid="comment-content">
          {comment.content}
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-1 text-sm text-muted">
          <button type="button" className={button} aria-pressed={mine === "like"} disabled={!interactive || mine !== null} onClick={() => react("like")}>
            Thích ({counts.likes})
          </button>
          <button type="button" className={button} aria-pressed={mine === "dislike"} disabled={!interactive || mine !== null} onClick={() => react("dislike")}>
            Không thích ({counts.dislikes})
          </button>
          <button type="button" className={button} aria-expanded={replying} disabled={!interactive} onClick={() => setReplying((open) => !open)}>
            Trả lời
          </button>
          <span role="status" className="text-brand-700">
            {notice}
          </span>
        </p>
        {replying ? (
          <div className="mt-2 rounded border border-gray-200 bg-gray-50 p-3">
            <CommentForm
              articleId={articleId}
              parentId={comment.id}
              author={author}
              submitLabel="Gửi trả lời"
              onCancel={() => setReplying(false)}
              onPosted={(posted, message) => {
                setReplying(false);
                onReplyPosted(posted, message);
              }}
            />
          </div>
        ) : null}
      </article>
      {comment.replies.length > 0 ? (
        <ul className={depth < MAX_INDENT_DEPTH ? "ml-4 border-l-2 border-brand-100 pl-3 sm:ml-6" : ""} aria-label={`Trả lời ${comment.name}`}>
          {comment.replies.map((reply) => (
            <CommentItem
              key={reply.id}
              comment={reply}
              depth={depth + 1}
              parentName={comment.name}
              articleId={articleId}
              author={author}
              onReplyPosted={onReplyPosted}
              interactive={interactive}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
