import type { Metadata } from "next";
import { ActionForm, SubmitButton } from "@/components/editor-area/action-form";
import { DocumentEditorNav } from "@/components/documents/editor/editor-nav";
import { requireDocumentEditor } from "@/lib/documents/editor-access";
import { deleteReferenceAction, saveReferenceAction } from "@/app/quan-tri/van-ban/actions";
import { REFERENCE_KINDS, REFERENCE_LABELS, type ReferenceKind, listReferenceItems } from "@/lib/documents/reference-lists";

export const metadata: Metadata = { title: "Danh mục văn bản", robots: { index: false } };

const inputClass = "rounded border border-gray-300 px-2 py-1 text-sm";

type Item = { id: number; name: string; position?: string | number; office?: string; _count: { documents: number } };

/** One editable row per item; signers also have a position and an office. */
function ReferenceFields({ kind, item }: { kind: ReferenceKind; item?: Item }) {
  return (
    <>
      <input type="hidden" name="kind" value={kind} />
      {item ? <input type="hidden" name="id" value={item.id} /> : null}
      <input name="name" required maxLength={200} defaultValue={item?.name} aria-label="Tên" className={inputClass} />
      {kind === "signer" ? (
        <>
          <input name="position" maxLength={200} defaultValue={String(item?.position ?? "")} aria-label="Chức vụ" placeholder="Chức vụ" className={inputClass} />
          <input name="office" maxLength={200} defaultValue={item?.office ?? ""} aria-label="Cơ quan" placeholder="Cơ quan" className={inputClass} />
        </>
      ) : null}
    </>
  );
}

export default async function DocumentReferenceListsPage() {
  await requireDocumentEditor("/quan-tri/van-ban/danh-muc");
  const lists = await listReferenceItems();
  return (
    <main className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <DocumentEditorNav />
      <h1 className="text-2xl font-bold text-brand-700">Danh mục văn bản</h1>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {REFERENCE_KINDS.map((kind) => (
          <section key={kind} aria-labelledby={`danh-muc-${kind}`} className="rounded border border-gray-200 p-3">
            <h2 id={`danh-muc-${kind}`} className="font-bold">
              {REFERENCE_LABELS[kind]}
            </h2>
            <ul className="mt-2 space-y-2">
              {(lists[kind] as Item[]).map((item) => (
                <li key={item.id} className="flex flex-wrap items-start gap-2">
                  <ActionForm action={saveReferenceAction} className="flex flex-wrap gap-2" label={`Sửa ${item.name}`}>
                    <ReferenceFields kind={kind} item={item} />
                    <SubmitButton variant="plain">Lưu</SubmitButton>
                  </ActionForm>
                  <ActionForm action={deleteReferenceAction} label={`Xóa ${item.name}`}>
                    <input type="hidden" name="kind" value={kind} />
                    <input type="hidden" name="id" value={item.id} />
                    <SubmitButton variant="plain">Xóa</SubmitButton>
                  </ActionForm>
                  <span className="text-xs text-muted">{item._count.documents} văn bản</span>
                </li>
              ))}
            </ul>
            <ActionForm action={saveReferenceAction} className="mt-3 flex flex-wrap gap-2 border-t border-gray-100 pt-3" label={`Thêm ${REFERENCE_LABELS[kind]}`}>
              <ReferenceFields kind={kind} />
              <SubmitButton>Thêm</SubmitButton>
            </ActionForm>
          </section>
        ))}
      </div>
    </main>
  );
}
