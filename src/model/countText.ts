// Counts as a reader reads them: "10,577 relations", grouped the same way in
// every browser's locale, so captions and exported pictures read alike.

const GROUPED = new Intl.NumberFormat('en-US');

/** 10577 -> "10,577" */
export function countText(n: number): string {
  return GROUPED.format(n);
}

/** "1 relation", "10,577 relations" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${countText(n)} ${n === 1 ? one : many}`;
}
