import { constants, crc32, deflateRawSync } from "node:zlib";

/** The page's bytes with this response's nonce where the placeholder stood, as chunks to write. */
export function withNonce(pieces: readonly Buffer[], nonce: string): Buffer[] {
  const nonceBytes = Buffer.from(nonce);
  return pieces.flatMap((piece, index) => (index === 0 ? [piece] : [nonceBytes, piece]));
}

// Deflated pieces are kept with the page they belong to (and go when it goes).
const deflatedPieces = new WeakMap<readonly Buffer[], Buffer[]>();
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * The same bytes gzip-compressed, without compressing the page again for every response: each
 * piece is deflated once, ending on a byte boundary (a sync flush) so the pieces can be joined,
 * and the nonce goes between them as a stored (uncompressed) block. The result is one ordinary
 * gzip member; only its checksum is computed per response.
 */
export function gzipWithNonce(pieces: readonly Buffer[], nonce: string): Buffer[] {
  let deflated = deflatedPieces.get(pieces);
  if (!deflated) {
    deflated = pieces.map((piece, index) =>
      deflateRawSync(piece, { finishFlush: index === pieces.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
    );
    deflatedPieces.set(pieces, deflated);
  }
  const nonceBytes = Buffer.from(nonce);
  const storedNonce = Buffer.concat([storedBlockHeader(nonceBytes.length), nonceBytes]);
  let checksum = 0;
  let size = 0;
  for (const chunk of withNonce(pieces, nonce)) {
    // zlib answers 0 for an empty buffer without memory behind it, whatever the running value.
    if (chunk.length === 0) continue;
    checksum = crc32(chunk, checksum);
    size += chunk.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(checksum >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  return [GZIP_HEADER, ...deflated.flatMap((chunk, index) => (index === 0 ? [chunk] : [storedNonce, chunk])), trailer];
}

/** A non-final stored block (RFC 1951, 3.2.4): starts on a byte boundary, LEN then NLEN. */
function storedBlockHeader(length: number): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt8(0, 0);
  header.writeUInt16LE(length, 1);
  header.writeUInt16LE(~length & 0xffff, 3);
  return header;
}

/** Whether the client takes gzip (and has not refused it with q=0). */
export function acceptsGzip(acceptEncoding: string | null | undefined): boolean {
  return (acceptEncoding ?? "").split(",").some((entry) => {
    const [coding, ...parameters] = entry.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}
