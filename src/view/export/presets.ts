// Picture sizes for slides, print and social posts. A preset picture is exactly
// its size, words included, and its graph is framed on the actors shown (not on
// the screen's camera, which frames the window's shape).

export interface SizePreset {
  /** the menu's words for its PNG and its SVG */
  png: string;
  svg: string;
  /** added to the file's name: "aleppo-16x9.png" */
  file: string;
  /** the PNG's size in pixels */
  width: number;
  height: number;
  /** image pixels per layout px (CSS px at 1x, where no text is under 11 px): words and discs grow with the picture */
  scale: number;
  /** the SVG's printed size, where it has one */
  print?: { width: string; height: string };
}

export const SIZE_PRESETS: readonly SizePreset[] = [
  // laid out as 1280×720 px, a laptop's pane: the text and the graph keep a slide's proportions
  { png: 'PNG 16:9 (1920×1080)', svg: 'SVG 16:9 (1920×1080)', file: '16x9', width: 1920, height: 1080, scale: 1.5 },
  {
    // A4 at 300 dpi, laid out as 1169×827 px: 11 px text prints at about 8 pt
    png: 'PNG A4 landscape (3508×2480, 300 dpi)',
    svg: 'SVG A4 landscape (297×210 mm)',
    file: 'a4',
    width: 3508,
    height: 2480,
    scale: 3,
    print: { width: '297mm', height: '210mm' },
  },
  {
    png: 'PNG square (1080×1080)',
    svg: 'SVG square (1080×1080)',
    file: 'square',
    width: 1080,
    height: 1080,
    scale: 1.5,
  },
];

/** The preset's size in layout px (CSS px at 1x). */
export function layoutSize(preset: SizePreset): { width: number; height: number } {
  return { width: preset.width / preset.scale, height: preset.height / preset.scale };
}
