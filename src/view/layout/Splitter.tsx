// A window splitter (WAI-ARIA "window splitter" pattern): a focusable separator
// that resizes one panel by dragging or by keyboard. Its value is the panel's
// size in pixels; the arrows move the splitter itself, so on a splitter left of
// its panel ArrowLeft makes the panel larger.

import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

const STEP = 16;
const BIG_STEP = 80;

interface SplitterProps {
  /** `vertical`: a bar between side-by-side panes (resizes a width); `horizontal`: between stacked ones */
  orientation: 'vertical' | 'horizontal';
  label: string;
  /** the id of the panel it resizes */
  controls: string;
  value: number;
  min: number;
  max: number;
  onResize(size: number): void;
}

const clamp = (v: number, min: number, max: number) => Math.round(Math.max(min, Math.min(max, v)));

export function Splitter({ orientation, label, controls, value, min, max, onResize }: SplitterProps) {
  const drag = useRef<{ start: number; size: number } | null>(null);
  const vertical = orientation === 'vertical';
  // The panel lies after the splitter (right of it, or below it): moving the bar back grows it.
  const grow = vertical ? 'ArrowLeft' : 'ArrowUp';
  const shrink = vertical ? 'ArrowRight' : 'ArrowDown';

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const by = e.shiftKey ? BIG_STEP : STEP;
    let next: number | null = null;
    if (e.key === grow) next = value + by;
    else if (e.key === shrink) next = value - by;
    else if (e.key === 'PageUp') next = value + BIG_STEP;
    else if (e.key === 'PageDown') next = value - BIG_STEP;
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    if (next === null) return;
    e.preventDefault();
    onResize(clamp(next, min, max));
  };

  const position = (e: PointerEvent) => (vertical ? e.clientX : e.clientY);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { start: position(e), size: value };
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(clamp(drag.current.size - (position(e) - drag.current.start), min, max));
  };
  const onPointerEnd = () => {
    drag.current = null;
  };

  return (
    <div
      className={`splitter ${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-controls={controls}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={Math.round(min)}
      aria-valuemax={Math.round(max)}
      aria-valuetext={`${Math.round(value)} pixels`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
    />
  );
}
