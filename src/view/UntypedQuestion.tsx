// The question asked once after opening data whose links carry no type (an
// imported GEXF, GraphML or CSV): read them as cooperative, hostile, or leave
// them neutral, which the alliance analysis cannot use.

import { useMemo, useState } from 'react';
import type { LoadedDataset } from '../state/loaded';
import { useStore } from '../state/store';
import { readUntypedAs, untypedCount } from '../state/untypedLinks';

export function UntypedQuestion({ loaded }: { loaded: LoadedDataset }) {
  const count = useMemo(() => untypedCount(loaded), [loaded]);
  // answered or dismissed for this opening of the data
  const [answered, setAnswered] = useState<number | null>(null);
  const dataUrl = useStore((s) => s.dataUrl);
  if (count === 0 || answered === loaded.serial) return null;
  const read = (sign: 1 | -1) => {
    setAnswered(loaded.serial);
    void readUntypedAs(loaded, sign, dataUrl);
  };
  return (
    <section className="untyped-question" aria-label="Links without a type">
      <p>
        {count === 1 ? '1 link' : `${count.toLocaleString('en')} links`} in {loaded.name} carry no type, so the alliance
        analysis cannot weigh them. Read them as:
      </p>
      <p className="untyped-choices">
        <button type="button" onClick={() => read(1)}>
          Cooperative
        </button>
        <button type="button" onClick={() => read(-1)}>
          Hostile
        </button>
        <button type="button" onClick={() => setAnswered(loaded.serial)}>
          Neutral (as now)
        </button>
      </p>
    </section>
  );
}
