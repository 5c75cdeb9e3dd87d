export function documentPath(document: { id: number; slug: string }): string {
  return `/van-ban/${document.slug}-${document.id}`;
}
