/** Comparing TIMEX3 calendar values: meeting dates against each other and against the publication date. */

export type Relation = 'equal' | 'within' | 'conflict' | 'unknown';

/** How two TIMEX3 values relate: the same, one inside the other ("2021-12-07" in "2021-12"), or apart. */
export function dateRelation(a: string, b: string): Relation {
  const calendar = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  const pa = a.slice(0, 10);
  const pb = b.slice(0, 10);
  if (!calendar.test(pa) || !calendar.test(pb)) return 'unknown';
  if (pa === pb) return 'equal';
  if (pa.startsWith(pb) || pb.startsWith(pa)) return 'within';
  return 'conflict';
}

/** Where a TIMEX3 value lies from a reference day: before it, after it, or around it. */
export function dateSide(value: string, reference: string): 'before' | 'after' | 'around' | 'unknown' {
  const v = value.slice(0, 10);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) || !/^\d{4}-\d{2}-\d{2}$/.test(reference)) return 'unknown';
  const ref = reference.slice(0, v.length);
  if (v < ref) return 'before';
  if (v > ref) return 'after';
  return 'around';
}

