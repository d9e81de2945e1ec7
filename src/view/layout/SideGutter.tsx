// The bar between the graph and the side panel: a button that collapses or
// restores the panel, and (while it is open) the splitter that resizes it.

import { useStore } from '../../state/store';
import { SIDE_MIN } from './usePaneLimits';
import { Splitter } from './Splitter';

export function SideGutter({ sideId, width, max }: { sideId: string; width: number; max: number }) {
  const collapsed = useStore((s) => s.sideCollapsed);
  const setPaneSizes = useStore((s) => s.setPaneSizes);
  const toggle = () => setPaneSizes({ sideCollapsed: !collapsed });
  return (
    <div className="side-gutter">
      <button
        type="button"
        className="side-toggle"
        aria-label="Side panel"
        aria-expanded={!collapsed}
        aria-controls={sideId}
        title={collapsed ? 'Show the side panel' : 'Hide the side panel'}
        onClick={toggle}
      >
        <span aria-hidden="true">{collapsed ? '‹' : '›'}</span>
      </button>
      {!collapsed && (
        <Splitter
          orientation="vertical"
          label="Resize side panel"
          controls={sideId}
          value={width}
          min={SIDE_MIN}
          max={max}
          onResize={(sideWidth) => setPaneSizes({ sideWidth })}
        />
      )}
    </div>
  );
}
