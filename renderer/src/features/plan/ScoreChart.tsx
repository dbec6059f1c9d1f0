/**
 * The score chart, loaded on demand (recharts is large): Positieve Gezondheid as
 * a spider web, ZRM and Omaha as bars; the latest set against the one before.
 * The chart is for the eye only (aria-hidden): ScoreTable next to it carries the
 * same figures for screen readers.
 */
import { Bar, BarChart, CartesianGrid, Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, XAxis, YAxis } from 'recharts';
import type { ScoreSet } from '../../../../shared/contract/index';
import { dateNl } from '../../ui/dates';
import type { DomainSetLike } from './plan-format';

const LATEST = '#155e63';
const PREVIOUS = '#b45309';

export interface ScoreChartProps {
  set: DomainSetLike;
  latest: ScoreSet;
  previous?: ScoreSet | undefined;
  /** Print: a fixed, slightly smaller size. */
  compact?: boolean;
}

export default function ScoreChart({ set, latest, previous, compact }: ScoreChartProps) {
  const latestName = `Laatste meting (${dateNl(latest.scoredOn)})`;
  const previousName = previous ? `Vorige meting (${dateNl(previous.scoredOn)})` : '';
  const data = set.domains.map((d) => ({
    domain: d.name,
    latest: latest.scores[d.key] ?? null,
    previous: previous ? (previous.scores[d.key] ?? null) : null,
  }));
  const ticks = Array.from({ length: set.scale.max - set.scale.min + 1 }, (_, i) => set.scale.min + i).filter((t) => set.scale.max - set.scale.min <= 5 || t % 2 === 0);

  if (set.chart === 'spider') {
    const size = compact ? 380 : 460;
    return (
      <div className="score-chart" aria-hidden="true" data-testid="score-chart">
        <RadarChart width={size + 240} height={size + 40} data={data} outerRadius={compact ? 115 : 145} margin={{ top: 10, right: 30, bottom: 10, left: 30 }} accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="domain" tick={{ fontSize: compact ? 14 : 13, fill: '#1c2529' }} />
          <PolarRadiusAxis domain={[set.scale.min, set.scale.max]} tickCount={ticks.length} angle={90} tick={{ fontSize: 11, fill: '#4f5d63' }} />
          {previous ? <Radar name={previousName} dataKey="previous" stroke={PREVIOUS} fill={PREVIOUS} fillOpacity={0.12} strokeDasharray="5 4" strokeWidth={2} isAnimationActive={false} /> : null}
          <Radar name={latestName} dataKey="latest" stroke={LATEST} fill={LATEST} fillOpacity={0.28} strokeWidth={2.5} isAnimationActive={false} />
          <Legend verticalAlign="bottom" wrapperStyle={{ paddingTop: 24 }} />
        </RadarChart>
      </div>
    );
  }

  const height = Math.max(180, set.domains.length * (previous ? 34 : 26) + 60);
  const axisStart = set.scale.min > 0 ? set.scale.min - 1 : set.scale.min;
  const axisTicks = Array.from({ length: set.scale.max - axisStart + 1 }, (_, i) => axisStart + i);
  return (
    <div className="score-chart" aria-hidden="true" data-testid="score-chart">
      <BarChart width={compact ? 560 : 640} height={height} data={data} layout="vertical" margin={{ left: 40, right: 20 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[axisStart, set.scale.max]} ticks={axisTicks} allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="domain" width={170} tick={{ fontSize: 12, fill: '#1c2529' }} />
        {previous ? <Bar name={previousName} dataKey="previous" fill={PREVIOUS} fillOpacity={0.55} isAnimationActive={false} /> : null}
        <Bar name={latestName} dataKey="latest" fill={LATEST} isAnimationActive={false} />
        <Legend verticalAlign="bottom" />
      </BarChart>
    </div>
  );
}
