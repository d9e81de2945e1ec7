import type { FilterEngine } from '../model/filterEngine';
import { selectEngine, selectStepSerial } from '../state/selectors';
import { useStore } from '../state/store';

/**
 * The filter engine and the serial of its last step: components that read the
 * engine's arrays re-render (and memoise) on the serial.
 */
export function useEngineStep(): { engine: FilterEngine | null; serial: number } {
  const engine = useStore(selectEngine);
  const serial = useStore(selectStepSerial);
  return { engine, serial };
}
