/**
 * A weekday named alone, as news writes it: "on Monday", "Tuesday's vote",
 * "last Wednesday" (the Wednesday of last week), "next Friday", "this
 * Thursday", "this past Sunday" (the most recent one). Capitalised, since
 * "sat" and "wed" in lower case are verbs. Replaces chrono's weekday parser
 * (cheaper, and TIMEX3's week conventions).
 */
import { WEEKDAYS, key } from '../words.js';
import type { DateSpec } from '../spec.js';
import { specParser } from './common.js';

const NAMES = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thur\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\.';

export const weekdayParser = specParser(
  'weekdays',
  `(?:([Tt]his\\s+past|[Ll]ast|[Pp]ast|[Pp]revious|[Nn]ext|[Cc]oming|[Tt]his\\s+coming|[Tt]his)\\s+)?(${NAMES})`,
  (match) => {
    const weekday = WEEKDAYS[key(match[2]!).replace('.', '')];
    if (weekday === undefined) return null;
    const spec: DateSpec = { weekday, grain: 'day' };
    const d = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (d === 'this past' || d === 'past' || d === 'previous') spec.dir = 'past';
    else if (d === 'last') spec.shift = { unit: 'week', by: -1 };
    else if (d === 'next' || d === 'coming' || d === 'this coming') spec.shift = { unit: 'week', by: 1 };
    else if (d === 'this') spec.shift = { unit: 'week', by: 0 };
    return { spec };
  },
  true,
);
