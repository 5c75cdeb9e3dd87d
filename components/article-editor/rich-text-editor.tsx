"use client";

import { useEffect, useId, useRef, useState } from "react";
import { sanitizeArticleHtml, youtubeEmbedUrl } from "@/lib/html/sanitize-article-html";
import { escapeHtml } from "@/lib/text/escape-html";
import { uploadImage } from "./upload-image";

type Props = { name: string; label: string; initialHtml: string; disabled?: boolean };

type Command = { label: string; run: () => void };

const YOUTUBE_ID = /(?:youtu\.be\/|[?&]v=|\/embed\/|\/shorts\/)([A-Za-z0-9_-]{6,20})/;

/**
 * A small rich-text editor on contenteditable: the toolbar produces only the elements the
 * server's allow-list keeps (lib/html/sanitize-article-html.ts), which runs again on save.
 * "Mã HTML" shows the source for pasting prepared markup.
 */
export function RichTextEditor({ name, label, initialHtml, disabled = false }: Props) {
  const labelId = useId();
  const surface = useRef<HTMLDivElement>(null);
  const imageInput = useRef<HTMLInputElement>(null);
  const [html, setHtml] = useState(initialHtml);
  const [sourceMode, setSourceMode] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    // Set once and when leaving source mode; React never re-renders the editable content itself.
    if (!sourceMode && surface.current) surface.current.innerHTML = sanitizeArticleHtml(html);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the mode changes
  }, [sourceMode]);

  const syncFromSurface = () => setHtml(surface.current?.innerHTML ?? "");

  function exec(command: string, value?: string) {
    surface.current?.focus();
    document.execCommand("defaultParagraphSeparator", false, "p");
    document.execCommand(command, false, value);
    syncFromSurface();
  }

  const insertHtml = (fragment: string) => exec("insertHTML", fragment);

  function insertLink() {
    const url = window.prompt("Địa chỉ liên kết (https://…, mailto:… hoặc /đường-dẫn):", "https://");
    if (!url) return;
    if (!sanitizeArticleHtml(`<a href="${escapeHtml(url)}">x</a>`).includes("href=")) {
      setMessage("Địa chỉ liên kết không hợp lệ.");
      return;
    }
    exec("createLink", url);
  }

  function insertVideo() {
    const url = window.prompt("Địa chỉ video YouTube:");
    const videoId = url ? YOUTUBE_ID.exec(url)?.[1] : null;
    const embed = videoId ? youtubeEmbedUrl(`https://www.youtube.com/embed/${videoId}`) : null;
    if (!embed) {
      if (url) setMessage("Chỉ nhúng được video YouTube.");
      return;
    }
    insertHtml(`<iframe src="${embed}" title="Video YouTube" width="560" height="315"></iframe><p></p>`);
  }

  function insertTable() {
    const row = (cell: string) => `<tr>${cell.repeat(3)}</tr>`;
    insertHtml(`<table><thead>${row("<th>Tiêu đề</th>")}</thead><tbody>${row("<td>…</td>").repeat(2)}</tbody></table><p></p>`);
  }

  async function insertImage(file: File) {
    const caption = window.prompt("Chú thích ảnh (có thể bỏ trống):") ?? "";
    setMessage("Đang tải ảnh lên…");
    try {
      const image = await uploadImage(file, caption);
      const alt = escapeHtml(caption);
      insertHtml(
        `<figure><img src="${image.url}" alt="${alt}" width="${image.width}" height="${image.height}">` +
          (caption ? `<figcaption>${alt}</figcaption>` : "") +
          `</figure><p></p>`,
      );
      setMessage("Đã chèn ảnh.");
    } catch (error) {
      setMessage((error as Error).message);
    }
  }

  const commands: Command[] = [
    { label: "Đoạn văn", run: () => exec("formatBlock", "p") },
    { label: "Tiêu đề lớn", run: () => exec("formatBlock", "h2") },
    { label: "Tiêu đề nhỏ", run: () => exec("formatBlock", "h3") },
    { label: "Đậm", run: () => exec("bold") },
    { label: "Nghiêng", run: () => exec("italic") },
    { label: "Danh sách", run: () => exec("insertUnorderedList") },
    { label: "Danh sách số", run: () => exec("insertOrderedList") },
    { label: "Trích dẫn", run: () => exec("formatBlock", "blockquote") },
    { label: "Liên kết", run: insertLink },
    { label: "Bỏ liên kết", run: () => exec("unlink") },
    { label: "Bảng", run: insertTable },
    { label: "Ảnh", run: () => imageInput.current?.click() },
    { label: "Video YouTube", run: insertVideo },
  ];

  const buttonClass = "rounded border border-gray-300 bg-white px-2 py-1 text-sm hover:border-brand-600 disabled:opacity-50";

  return (
    <div>
      <span id={labelId} className="block text-sm font-semibold">
        {label}
      </span>
      <div role="toolbar" aria-label="Định dạng nội dung" className="mt-1 flex flex-wrap gap-1 rounded-t border border-gray-400 bg-gray-50 p-1">
        {/* eslint-disable-next-line react-hooks/refs -- the commands reach the refs only when clicked */}
        {commands.map((command) => (
          <button key={command.label} type="button" className={buttonClass} disabled={disabled || sourceMode} onClick={command.run}>
            {command.label}
          </button>
        ))}
        <button
          type="button"
          className={buttonClass}
          aria-pressed={sourceMode}
          disabled={disabled}
          onClick={() => setSourceMode((on) => !on)}
        >
          Mã HTML
        </button>
      </div>
      <input
        ref={imageInput}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif"
        className="hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void insertImage(file);
        }}
      />
      {sourceMode ? (
        <textarea
          aria-labelledby={labelId}
          value={html}
          disabled={disabled}
          onChange={(event) => setHtml(event.target.value)}
          rows={18}
          spellCheck={false}
          className="block w-full rounded-b border border-t-0 border-gray-400 p-3 font-mono text-sm"
        />
      ) : (
        <div
          ref={surface}
          role="textbox"
          aria-multiline="true"
          aria-labelledby={labelId}
          contentEditable={!disabled}
          suppressContentEditableWarning
          onInput={syncFromSurface}
          onBlur={syncFromSurface}
          className="article-body min-h-64 rounded-b border border-t-0 border-gray-400 bg-white p-3"
        />
      )}
      <input type="hidden" name={name} value={html} />
      <p role="status" className="min-h-5 text-sm text-muted">
        {message}
      </p>
    </div>
  );
}
