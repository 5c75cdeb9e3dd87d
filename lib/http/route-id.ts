import { NotFoundError } from "@/lib/errors/domain-error";

/**
 * Ids in addresses such as /api/articles/{id}: a positive integer that fits the database's
 * integer column. Anything else names nothing that exists, so it is not found rather than invalid.
 */
export function parseRouteId(value: string, notFoundMessage = "Không tìm thấy nội dung yêu cầu."): number {
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) throw new NotFoundError(notFoundMessage);
  return Number(value);
}
