import { formatCount } from "@/lib/format/number";
import type { ChartPoint } from "@/lib/stats/history";

type StatsChartProps = {
  id: string;
  title: string;
  /** What the numbers count, the heading of the table's value column. */
  valueLabel: string;
  /** The heading of the table's first column. */
  keyLabel: string;
  points: ChartPoint[];
  /** Columns for time series, horizontal bars for rankings (long labels). */
  layout: "columns" | "bars";
  /** Makes a ranking's labels links (top pages). */
  linkKeys?: boolean;
  /** A chart in half a column gets a narrower drawing, so its text keeps a readable size. */
  narrow?: boolean;
};

const WIDTH = 640;

/**
 * A chart drawn as SVG on the server (no script, no library) with its data as a table for
 * screen readers and anyone who wants the exact numbers. The SVG is decorative to assistive
 * technology; the table is the accessible version.
 */
export function StatsChart({ id, title, valueLabel, keyLabel, points, layout, linkKeys = false, narrow = false }: StatsChartProps) {
  const max = Math.max(1, ...points.map((point) => point.value));
  const total = points.reduce((sum, point) => sum + point.value, 0);
  return (
    <section aria-labelledby={id} className="rounded border border-gray-200 bg-white p-4" data-testid={`chart-${id}`}>
      <h2 id={id} className="mb-3 text-lg font-bold text-brand-700">
        {title}
      </h2>
      {points.length === 0 ? (
        <p className="text-sm text-muted">Chưa có số liệu.</p>
      ) : layout === "columns" ? (
        <ColumnChart points={points} max={max} />
      ) : (
        <BarChart points={points} max={max} width={narrow ? 360 : WIDTH} />
      )}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand-700 hover:underline">Bảng số liệu: {title.toLowerCase()}</summary>
        <table className="mt-2 w-full border-collapse">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-gray-300 text-left">
              <th scope="col" className="py-1 pr-2">{keyLabel}</th>
              <th scope="col" className="py-1 text-right">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.key} className="border-b border-gray-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {linkKeys ? <a href={point.key} className="hover:underline">{point.label}</a> : point.label}
                </th>
                <td className="py-1 text-right tabular-nums">{formatCount(point.value)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className="py-1 pr-2 text-left">Tổng</th>
              <td className="py-1 text-right tabular-nums">{formatCount(total)}</td>
            </tr>
          </tfoot>
        </table>
      </details>
    </section>
  );
}

function ColumnChart({ points, max }: { points: ChartPoint[]; max: number }) {
  const height = 200;
  const top = 12;
  const bottom = 24;
  const side = 16; // room for the outer labels
  const slot = (WIDTH - 2 * side) / points.length;
  const plot = height - top - bottom;
  // Every label fits for up to 12 columns; above that, every few.
  const labelEvery = Math.ceil(points.length / 12);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      <line x1="0" x2={WIDTH} y1={top + plot} y2={top + plot} className="stroke-gray-300" />
      <text x="2" y="10" className="fill-gray-500 text-[10px]">{formatCount(max)}</text>
      {points.map((point, index) => {
        const barHeight = (point.value / max) * plot;
        const x = side + index * slot;
        return (
          <g key={point.key}>
            <rect
              x={x + slot * 0.15}
              y={top + plot - barHeight}
              width={slot * 0.7}
              height={barHeight}
              className="fill-brand-600"
            >
              <title>{`${point.label}: ${formatCount(point.value)}`}</title>
            </rect>
            {index % labelEvery === 0 && (
              <text x={x + slot / 2} y={height - 8} textAnchor="middle" className="fill-gray-600 text-[10px]">
                {point.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function BarChart({ points, max, width }: { points: ChartPoint[]; max: number; width: number }) {
  const row = 26;
  const labelWidth = width * 0.4;
  const valueWidth = 60;
  const barSpace = width - labelWidth - valueWidth;
  const maxLabel = Math.floor(labelWidth / 6.5);
  return (
    <svg viewBox={`0 0 ${width} ${points.length * row}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      {points.map((point, index) => {
        const y = index * row;
        const label = point.label.length > maxLabel ? `${point.label.slice(0, maxLabel - 1)}…` : point.label;
        return (
          <g key={point.key}>
            <text x="0" y={y + 17} className="fill-gray-700 text-[12px]">
              {label}
            </text>
            <rect x={labelWidth} y={y + 5} width={(point.value / max) * barSpace} height={row - 10} className="fill-brand-600">
              <title>{`${point.label}: ${formatCount(point.value)}`}</title>
            </rect>
            <text x={width} y={y + 17} textAnchor="end" className="fill-gray-700 text-[12px] tabular-nums">
              {formatCount(point.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
