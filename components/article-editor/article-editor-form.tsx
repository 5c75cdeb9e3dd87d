"use client";

import { useEffect, useRef, useState } from "react";
import { saveArticleAction } from "@/app/quan-tri/bai-viet/actions";
import {
  clearLocalDraft,
  readLocalDraft,
  saveLocalDraft,
  useBeforeIdleSignOut,
  type LocalDraft,
} from "@/components/session/idle-sign-out";
import { ActionForm } from "@/components/editor-area/action-form";
import { formatDateTime } from "@/lib/format/vietnam-time";
import type { ArticleFormValues } from "@/lib/editorial/article-form-values";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/editorial/workflow";
import { FeaturedImageField } from "./featured-image-field";
import { RichTextEditor } from "./rich-text-editor";
import { useEditLock } from "./use-edit-lock";

type Props = {
  articleId: number | null;
  values: ArticleFormValues;
  categories: { id: number; name: string; active: boolean }[];
  /** Workflow actions the user may take from the article's current status, offered as save buttons. */
  saveActions: WorkflowAction[];
  canSetPublication: boolean;
  canTakeOver: boolean;
};

const inputClass = "mt-1 w-full rounded border border-gray-400 px-3 py-2";
/** What an idle sign-out keeps of unsaved work, offered back when the editor opens again. */
type DraftFields = Pick<ArticleFormValues, "title" | "summary" | "bodyHtml">;

const SAVE_LABELS: Partial<Record<WorkflowAction, string>> = { submit: "Lưu và gửi duyệt", publish: "Lưu và xuất bản" };

