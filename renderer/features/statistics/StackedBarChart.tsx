// One horizontal stacked bar per row (a country, a request type), one colour per series (an
// outcome, a timing). Drawn by recharts as SVG; in a right-to-left language the bars grow from
// the right and the row labels stand on the right, so the chart reads the way the page does.
// The SVG carries a title and description; the figures themselves are in the table the page
// shows beside every chart, which is what screen readers read.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { formatNumber } from '../../src/locale'

export interface ChartSeries {
  key: string
  name: string
  /** Colours are fixed per series, with enough contrast against the page and each other. */
  color: string
}

export interface ChartRow {
  label: string
  values: Record<string, number>
}

interface Props {
  rows: readonly ChartRow[]
  series: readonly ChartSeries[]
  title: string
  description: string
  direction: 'ltr' | 'rtl'
}

const ROW_HEIGHT = 44
const AXES_AND_LEGEND = 110

export function StackedBarChart({ rows, series, title, description, direction }: Props) {
  const rtl = direction === 'rtl'
  const data = rows.map((r) => ({ label: r.label, ...r.values }))
  const labelWidth = Math.min(280, Math.max(90, ...rows.map((r) => r.label.length * 8 + 16)))
  return (
    <div className="stat-chart" dir={direction}>
      <BarChart
        responsive
        style={{ width: '100%', height: rows.length * ROW_HEIGHT + AXES_AND_LEGEND }}
        data={data}
        layout="vertical"
        title={title}
        desc={description}
        margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} reversed={rtl} tickFormatter={(v: number) => formatNumber(v)} />
        {/* The SVG inherits the page's direction; with right-to-left text "end" is the label's left edge, so
            "end" keeps each label beside its axis on both sides (recharts picks "start" for a right axis). */}
        <YAxis type="category" dataKey="label" orientation={rtl ? 'right' : 'left'} width={labelWidth} tick={{ fontSize: 13, textAnchor: 'end' }} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="stack" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
      {/* Our own legend, in series order and in the UI language (recharts labels its legend icons in English). */}
      <ul className="stat-legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="stat-legend__swatch" style={{ backgroundColor: s.color }} aria-hidden="true" />
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  )
}
