import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

// Only the pieces these bar charts use, so the options bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export type Series = { label: string; data: number[]; color: string };

type Props = {
  labels: string[];
  series: Series[];
  /** Read by screen readers in place of the picture; the table beside it has the numbers. */
  summary: string;
  stacked?: boolean;
  horizontal?: boolean;
  testId?: string;
};

/** A chart.js bar chart that redraws when its data changes and is destroyed with the view. */
export function BarChart({ labels, series, summary, stacked = false, horizontal = false, testId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const style = getComputedStyle(document.documentElement);
    const fg = style.getPropertyValue('--muted').trim() || '#5e6a75';
    const grid = style.getPropertyValue('--line').trim() || '#dfe3e8';
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color, borderRadius: 3 })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 300 },
        scales: {
          x: { stacked, ticks: { color: fg, ...(horizontal ? { precision: 0 } : {}) }, grid: { color: grid } },
          y: { stacked, beginAtZero: true, ticks: { color: fg, ...(horizontal ? {} : { precision: 0 }) }, grid: { color: grid } },
        },
        plugins: { legend: { labels: { color: fg } } },
      },
    });
    return () => chart.destroy();
  }, [JSON.stringify({ labels, series, stacked, horizontal })]);

  return (
    <div class="chart" style={{ height: horizontal ? '120px' : '240px' }}>
      <canvas ref={canvas} role="img" aria-label={summary} data-testid={testId} />
    </div>
  );
}