export function ArticleEditorForm({ articleId, values, categories, saveActions, canSetPublication, canTakeOver }: Props) {
  const lock = useEditLock(articleId);
  const held = lock.state?.held === true;
  const draftKey = `bai-viet:${articleId ?? "moi"}`;
  const formRef = useRef<HTMLFormElement>(null);
  // The form's fields are uncontrolled; restoring a draft remounts them with the draft as defaults.
  const [current, setCurrent] = useState(values);
  const [formVersion, setFormVersion] = useState(0);
  const [offeredDraft, setOfferedDraft] = useState<LocalDraft<DraftFields> | null>(null);

  // The draft is in this browser's storage, which only exists after hydration.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setOfferedDraft(readLocalDraft<DraftFields>(draftKey)), [draftKey]);

  useBeforeIdleSignOut(() => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    const text = (field: keyof DraftFields) => String(data.get(field) ?? "");
    saveLocalDraft(draftKey, { title: text("title"), summary: text("summary"), bodyHtml: text("bodyHtml") });
  });

  function restoreDraft(draft: LocalDraft<DraftFields>) {
    setCurrent({ ...current, ...draft.data });
    setFormVersion((version) => version + 1);
    clearLocalDraft(draftKey);
    setOfferedDraft(null);
  }

  function discardDraft() {
    clearLocalDraft(draftKey);
    setOfferedDraft(null);
  }

  return (
    <>
      {offeredDraft ? (
        <div role="status" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          <p>
            Có nội dung chưa lưu của bài này, được giữ lại trên máy khi phiên đăng nhập hết hạn lúc{" "}
            {formatDateTime(new Date(offeredDraft.savedAt))}.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => restoreDraft(offeredDraft)}
              className="rounded bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700"
            >
              Khôi phục nội dung chưa lưu
            </button>
            <button type="button" onClick={discardDraft} className="rounded border border-gray-400 px-3 py-1.5 font-semibold">
              Bỏ nội dung này
            </button>
          </div>
        </div>
      ) : null}
      <ActionForm key={formVersion} formRef={formRef} className="space-y-4" action={saveArticleAction}>
        {(pending) => (
          <>
            {lock.state === null ? (
              <p role="status" className="rounded bg-gray-100 p-3 text-sm">
                Đang giữ quyền sửa bài…
              </p>
            ) : "holderName" in lock.state ? (
              <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
                <p>
                  Bài viết đang được sửa bởi <strong>{lock.state.holderName}</strong>. Bạn chỉ xem được cho đến khi người đó đóng
                  trình soạn thảo (quyền sửa tự hết sau 3 phút không hoạt động).
                </p>
                {canTakeOver ? (
                  <button type="button" onClick={lock.takeOver} className="mt-2 rounded bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700">
                    Tiếp quản quyền sửa
                  </button>
                ) : null}
              </div>
            ) : "error" in lock.state ? (
              <p role="alert" className="rounded border border-brand-600 bg-brand-50 p-3 text-sm">
                {lock.state.error}
              </p>
            ) : null}

            <input type="hidden" name="articleId" value={articleId ?? ""} />
            <fieldset disabled={!held || pending} className="grid gap-4 lg:grid-cols-[1fr_20rem]">
              <div className="space-y-4">
                <label className="block text-sm font-semibold">
                  Tiêu đề
                  <input name="title" required maxLength={250} defaultValue={current.title} className={`${inputClass} text-lg font-normal`} />
                </label>
                <label className="block text-sm font-semibold">
                  Đường dẫn
                  <input
                    name="slug"
                    maxLength={250}
                    defaultValue={current.slug}
                    placeholder="tự tạo từ tiêu đề"
                    className={`${inputClass} font-normal`}
                    aria-describedby="goi-y-duong-dan"
                  />
                  <span id="goi-y-duong-dan" className="text-xs font-normal text-muted">
                    Để trống để tạo từ tiêu đề (bỏ dấu tiếng Việt).
                  </span>
                </label>
                <label className="block text-sm font-semibold">
                  Tóm tắt
                  <textarea name="summary" rows={3} maxLength={2000} defaultValue={current.summary} className={`${inputClass} font-normal`} />
                </label>
                <RichTextEditor name="bodyHtml" label="Nội dung" initialHtml={current.bodyHtml} disabled={!held} />
              </div>

              <div className="space-y-4">
                <label className="block text-sm font-semibold">
                  Chuyên mục
                  <select name="categoryId" required defaultValue={current.categoryId ?? ""} className={`${inputClass} font-normal`}>
                    <option value="" disabled>
                      — Chọn chuyên mục —
                    </option>
                    {categories.map((category) => (
                      <option key={category.id} value={category.id}>
                        {category.name}
                        {category.active ? "" : " (ngừng hoạt động)"}
                      </option>
                    ))}
                  </select>
                </label>
                <fieldset className="rounded border border-gray-300 p-3">
                  <legend className="px-1 text-sm font-semibold">Đăng thêm ở chuyên mục</legend>
                  <div className="max-h-40 space-y-1 overflow-y-auto text-sm">
                    {categories.map((category) => (
                      <label key={category.id} className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          name="secondaryCategoryIds"
                          value={category.id}
                          defaultChecked={current.secondaryCategoryIds.includes(category.id)}
                        />
                        {category.name}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <FeaturedImageField
                  initial={current.imageUrl ? { url: current.imageUrl, width: current.imageWidth, height: current.imageHeight } : null}
                  initialAlt={current.imageAlt}
                  initialCaption={current.imageCaption}
                  disabled={!held}
                />
                <label className="block text-sm font-semibold">
                  Từ khóa
                  <input name="tags" defaultValue={current.tags} placeholder="cách nhau bằng dấu phẩy" className={`${inputClass} font-normal`} />
                </label>
                <label className="block text-sm font-semibold">
                  Tác giả
                  <input name="authorName" maxLength={250} defaultValue={current.authorName} className={`${inputClass} font-normal`} />
                </label>
                <label className="block text-sm font-semibold">
                  Nguồn tin
                  <input name="sourceName" maxLength={250} defaultValue={current.sourceName} className={`${inputClass} font-normal`} />
                </label>
                <label className="block text-sm font-semibold">
                  Địa chỉ nguồn
                  <input name="sourceUrl" type="url" maxLength={500} defaultValue={current.sourceUrl} placeholder="https://" className={`${inputClass} font-normal`} />
                </label>
                <label className="block text-sm font-semibold">
                  Tiêu đề SEO
                  <input name="seoTitle" maxLength={250} defaultValue={current.seoTitle} className={`${inputClass} font-normal`} />
                </label>
                <label className="block text-sm font-semibold">
                  Mô tả SEO
                  <textarea name="seoDescription" rows={2} maxLength={500} defaultValue={current.seoDescription} className={`${inputClass} font-normal`} />
                </label>
                {canSetPublication ? (
                  <fieldset className="space-y-2 rounded border border-gray-300 p-3">
                    <legend className="px-1 text-sm font-semibold">Xuất bản</legend>
                    <label className="block text-sm">
                      Thời điểm đăng (giờ Việt Nam)
                      <input name="publishedAt" type="datetime-local" step={1} defaultValue={current.publishedAt} className={inputClass} />
                    </label>
                    <p className="text-xs text-muted">Để trống: đăng ngay khi xuất bản. Thời điểm trong tương lai: hẹn giờ đăng.</p>
                    <label className="block text-sm">
                      Hết hạn lúc
                      <input name="expiresAt" type="datetime-local" step={1} defaultValue={current.expiresAt} className={inputClass} />
                    </label>
                    <label className="flex items-center gap-2 text-sm">
                      <input name="featured" type="checkbox" defaultChecked={current.featured} /> Tin nổi bật
                    </label>
                  </fieldset>
                ) : null}
                <label className="flex items-center gap-2 text-sm">
                  <input name="allowComments" type="checkbox" defaultChecked={current.allowComments} /> Cho phép bình luận
                </label>
              </div>

              <div className="flex flex-wrap gap-2 lg:col-span-2">
                <button
                  type="submit"
                  name="intent"
                  value="save"
                  className="rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
                >
                  {pending ? "Đang lưu…" : "Lưu"}
                </button>
                {saveActions.map((action) => (
                  <button
                    key={action}
                    type="submit"
                    name="intent"
                    value={action}
                    className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
                  >
                    {SAVE_LABELS[action] ?? WORKFLOW_ACTIONS[action].label}
                  </button>
                ))}
              </div>
            </fieldset>
          </>
        )}
      </ActionForm>
    </>
  );
}
