import { type ReactNode, useId } from 'react';
import { useI18n } from '../../../../i18n/I18nProvider';
import { useElementWidth } from './useElementWidth';

export type DataTableRow = { key: string; header: string; cells: ReactNode[] };
export type DataTable = { columns: string[]; rows: DataTableRow[] };

type ChartFrameProps = {
  title: string;
  /** What a screen reader announces for the picture; the table below holds every figure. */
  summary: string;
  table: DataTable;
  legend?: ReactNode;
  testId: string;
  /** The drawing's height for a given width: bar charts grow with their rows, line charts stay put. */
  height: (width: number) => number;
  /** The SVG's content, drawn at the measured width. */
  children: (width: number) => ReactNode;
};

/**
 * A chart as a figure: the caption, the drawing (one image to assistive technology, named by its
 * summary), and the same figures as a real table one click away, for reading and copying.
 */
export function ChartFrame({ title, summary, table, legend, testId, height, children }: ChartFrameProps) {
  const { m } = useI18n();
  const captionId = useId();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <figure className="chart card" aria-labelledby={captionId} data-testid={testId}>
      <figcaption id={captionId} className="chart__title">
        {title}
      </figcaption>
      {legend}
      <div ref={ref} className="chart__canvas">
        <svg
          role="img"
          aria-label={summary}
          width={width}
          height={height(width)}
          viewBox={`0 0 ${width} ${height(width)}`}
          className="chart__svg"
          focusable="false"
          data-testid={`${testId}-svg`}
        >
          {children(width)}
        </svg>
      </div>
      <details className="chart__data">
        <summary>{m.monitoring.charts.showTable}</summary>
        <div className="table-wrap">
          <table className="table" data-testid={`${testId}-table`}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column, index) => (
                  <th key={column} scope="col" className={index > 0 ? 'numeric' : undefined}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, index) => (
                    // Cells are positional: a column never moves within one table.
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above
                    <td key={index} className="numeric">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

export type LegendItem = { key: string; label: string; className: string };

/** Series names with their colour and line style, in the order they are drawn. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart__legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.key}>
          <svg className="chart__legend-mark" width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="2" x2="26" y1="6" y2="6" className={item.className} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
