import { CheckboxField, SelectField, TextField } from "./form-controls";

type Category = { id: number; name: string; depth: number };
type Values = { name: string; slug: string; description: string; parentId: number | null; active: boolean; showOnHome: boolean };

const EMPTY: Values = { name: "", slug: "", description: "", parentId: null, active: true, showOnHome: true };

/** The fields of a category, for creating one or editing it; `parents` are the allowed parents. */
export function CategoryFields({ idPrefix, parents, values = EMPTY }: { idPrefix: string; parents: Category[]; values?: Values }) {
  const parentOptions = [
    { value: "", label: "(Chuyên mục gốc)" },
    ...parents.map((parent) => ({ value: String(parent.id), label: `${"— ".repeat(parent.depth)}${parent.name}` })),
  ];
  return (
    <>
      <TextField id={`${idPrefix}-name`} label="Tên chuyên mục" name="name" defaultValue={values.name} required />
      <TextField
        id={`${idPrefix}-slug`}
        label="Đường dẫn"
        name="slug"
        defaultValue={values.slug}
        hint="Chữ thường không dấu, nối bằng dấu gạch ngang; để trống để tạo từ tên."
      />
      <TextField id={`${idPrefix}-description`} label="Mô tả" name="description" defaultValue={values.description} />
      <SelectField
        id={`${idPrefix}-parent`}
        label="Thuộc chuyên mục"
        name="parentId"
        options={parentOptions}
        defaultValue={values.parentId === null ? "" : String(values.parentId)}
      />
      <CheckboxField id={`${idPrefix}-active`} label="Đang hoạt động (hiện trên cổng)" name="active" defaultChecked={values.active} />
      <CheckboxField id={`${idPrefix}-home`} label="Hiện trên trang chủ" name="showOnHome" defaultChecked={values.showOnHome} />
    </>
  );
}
