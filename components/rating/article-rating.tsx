"use client";

import { useEffect, useState } from "react";
import { sendJson } from "@/lib/http/send-json";
import type { RatingState } from "@/lib/ratings/rate-article";
import { formatAverage, RATING_LABELS, type RatingSummary } from "@/lib/ratings/rating-summary";

type Props = { articleId: number; initialSummary: RatingSummary };

/**
 * "Click để đánh giá bài viết": five stars as a native radio group (arrow keys move, the
 * button sends). The page is the same for every reader (it is cached), so once loaded the
 * widget asks for the live figures and this visitor's own vote, shown also after a reload.
 */
export function ArticleRating({ articleId, initialSummary }: Props) {
  const [summary, setSummary] = useState(initialSummary);
  const [score, setScore] = useState<number | null>(null);
  const [voted, setVoted] = useState(false);
  const [hovered, setHovered] = useState<number | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const shown = hovered ?? score ?? 0;

  useEffect(() => {
    const controller = new AbortController();
    sendJson<RatingState>(`/api/articles/${articleId}/rating`, { method: "GET", signal: controller.signal }).then((result) => {
      if (!result.ok) return; // the figures rendered with the page stay; voting still works
      setSummary({ average: result.data.average, count: result.data.count });
      if (result.data.score !== null) {
        setScore(result.data.score);
        setVoted(true);
      }
    });
    return () => controller.abort();
  }, [articleId]);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (score === null) {
      setMessage("Vui lòng chọn số sao trước khi gửi.");
      return;
    }
    setPending(true);
    const result = await sendJson<RatingSummary>(`/api/articles/${articleId}/rating`, { body: { score } });
    setPending(false);
    if (result.ok) {
      setSummary(result.data);
      setVoted(true);
      setMessage("Cảm ơn bạn đã đánh giá bài viết.");
    } else {
      if (result.status === 409) setVoted(true);
      setMessage(result.error);
    }
  }

  return (
    <section aria-labelledby="danh-gia-bai-viet" className="no-print mt-6 rounded border border-gray-200 bg-gray-50 p-3 text-sm">
      <form onSubmit={submit} className="flex flex-wrap items-center gap-3">
        <fieldset disabled={voted || pending} className="flex flex-wrap items-center gap-2" onMouseLeave={() => setHovered(null)}>
          <legend id="danh-gia-bai-viet" className="float-left mr-2 font-semibold">
            Click để đánh giá bài viết
          </legend>
          <span className="flex">
            {RATING_LABELS.map((label, index) => {
              const value = index + 1;
              return (
                <label key={value} className="cursor-pointer" onMouseEnter={() => !voted && setHovered(value)} title={label}>
                  <input
                    type="radio"
                    name="score"
                    value={value}
                    checked={score === value}
                    onChange={() => setScore(value)}
                    className="peer sr-only"
                  />
                  <span
                    aria-hidden="true"
                    className={`block rounded px-0.5 text-2xl leading-none peer-focus-visible:outline-3 peer-focus-visible:outline-[#f5a300] ${
                      value <= shown ? "text-amber-500" : "text-gray-400"
                    }`}
                  >
                    ★
                  </span>
                  <span className="sr-only">{label}</span>
                </label>
              );
            })}
          </span>
          {voted ? null : (
            <button type="submit" className="rounded bg-brand-600 px-3 py-1 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
              Gửi đánh giá
            </button>
          )}
        </fieldset>
      </form>
      <p className="mt-2" data-testid="rating-summary">
        {summary.count > 0 ? (
          <>
            Điểm trung bình: <strong>{formatAverage(summary.average)}</strong>/5 ({summary.count} lượt đánh giá)
          </>
        ) : (
          "Chưa có lượt đánh giá nào."
        )}
        {voted && score !== null ? <span className="ml-2">Bạn đã chọn: {RATING_LABELS[score - 1]}.</span> : null}
      </p>
      <p role="status" className="mt-1 min-h-5 font-semibold text-brand-700">
        {message}
      </p>
    </section>
  );
}
