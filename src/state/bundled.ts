// The dataset the app opens by default, built from the articles in data/sources/.
// Its text is part of the app's bundle; it is read, checked and laid out in the
// loading worker like any file.
import bundledText from '../../data/aleppo-2024.json?raw';
import type { InputFile } from '../io/readDataset';

export const BUNDLED_NAME = 'the bundled dataset';

/** The bundled dataset as a file for the loader; made when asked, not at import. */
export function bundledFile(): InputFile {
  return { name: 'aleppo-2024.json', text: bundledText };
}
