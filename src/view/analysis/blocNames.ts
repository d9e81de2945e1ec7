// Names for blocs and communities, used in the panel and on the graph's labels
// so that membership never depends on colour alone.

/** "A" to "D" for blocs 0 to 3; "none" for an actor no tie places. */
export function blocName(bloc: number): string {
  return bloc < 0 ? 'none' : String.fromCharCode(65 + bloc);
}

export function communityName(community: number): string {
  return community < 0 ? 'none' : `C${community + 1}`;
}
