import Link from "next/link";
import type { DocumentFilters } from "@/lib/documents/list-filters";
import { FILTER_PARAMS } from "@/lib/documents/list-filters";
import type { listFilterOptions } from "@/lib/documents/queries";
import { LabelledSelect } from "./labelled-select";

type Options = Awaited<ReturnType<typeof listFilterOptions>>;

const inputClass = "mt-1 block w-full rounded border border-gray-300 bg-white px-2 py-1.5 text-sm";
const selectStyle = { labelClassName: "text-sm", selectClassName: inputClass };

/** A plain GET form: the filters end up in the URL, and it works without JavaScript. */
export function DocumentFilterForm({ filters, options }: { filters: DocumentFilters; options: Options }) {
  return (
    <form method="get" action="/van-ban" role="search" aria-label="Tìm văn bản" className="mt-4 rounded bg-gray-50 p-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className="text-sm sm:col-span-2 lg:col-span-4">
          Từ khóa (số, ký hiệu, trích yếu)
          <input type="search" name={FILTER_PARAMS.q} defaultValue={filters.q ?? ""} className={inputClass} />
        </label>
        <LabelledSelect
          label="Loại văn bản"
          name={FILTER_PARAMS.type}
          emptyLabel="Tất cả"
          options={options.types.map((type) => ({ value: type.slug, label: type.name }))}
          defaultValue={filters.type}
          {...selectStyle}
        />
        <LabelledSelect
          label="Lĩnh vực"
          name={FILTER_PARAMS.field}
          emptyLabel="Tất cả"
          options={options.fields.map((field) => ({ value: field.slug, label: field.name }))}
          defaultValue={filters.field}
          {...selectStyle}
        />
        <LabelledSelect
          label="Cơ quan ban hành"
          name={FILTER_PARAMS.body}
          emptyLabel="Tất cả"
          options={options.bodies.map((body) => ({ value: body.slug, label: body.name }))}
          defaultValue={filters.body}
          {...selectStyle}
        />
        <LabelledSelect
          label="Người ký"
          name={FILTER_PARAMS.signer}
          emptyLabel="Tất cả"
          options={options.signers.map((signer) => ({ value: signer.id, label: signer.name }))}
          defaultValue={filters.signer}
          {...selectStyle}
        />
        <LabelledSelect
          label="Hiệu lực"
          name={FILTER_PARAMS.validity}
          emptyLabel="Tất cả"
          options={[
            { value: "con", label: "Còn hiệu lực" },
            { value: "het", label: "Hết hiệu lực" },
          ]}
          defaultValue={filters.validity}
          {...selectStyle}
        />
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
