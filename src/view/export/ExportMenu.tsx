// "Export": a menu button (ARIA menu pattern: arrows move, Enter chooses, Escape
// closes) with PNG at 1x and 2x, SVG, both at size presets (16:9, A4, square),
// JSON, CSV (zip) and GEXF of the current view, and a briefing file (one HTML
// file that presents the dataset's story). An item is its words and what it
// downloads (ITEMS).

import { useRef, useState, type KeyboardEvent } from 'react';
import { datasetToCsvZip } from '../../io/csvExport';
import { datasetToFtm } from '../../io/ftmExport';
import { datasetToGexf } from '../../io/gexfExport';
import { datasetToStix } from '../../io/stixExport';
import { storiesProblem } from '../../model/storyCheck';
import { visibleSubset } from '../../model/subset';
import { useStore } from '../../state/store';
import { summariseView, summaryLine } from '../../state/viewSummary';
import { useRendererRegistry, type RendererRegistry } from '../graph/rendererRegistry';
import { briefingFileOf } from './briefingFile';
import { caption } from './caption';
import { presetPng, screenPng } from './pngExport';
import { SIZE_PRESETS } from './presets';
import { presetSvg, screenSvg } from './svgPictures';

function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function baseName(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'faultlines'
  );
}

/** The visible data as a faultlines/1 dataset, with a note saying which view it is. */
function subset() {
  const s = useStore.getState();
  if (!s.loaded || !s.engine) throw new Error('no dataset is open');
  const positions = s.loaded.positions;
  const problem = storiesProblem(s.stories);
  if (problem) throw new Error(`a story cannot be saved: ${problem.path.join('.')}: ${problem.message}`);
  return visibleSubset(
    // the stories as written in this browser, not as the file had them
    { ...s.loaded.valid.dataset, stories: s.stories },
    s.engine.visible,
    s.engine.actorVisible,
    positions,
    `Exported from Faultlines: ${summaryLine(summariseView(s.loaded, s.engine, s))}, ${s.engine.relationCount} of ${s.loaded.valid.dataset.relations.length} relations.`,
  );
}

/** A menu item: its words, and what it downloads. */
interface ExportItem {
  label: string;
  run: (registry: RendererRegistry) => Promise<void>;
}

/** The live drawing, its caption and a file name: pictures are made from what the renderer shows. */
function picture(registry: RendererRegistry) {
  const s = useStore.getState();
  const drawing = registry.current?.drawing;
  if (!drawing || !s.loaded || !s.engine) throw new Error('the graph is not drawn');
  return { live: drawing, name: baseName(s.loaded.valid.dataset.meta.title), cap: caption(s.loaded, s.engine, s) };
}

const svgBlob = (text: string) => new Blob([text], { type: 'image/svg+xml' });

/** PNG and SVG at each size preset, exactly that size and framed on what is shown. */
const PRESET_ITEMS: { png: ExportItem[]; svg: ExportItem[] } = {
  png: SIZE_PRESETS.map((preset) => ({
    label: preset.png,
    run: async (registry) => {
      const { live, name, cap } = picture(registry);
      download(`${name}-${preset.file}.png`, await presetPng(live, cap, preset));
    },
  })),
  svg: SIZE_PRESETS.map((preset) => ({
    label: preset.svg,
    run: async (registry) => {
      const { live, name, cap } = picture(registry);
      download(`${name}-${preset.file}.svg`, svgBlob(await presetSvg(live, cap, preset)));
    },
  })),
};

const ITEMS: ExportItem[] = [
  { label: 'PNG image (1×)', run: (registry) => png(registry, 1) },
  { label: 'PNG image (2×)', run: (registry) => png(registry, 2) },
  ...PRESET_ITEMS.png,
  {
    label: 'SVG image',
    run: async (registry) => {
      const { live, name, cap } = picture(registry);
      download(`${name}.svg`, svgBlob(screenSvg(live, cap)));
    },
  },
  ...PRESET_ITEMS.svg,
  {
    label: 'JSON dataset (faultlines/1)',
    run: async () => {
      const d = subset();
      download(
        `${baseName(d.meta.title)}.json`,
        new Blob([`${JSON.stringify(d, null, 2)}\n`], { type: 'application/json' }),
      );
    },
  },
  {
    label: 'CSV files (zip)',
    run: async () => {
      const d = subset();
      download(
        `${baseName(d.meta.title)}-csv.zip`,
        new Blob([datasetToCsvZip(d) as BlobPart], { type: 'application/zip' }),
      );
    },
  },
  {
    label: 'GEXF graph (Gephi)',
    run: async () => {
      const d = subset();
      download(`${baseName(d.meta.title)}.gexf`, new Blob([datasetToGexf(d)], { type: 'application/gexf+xml' }));
    },
  },
  {
    label: 'FollowTheMoney entities (.ftm.json)',
    run: async () => {
      const d = subset();
      download(`${baseName(d.meta.title)}.ftm.json`, new Blob([datasetToFtm(d)], { type: 'application/json' }));
    },
  },
  {
    label: 'STIX 2.1 bundle (.stix.json)',
    run: async () => {
      const d = subset();
      download(`${baseName(d.meta.title)}.stix.json`, new Blob([datasetToStix(d)], { type: 'application/json' }));
    },
  },
  {
    // the whole dataset with its stories, not the view: the briefing moves through views of its own
    label: 'Briefing file (HTML)',
    run: async () => {
      const { html, title } = await briefingFileOf(useStore.getState());
      download(`${baseName(title)}.html`, new Blob([html], { type: 'text/html' }));
    },
  },
];

async function png(registry: RendererRegistry, scale: 1 | 2): Promise<void> {
  const { live, name, cap } = picture(registry);
  download(`${name}${scale === 2 ? '@2x' : ''}.png`, await screenPng(live, cap, scale));
}

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const registry = useRendererRegistry();
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = async (k: number) => {
    close();
    try {
      await ITEMS[k].run(registry);
      setMessage(`${ITEMS[k].label} exported.`);
    } catch (e) {
      setMessage(`The export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const onKey = (e: KeyboardEvent, k: number) => {
    const move = (to: number) => items.current[(to + ITEMS.length) % ITEMS.length]?.focus();
    if (e.key === 'ArrowDown') move(k + 1);
    else if (e.key === 'ArrowUp') move(k - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(ITEMS.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      className="export-menu"
      // Escape closes the open menu wherever the keyboard is in it (the button too, before the first item
      // takes the focus) and goes no further: the page's Escape would end Focus or clear the selection
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        e.stopPropagation();
        close();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          if (!open) requestAnimationFrame(() => items.current[0]?.focus());
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            requestAnimationFrame(() => items.current[0]?.focus());
          }
        }}
      >
        Export
      </button>
      {open && (
        <div role="menu" aria-label="Export" className="menu">
          {ITEMS.map((item, k) => (
            <button
              key={item.label}
              ref={(el) => {
                items.current[k] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void choose(k)}
              onKeyDown={(e) => onKey(e, k)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      <span aria-live="polite" className="visually-hidden">
        {message}
      </span>
    </div>
  );
}
