import { setDocumentStatusAction } from "@/app/quan-tri/van-ban/actions";
import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from "@/lib/documents/visibility";
import { ActionForm, SubmitButton } from "@/components/editor-area/action-form";

const ACTIONS: { status: DocumentStatus; label: string }[] = [
  { status: "published", label: "Đăng" },
  { status: "retired", label: "Bãi bỏ (hết hiệu lực)" },
  { status: "draft", label: "Chuyển về nháp" },
];

/** Publish, retire or take back a document, one click each. */
export function StatusButtons({ documentId, status }: { documentId: number; status: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span>
        Trạng thái: <strong data-testid="document-status">{DOCUMENT_STATUS_LABELS[status as DocumentStatus] ?? status}</strong>
      </span>
      {ACTIONS.filter((action) => action.status !== status).map((action) => (
        <ActionForm key={action.status} action={setDocumentStatusAction} label={action.label}>
          <input type="hidden" name="id" value={documentId} />
          <input type="hidden" name="status" value={action.status} />
          <SubmitButton variant="plain">{action.label}</SubmitButton>
        </ActionForm>
      ))}
    </div>
  );
}
