import { MODERATION_MODE_LABELS, MODERATION_MODES, type ModerationMode } from "@/lib/comments/moderation-mode";

type Props = { mode: ModerationMode; returnTo: string; action: (formData: FormData) => Promise<void> };

/** Which comments wait for approval; staff's own comments never do. */
export function ModerationModeForm({ mode, returnTo, action }: Props) {
  return (
    <form action={action} className="rounded border border-gray-200 bg-gray-50 p-3 text-sm">
      <fieldset>
        <legend className="font-semibold">Chế độ duyệt bình luận</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {MODERATION_MODES.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="mode" value={value} defaultChecked={value === mode} />
              {MODERATION_MODE_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className="mt-3 rounded border border-brand-600 px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50">
        Lưu chế độ duyệt
      </button>
    </form>
  );
}
