import { saveDocumentAction } from "@/lib/documents/editor-actions";
import type { DocumentFormChoices, EditableDocument } from "@/lib/documents/editor-queries";
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS } from "@/lib/documents/visibility";
import { vietnamDateParts } from "@/lib/format/vietnam-time";
import { ActionForm, SubmitButton } from "./action-form";

const inputClass = "mt-1 block w-full rounded border border-gray-300 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-sm font-semibold";

function dayValue(date: Date | null | undefined): string {
  if (!date) return "";
  const p = vietnamDateParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Create or edit a document. Required: number, title, type, at least one field, issuing body, issue date. */
export function DocumentForm({ document, choices }: { document?: EditableDocument; choices: DocumentFormChoices }) {
  const fieldIds = new Set(document?.fields.map((link) => link.fieldId));
  const linked = (kind: string) => document?.relationsOut.filter((r) => r.kind === kind).map((r) => String(r.toId)) ?? [];
  const others = choices.documents.filter((other) => other.id !== document?.id);
  return (
    <ActionForm action={saveDocumentAction} className="mt-4 space-y-4" label="Thông tin văn bản">
      {document ? <input type="hidden" name="id" value={document.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={labelClass}>
          Số, ký hiệu *
          <input name="number" required maxLength={50} defaultValue={document?.number} className={inputClass} placeholder="1182-CV/BTGTU" />
        </label>
        <label className={labelClass}>
          Loại văn bản *
          <select name="typeId" required defaultValue={document?.typeId ?? ""} className={inputClass}>
            <option value="">-- Chọn loại --</option>
            {choices.types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className={labelClass}>
        Trích yếu (tên văn bản) *
        <textarea name="title" required maxLength={500} rows={2} defaultValue={document?.title} className={inputClass} />
      </label>
      <label className={labelClass}>
        Tóm tắt
        <textarea name="abstract" maxLength={2000} rows={3} defaultValue={document?.abstract} className={inputClass} />
      </label>
      <fieldset>
        <legend className={labelClass}>Lĩnh vực * (chọn ít nhất một)</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {choices.fields.map((field) => (
            <label key={field.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="fieldIds" value={field.id} defaultChecked={fieldIds.has(field.id)} />
              {field.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={labelClass}>
          Cơ quan ban hành *
          <select name="issuingBodyId" required defaultValue={document?.issuingBodyId ?? ""} className={inputClass}>
            <option value="">-- Chọn cơ quan --</option>
            {choices.bodies.map((body) => (
              <option key={body.id} value={body.id}>
                {body.name}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          Người ký
          <select name="signerId" defaultValue={document?.signerId ?? ""} className={inputClass}>
            <option value="">-- Không ghi --</option>
            {choices.signers.map((signer) => (
              <option key={signer.id} value={signer.id}>
                {signer.name}
                {signer.position ? ` (${signer.position})` : ""}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <label className={labelClass}>
          Ngày ban hành *
          <input type="date" name="issuedAt" required defaultValue={dayValue(document?.issuedAt)} className={inputClass} />
        </label>
        <label className={labelClass}>
          Ngày có hiệu lực
          <input type="date" name="effectiveAt" defaultValue={dayValue(document?.effectiveAt)} className={inputClass} />
        </label>
        <label className={labelClass}>
          Ngày hết hiệu lực
          <input type="date" name="expiresAt" defaultValue={dayValue(document?.expiresAt)} className={inputClass} />
        </label>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={labelClass}>
          Văn bản bị thay thế
          <select name="replacesIds" multiple size={5} defaultValue={linked("replaces")} className={inputClass}>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.number} - {other.title}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          Văn bản liên quan
          <select name="relatedIds" multiple size={5} defaultValue={linked("related")} className={inputClass}>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.number} - {other.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className={labelClass}>
        Nội dung (tùy chọn)
        <textarea name="bodyText" rows={6} defaultValue={document?.bodyText} className={inputClass} />
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={labelClass}>
          Quyền tải tệp
          <select name="downloadAccess" defaultValue={document?.downloadAccess ?? "public"} className={inputClass}>
            <option value="public">Mọi người</option>
            <option value="signed-in">Chỉ thành viên đã đăng nhập</option>
          </select>
        </label>
        <label className={labelClass}>
          Trạng thái
          <select name="status" defaultValue={document?.status ?? "draft"} className={inputClass}>
            {DOCUMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {DOCUMENT_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SubmitButton>{document ? "Lưu thay đổi" : "Thêm văn bản"}</SubmitButton>
    </ActionForm>
  );
}
