import { highlightSegments } from "@/lib/search/highlight";

/** Text with the search words marked; every piece is rendered as text, so nothing in it is markup. */
export function HighlightedText({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
