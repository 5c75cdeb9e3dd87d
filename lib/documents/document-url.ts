/** `/van-ban/<slug>-<id>`: the id decides, the slug is for people and is corrected by redirect. */
export function documentPath(document: { id: number; slug: string }): string {
  return `/van-ban/${document.slug}-${document.id}`;
}

/** The file route; `inline` asks for a preview in the page rather than a download. */
export function documentFileUrl(documentId: number, fileId: number, { inline = false } = {}): string {
  return `/api/documents/${documentId}/files/${fileId}${inline ? "?inline=1" : ""}`;
}
