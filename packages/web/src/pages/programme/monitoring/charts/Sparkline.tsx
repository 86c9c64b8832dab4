import type { TrendPoint } from '../types';
import { linearScale, polylinePoints } from './scale';

const WIDTH = 120;
const HEIGHT = 36;

/**
 * A small trend line beside an indicator, with the target as a dashed line. Decorative: the card says
 * the first and last values in words, so the picture is hidden from assistive technology.
 */
export function Sparkline({
  points,
  target,
  max,
}: {
  points: readonly TrendPoint[];
  target: number;
  max: number;
}) {
  if (points.length < 2) return null;
  const top = Math.max(max, target, ...points.map((point) => point.value)) || 1;
  const x = linearScale(0, points.length - 1, 2, WIDTH - 2);
  const y = linearScale(0, top, HEIGHT - 3, 3);
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
      <line x1={0} x2={WIDTH} y1={y(target)} y2={y(target)} className="chart__target" />
      <polyline
        points={polylinePoints(points.map((point, index) => ({ x: x(index), y: y(point.value) })))}
        className="sparkline__line"
        fill="none"
      />
    </svg>
  );
}
