import Link from "next/link";
import type { DocumentFilters } from "@/lib/documents/list-filters";
import { FILTER_PARAMS } from "@/lib/documents/list-filters";
import type { listFilterOptions } from "@/lib/documents/queries";

type Options = Awaited<ReturnType<typeof listFilterOptions>>;

const inputClass = "mt-1 block w-full rounded border border-gray-300 bg-white px-2 py-1.5 text-sm";

/** A plain GET form: the filters end up in the URL, and it works without JavaScript. */
export function DocumentFilterForm({ filters, options }: { filters: DocumentFilters; options: Options }) {
  return (
    <form method="get" action="/van-ban" role="search" aria-label="Tìm văn bản" className="mt-4 rounded bg-gray-50 p-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className="text-sm sm:col-span-2 lg:col-span-4">
          Từ khóa (số, ký hiệu, trích yếu)
          <input type="search" name={FILTER_PARAMS.q} defaultValue={filters.q ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          Loại văn bản
          <select name={FILTER_PARAMS.type} defaultValue={filters.type ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {options.types.map((type) => (
              <option key={type.slug} value={type.slug}>
                {type.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Lĩnh vực
          <select name={FILTER_PARAMS.field} defaultValue={filters.field ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {options.fields.map((field) => (
              <option key={field.slug} value={field.slug}>
                {field.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Cơ quan ban hành
          <select name={FILTER_PARAMS.body} defaultValue={filters.body ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {options.bodies.map((body) => (
              <option key={body.slug} value={body.slug}>
                {body.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Người ký
          <select name={FILTER_PARAMS.signer} defaultValue={filters.signer ? String(filters.signer) : ""} className={inputClass}>
            <option value="">Tất cả</option>
            {options.signers.map((signer) => (
              <option key={signer.id} value={signer.id}>
                {signer.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Hiệu lực
          <select name={FILTER_PARAMS.validity} defaultValue={filters.validity ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            <option value="con">Còn hiệu lực</option>
            <option value="het">Hết hiệu lực</option>
          </select>
        </label>
        <label className="text-sm">
          Ban hành từ ngày
          <input type="date" name={FILTER_PARAMS.from} defaultValue={filters.from ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          đến ngày
          <input type="date" name={FILTER_PARAMS.to} defaultValue={filters.to ?? ""} className={inputClass} />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
            Tìm kiếm
          </button>
          <Link href="/van-ban" className="px-2 py-1.5 text-sm text-brand-700 hover:underline">
            Xóa bộ lọc
          </Link>
        </div>
      </div>
    </form>
  );
}
