// The dataset the app opens by default, built from the articles in data/sources/.
import bundled from '../../data/aleppo-2024.json';
import { validateDataset } from '../model/validate';
import { useStore } from './store';

/** Opens the bundled dataset; called by the app entry, not at import. */
export function openBundled(): void {
  useStore.getState().applyLoad('the bundled dataset', validateDataset(bundled));
}
