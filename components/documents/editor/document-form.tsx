import { saveDocumentAction } from "@/app/quan-tri/van-ban/actions";
import type { DocumentFormChoices, EditableDocument } from "@/lib/documents/editor-queries";
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS } from "@/lib/documents/visibility";
import { vietnamDateParts } from "@/lib/format/vietnam-time";
import { LabelledSelect } from "../labelled-select";
import { ActionForm, SubmitButton } from "@/components/editor-area/action-form";

const inputClass = "mt-1 block w-full rounded border border-gray-300 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-sm font-semibold";
const selectStyle = { labelClassName: labelClass, selectClassName: inputClass };

function dayValue(date: Date | null | undefined): string {
  if (!date) return "";
  const p = vietnamDateParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Create or edit a document. Required: number, title, type, at least one field, issuing body, issue date. */
export function DocumentForm({ document, choices }: { document?: EditableDocument; choices: DocumentFormChoices }) {
  const fieldIds = new Set(document?.fields.map((link) => link.fieldId));
  const linked = (kind: string) => document?.relationsOut.filter((r) => r.kind === kind).map((r) => String(r.toId)) ?? [];
  const documentOptions = choices.documents
    .filter((other) => other.id !== document?.id)
    .map((other) => ({ value: other.id, label: `${other.number} - ${other.title}` }));
  return (
    <ActionForm action={saveDocumentAction} className="mt-4 space-y-4" label="Thông tin văn bản">
      {document ? <input type="hidden" name="id" value={document.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={labelClass}>
          Số, ký hiệu *
          <input name="number" required maxLength={50} defaultValue={document?.number} className={inputClass} placeholder="1182-CV/BTGTU" />
        </label>
        <LabelledSelect
          label="Loại văn bản *"
          name="typeId"
          required
          emptyLabel="-- Chọn loại --"
          options={choices.types.map((type) => ({ value: type.id, label: type.name }))}
          defaultValue={document?.typeId}
          {...selectStyle}
        />
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
        <LabelledSelect
          label="Cơ quan ban hành *"
          name="issuingBodyId"
          required
          emptyLabel="-- Chọn cơ quan --"
          options={choices.bodies.map((body) => ({ value: body.id, label: body.name }))}
          defaultValue={document?.issuingBodyId}
          {...selectStyle}
        />
        <LabelledSelect
          label="Người ký"
          name="signerId"
          emptyLabel="-- Không ghi --"
          options={choices.signers.map((signer) => ({
            value: signer.id,
            label: signer.position ? `${signer.name} (${signer.position})` : signer.name,
          }))}
          defaultValue={document?.signerId ?? undefined}
          {...selectStyle}
        />
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
        <LabelledSelect
          label="Văn bản bị thay thế"
          name="replacesIds"
          multiple
          options={documentOptions}
          defaultValue={linked("replaces")}
          {...selectStyle}
        />
        <LabelledSelect
          label="Văn bản liên quan"
          name="relatedIds"
          multiple
          options={documentOptions}
          defaultValue={linked("related")}
          {...selectStyle}
        />
      </div>
      <label className={labelClass}>
        Nội dung (tùy chọn)
        <textarea name="bodyText" rows={6} defaultValue={document?.bodyText} className={inputClass} />
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <LabelledSelect
          label="Quyền tải tệp"
          name="downloadAccess"
          options={[
            { value: "public", label: "Mọi người" },
            { value: "signed-in", label: "Chỉ thành viên đã đăng nhập" },
          ]}
          defaultValue={document?.downloadAccess ?? "public"}
          {...selectStyle}
        />
        <LabelledSelect
          label="Trạng thái"
          name="status"
          options={DOCUMENT_STATUSES.map((status) => ({ value: status, label: DOCUMENT_STATUS_LABELS[status] }))}
          defaultValue={document?.status ?? "draft"}
          {...selectStyle}
        />
      </div>
      <SubmitButton>{document ? "Lưu thay đổi" : "Thêm văn bản"}</SubmitButton>
    </ActionForm>
  );
}
