/**
 * Table-driven tests for `extractDates`: one row per date phrase in a sentence of
 * its own, with the reference date (`publishedAt`) it is resolved against.
 *
 * Conventions (see /work/shared/gold/GUIDE.md, section "dates"; TimeML / TempEval-3
 * where the guide is silent):
 *   - day 'YYYY-MM-DD', month 'YYYY-MM', year 'YYYY', ISO week 'YYYY-Www',
 *     weekend 'YYYY-Www-WE', season 'YYYY-SP|SU|FA|WI', quarter 'YYYY-Qn',
 *     decade '199', century '19', part of day 'YYYY-MM-DDTMO|TAF|TEV|TNI'.
 *   - spans leave out prepositions ("on Monday" → "Monday") but keep determiners
 *     that belong to the phrase ("the third quarter", "the new year").
 *   - `relative` is true exactly when the value needed `publishedAt`.
 *   - a row without `mod` expects no `mod` at all.
 *
 * Every weekday, ISO week, Easter and Thanksgiving date below was checked with
 * `node -e`; the "table sanity" block re-checks weekdays and spans so that a
 * future edit of a row cannot silently break it.
 */
import { describe, expect, it } from 'vitest';
import { extractDates, type DateMention, type DateMod, type DateType } from '../src/index.js';

interface Row {
  sentence: string;
  publishedAt: string;
  /** The expected `span.text`; it occurs exactly once in `sentence`. */
  text: string;
  value: string;
  type: DateType;
  relative: boolean;
  mod?: DateMod;
}

function row(
  sentence: string,
  publishedAt: string,
  text: string,
  value: string,
  type: DateType,
  relative: boolean,
  mod?: DateMod,
): Row {
  return mod === undefined
    ? { sentence, publishedAt, text, value, type, relative }
    : { sentence, publishedAt, text, value, type, relative, mod };
}

/** A date (type 'date') row. */
const d = (sentence: string, publishedAt: string, text: string, value: string, relative: boolean, mod?: DateMod): Row =>
  row(sentence, publishedAt, text, value, 'date', relative, mod);
/** A time (type 'time') row: always resolved against publishedAt here. */
const t = (sentence: string, publishedAt: string, text: string, value: string): Row =>
  row(sentence, publishedAt, text, value, 'time', true);
/** A duration row: never relative. */
const dur = (sentence: string, publishedAt: string, text: string, value: string): Row =>
  row(sentence, publishedAt, text, value, 'duration', false);
/** A set (recurrence) row: never relative. */
const set = (sentence: string, publishedAt: string, text: string, value: string): Row =>
  row(sentence, publishedAt, text, value, 'set', false);

// Comments after each row give the weekday of publishedAt where it matters.
const TABLE: Record<string, Row[]> = {
  // --- absolute dates in many formats --------------------------------------------
  'absolute dates': [
    d('Voters in Malawi went to the polls on Jan. 12, 2019, after a tense campaign.', '2019-01-14', 'Jan. 12, 2019', '2019-01-12', false),
    d('The border crossing near Ruse was closed on 12 March 2020 and reopened weeks later.', '2020-04-02', '12 March 2020', '2020-03-12', false),
    d('The Supreme Court will hear the fishing licence appeal on March 3rd, the clerk said.', '2023-02-20', 'March 3rd', '2023-03-03', true),
    d('The new tariff schedule took effect on 2020-06-01, according to a customs notice.', '2020-06-09', '2020-06-01', '2020-06-01', false),
    d('CAPE TOWN, Tuesday, Feb. 4, 2020 — Rolling blackouts returned to the city for a third day.', '2020-02-04', 'Tuesday, Feb. 4, 2020', '2020-02-04', false),
    d("LAGOS, Monday, 7 October 2019 — Fuel queues returned to the city's petrol stations.", '2019-10-07', 'Monday, 7 October 2019', '2019-10-07', false),
    d('Both governments still defend the 2015 deal on fishing quotas.', '2021-09-30', '2015', '2015', false),
    d('The port authority has been run by the same family since 2002.', '2018-03-06', '2002', '2002', false),
    d('A rail link to the airport was first proposed in 1998 but never funded.', '2016-07-19', '1998', '1998', false),
    d('The referendum held on Sept. 30, 2017 drew a turnout of 43 percent.', '2017-10-04', 'Sept. 30, 2017', '2017-09-30', false),
    d('The cement factory outside Lusaka has been idle since December 2019.', '2021-02-17', 'December 2019', '2019-12', false),
    d('The ferry operator filed for bankruptcy in August 2016.', '2017-01-10', 'August 2016', '2016-08', false),
    d('The central bank will announce its next rate decision on January 12.', '2022-12-29', 'January 12', '2023-01-12', true),
    d('Counting began on Nov 8 and lasted four days.', '2022-11-15', 'Nov 8', '2022-11-08', true),
    d('The cup final will be played on 5 May in Lisbon.', '2024-03-11', '5 May', '2024-05-05', true),
  ],

  // --- holidays and named days, year chosen by tense / closeness -------------------
  'holidays and named days': [
    d('Shops in Vienna closed early on Christmas Eve as the storm approached.', '2019-12-27', 'Christmas Eve', '2019-12-24', true),
    d('The prime minister said the truce in the north should hold through Christmas.', '2023-12-11', 'Christmas', '2023-12-25', true),
    d('Flights out of Denver were grounded over Christmas by a snowstorm.', '2022-01-03', 'Christmas', '2021-12-25', true), // past, across the year boundary
    d("The new tax on sugary drinks will take effect on New Year's Day.", '2022-11-20', "New Year's Day", '2023-01-01', true),
    d('Police in Sydney arrested 14 people on New Year’s Eve.', '2020-01-02', 'New Year’s Eve', '2019-12-31', true), // typographic apostrophe
    d("Organisers said the concert in Edinburgh on New Year's Eve will go ahead.", '2024-12-20', "New Year's Eve", '2024-12-31', true),
    d('Airlines expect record crowds before Thanksgiving.', '2019-11-20', 'Thanksgiving', '2019-11-28', true), // 4th Thu of Nov 2019
    d('Retail sales rose 8 percent on Thanksgiving, an industry group said.', '2023-12-04', 'Thanksgiving', '2023-11-23', true), // 4th Thu of Nov 2023
    d('Churches in Manila will reopen in time for Easter, the ministry said.', '2021-03-20', 'Easter', '2021-04-04', true), // Easter 2021: Apr 4
    d('Attendance at services over Easter fell by a third, the diocese said.', '2024-04-10', 'Easter', '2024-03-31', true), // Easter 2024: Mar 31
    d('Banks in Dublin will be closed on Easter Monday.', '2025-04-14', 'Easter Monday', '2025-04-21', true), // Easter 2025: Apr 20
    d('Fireworks in Phoenix were cancelled on Independence Day because of the drought.', '2022-07-06', 'Independence Day', '2022-07-04', true),
    d('The curfew in the old town will be lifted after Halloween, the mayor said.', '2020-10-15', 'Halloween', '2020-10-31', true),
    d("Rose exports from Kenya peaked before Valentine's Day, growers said.", '2023-02-20', "Valentine's Day", '2023-02-14', true),
  ],

  // --- early / mid / late → mod START / MID / END ------------------------------------
  'early, mid, late': [
    d('The trade delegation will travel to Seoul in early January.', '2021-12-15', 'early January', '2022-01', true, 'START'),
    d('The jury in Leeds returned its verdict late Monday after nine hours of deliberation.', '2018-05-16', 'late Monday', '2018-05-14', true, 'END'), // pub Wed
    d('Fire crews contained the blaze near Patras early Tuesday.', '2023-08-10', 'early Tuesday', '2023-08-08', true, 'START'), // pub Thu
    d('The desalination plant is expected to open by mid-2020.', '2019-02-10', 'mid-2020', '2020', false, 'MID'),
    d('Officials expect the floodwaters to recede by mid-October.', '2020-09-08', 'mid-October', '2020-10', true, 'MID'),
    d('The finance minister promised a budget surplus by the end of the year.', '2023-04-18', 'the end of the year', '2023', true, 'END'),
    d('The talks on a new fisheries pact must conclude by the end of June.', '2019-05-02', 'the end of June', '2019-06', true, 'END'),
    d('Dock workers in Antwerp have been on strike since the beginning of March.', '2022-04-07', 'the beginning of March', '2022-03', true, 'START'),
    d('The merger of the two telecom groups was first discussed in late 2019.', '2021-06-03', 'late 2019', '2019', false, 'END'),
    d('The ruling party lost its majority in the senate late last year.', '2024-03-05', 'late last year', '2023', true, 'END'),
    d('The coffee cooperative was founded in the early 1990s.', '2020-01-28', 'the early 1990s', '199', false, 'START'), // TE3: "the early 1980s" → 198 START
    d('The statistics office will publish the figures by the middle of next week.', '2021-12-28', 'the middle of next week', '2022-W01', true, 'MID'), // pub Tue 2021-W52
  ],

  // --- weeks and weekends: ISO 8601 week numbers ---------------------------------------
  weeks: [
    d('Parliament in Canberra will debate the bill this week.', '2021-12-28', 'this week', '2021-W52', true), // Tue
    d('Grain prices rose 4 percent this week, traders in Chicago said.', '2019-12-30', 'this week', '2020-W01', true), // Mon 2019-12-30 is in ISO week 2020-W01
    // The gold gives "earlier this week" / "Earlier this month" no mod (TE3 sometimes marks "earlier this year" START).
    d('The coast guard said earlier this week that the search had ended.', '2020-01-02', 'earlier this week', '2020-W01', true), // Thu
    d('The tribunal will deliver its ruling next week.', '2020-12-24', 'next week', '2020-W53', true), // Thu; 2020 has 53 ISO weeks
    d('The union will announce its decision next week.', '2022-06-05', 'next week', '2022-W23', true), // Sun, last day of 2022-W22
    d('Soybean exports fell sharply last week, the ministry said.', '2021-01-06', 'last week', '2020-W53', true), // Wed 2021-W01
    d('The cyclone made landfall two weeks ago.', '2018-10-17', 'two weeks ago', '2018-W40', true), // Wed 2018-W42; TE3 "six weeks ago" → a week value
    d('Heavy snow is expected across the Alps this weekend.', '2021-12-28', 'this weekend', '2021-W52-WE', true), // Tue
    d('Thousands of students rallied in Belgrade last weekend.', '2019-03-12', 'last weekend', '2019-W10-WE', true), // Tue 2019-W11; Mar 9–10 is W10
  ],

  // --- months, years, seasons, quarters, decades, centuries -------------------------
  'months, years, seasons, quarters, decades': [
    d('The drought in Sicily peaked in June, the weather service said.', '2022-09-12', 'June', '2022-06', true),
    d('The airline cut 2,000 jobs last June.', '2020-03-02', 'last June', '2019-06', true),
    d('The new parliament will convene next month.', '2019-12-10', 'next month', '2020-01', true),
    d('Unemployment rose to 7.1 percent last month.', '2021-01-15', 'last month', '2020-12', true),
    d('The regulator fined the bank earlier this month.', '2020-05-20', 'earlier this month', '2020-05', true), // no mod, as in the gold
    d('The government expects growth of 3 percent this year.', '2018-08-01', 'this year', '2018', true),
    d('Coffee exports from Vietnam fell last year.', '2022-02-22', 'last year', '2021', true),
    d('General elections in the island nation are due next year.', '2017-11-30', 'next year', '2018', true),
    d('The vaccine rollout will expand in the new year.', '2020-12-18', 'the new year', '2021', true),
    d('Wildfires burned 40,000 hectares in central Portugal last summer.', '2023-02-08', 'last summer', '2022-SU', true),
    d('Gas prices could double this winter, the regulator warned.', '2022-11-03', 'this winter', '2022-WI', true), // the winter starting in 2022
    d('The bookshop chain closed 40 stores last fall.', '2019-04-09', 'last fall', '2018-FA', true),
    d('The suspension bridge will reopen next spring.', '2024-10-01', 'next spring', '2025-SP', true),
    d('Profit at the brewer fell 12 percent in the third quarter.', '2021-10-28', 'the third quarter', '2021-Q3', true),
    // Business news: "the quarter" is the last one completed; "a year earlier" then compares quarters.
    d('The chipmaker said revenue rose 8 percent in the latest quarter.', '2019-11-05', 'the latest quarter', '2019-Q3', true),
    d('Sales fell in the third quarter to $2 billion from $2.3 billion a year earlier.', '2019-11-05', 'a year earlier', '2018-Q3', true),
    d('Sales for the year rose 4 percent, the retailer said.', '2019-11-05', 'the year', '2019', true),
    dur('The carrier lost $40 million in the year ended March 31.', '2019-05-20', 'the year', 'P1Y'),
    // Years spelt out in broadcast transcripts.
    d('The stadium was built in nineteen ninety-six for the games.', '2001-07-02', 'nineteen ninety-six', '1996', false),
    d('The carmaker expects deliveries to resume in the fourth quarter.', '2019-08-14', 'the fourth quarter', '2019-Q4', true),
    d('Car sales in Brazil dropped in the first quarter of 2020.', '2020-05-14', 'the first quarter of 2020', '2020-Q1', false),
    d('The civil war of the 1990s left the valley depopulated.', '2016-05-03', 'the 1990s', '199', false),
    d('Inflation has not been this high since the 1980s.', '2022-06-15', 'the 1980s', '198', false),
    d('It was the deadliest flood of the 20th century in the region.', '2019-09-17', 'the 20th century', '19', false),
    d('The border treaty dates from the 19th century.', '2023-01-25', 'the 19th century', '18', false),
  ],

  // --- coordinated days and weekday + date pairs ------------------------------------
  'coordinated days and weekday + date pairs': [
    d('The hearings are scheduled for Jan. 12 and 13 in The Hague.', '2022-12-20', 'Jan. 12', '2023-01-12', true),
    d('The hearings are scheduled for Jan. 12 and 13 in The Hague.', '2022-12-20', '13', '2023-01-13', true),
    d('Farmers blocked roads on March 4 and 5, police said.', '2019-03-08', 'March 4', '2019-03-04', true),
    d('Farmers blocked roads on March 4 and 5, police said.', '2019-03-08', '5', '2019-03-05', true),
    d('Ferry services to the islands were suspended on April 9, 10 and 11.', '2018-04-13', 'April 9', '2018-04-09', true),
    d('Ferry services to the islands were suspended on April 9, 10 and 11.', '2018-04-13', '10', '2018-04-10', true),
    d('Ferry services to the islands were suspended on April 9, 10 and 11.', '2018-04-13', '11', '2018-04-11', true),
    d('The league confirmed on Thursday (June 9th) that the match was postponed.', '2022-06-10', 'Thursday', '2022-06-09', true), // pub Fri
    d('The league confirmed on Thursday (June 9th) that the match was postponed.', '2022-06-10', 'June 9th', '2022-06-09', true),
    d('Voters went to the polls on Sunday (Oct. 6) in the first round.', '2019-10-08', 'Sunday', '2019-10-06', true), // pub Tue
    d('Voters went to the polls on Sunday (Oct. 6) in the first round.', '2019-10-08', 'Oct. 6', '2019-10-06', true),
    // Without brackets the weekday and the date form ONE expression (gold: "Friday, Dec 3, 2021").
    d("The dockers' strike began on Friday, June 7, and spread to three ports.", '2024-06-10', 'Friday, June 7', '2024-06-07', true), // pub Mon
  ],

  // --- relative days; weekdays and months resolved by tense -------------------------
  'relative days, weekdays and months by tense': [
    d('The senate votes today on the budget.', '2022-09-14', 'today', '2022-09-14', true),
    d('Stocks in Tokyo fell 3 percent yesterday.', '2020-03-01', 'yesterday', '2020-02-29', true), // leap year
    d('The new currency rules take effect tomorrow.', '2021-12-31', 'tomorrow', '2022-01-01', true),
    d('The ferry sank two days ago off the coast of Sulawesi.', '2023-03-01', 'two days ago', '2023-02-27', true),
    d('The copper mine was closed three years ago after a collapse.', '2024-05-06', 'three years ago', '2021', true), // year granularity
    // TE3 resolves "a year ago" to the granularity of its context (often a quarter); a bare one keeps year granularity.
    d('Fuel prices were 20 percent lower a year ago.', '2019-11-12', 'a year ago', '2018', true),
    d('On Saturday, the rescue team had returned to base in Kathmandu.', '2023-05-10', 'Saturday', '2023-05-06', true), // Wed; past → the Saturday before
    d('The central bank governor said on Wednesday that rates would stay on hold.', '2023-03-15', 'Wednesday', '2023-03-15', true), // Wed; past → on or before: today
    d('Bari storm damage on Sunday: power lines down, schools shut', '2021-11-24', 'Sunday', '2021-11-21', true), // Wed; no tense → past
    d('Protesters gathered outside parliament last Friday.', '2023-06-07', 'last Friday', '2023-06-02', true), // Wed
    d('Lawmakers in Lima will vote on Thursday on the impeachment motion.', '2020-11-09', 'Thursday', '2020-11-12', true), // Mon; will → next
    d('The rate decision is scheduled for Friday.', '2019-07-23', 'Friday', '2019-07-26', true), // Tue; scheduled → next
    d('The runoff vote is slated for Monday.', '2024-02-29', 'Monday', '2024-03-04', true), // Thu (leap day); slated → next
    d('Crews are set to reopen the mountain pass on Sunday.', '2018-10-26', 'Sunday', '2018-10-28', true), // Fri; set to → next
    d('The mediators said talks would resume on Wednesday.', '2021-06-14', 'Wednesday', '2021-06-16', true), // Mon; would → next
    d('The committee will meet next Tuesday.', '2022-04-14', 'next Tuesday', '2022-04-19', true), // Thu
    d('Leaders agreed on the tariff cuts at the summit in June.', '2019-09-03', 'June', '2019-06', true), // past
    d('The two trade ministers will meet in June in Ottawa.', '2019-09-03', 'June', '2020-06', true), // future → next June
    d('The election in November was marred by violence.', '2022-03-10', 'November', '2021-11', true), // past → the November before
    d('The export ban will be lifted in January.', '2021-11-10', 'January', '2022-01', true), // future
    d('Exports recovered in March after a weak February.', '2020-07-01', 'March', '2020-03', true),
    d('Exports recovered in March after a weak February.', '2020-07-01', 'February', '2020-02', true),
    d('Rainfall in August has been the lowest on record, forecasters said.', '2022-08-24', 'August', '2022-08', true), // its own month
    d('Parliament will vote on the pension reform in May.', '2021-05-04', 'May', '2021-05', true), // its own month, future tense
  ],

  // --- PRESENT_REF / PAST_REF / FUTURE_REF --------------------------------------------
  'present, past and future references': [
    d('The river is now above flood stage in three provinces.', '2021-02-03', 'now', 'PRESENT_REF', false),
    d('About 3,000 peacekeepers are currently stationed in the region.', '2019-05-21', 'currently', 'PRESENT_REF', false),
    // TimeML leaves the preposition out ("at present" → "present"; cf. the gold's "present").
    d('The ministry has no plans at present to raise fuel taxes.', '2018-09-04', 'present', 'PRESENT_REF', false),
    d('The company recently opened a plant in Tangier.', '2022-10-11', 'recently', 'PAST_REF', false),
    // "previously" is rarely annotated in TempEval-3 (3 of 23 occurrences): not a date here.
    d('Such floods have occurred in the past, but rarely so early.', '2023-06-21', 'the past', 'PAST_REF', false), // TE3: "in [the past]"
    d('Officials said more checkpoints could be added in the future.', '2017-03-28', 'the future', 'FUTURE_REF', false), // TE3: "the future"
  ],

  // --- times and parts of day ---------------------------------------------------------
  'times and parts of day': [
    t('The court in Nairobi will reconvene at 10:30 a.m. Tuesday.', '2019-06-10', '10:30 a.m. Tuesday', '2019-06-11T10:30'), // Mon
    t('Counting resumed at 3 p.m. Thursday.', '2020-11-07', '3 p.m. Thursday', '2020-11-05T15:00'), // Sat
    t('Polling stations will close at noon Saturday.', '2022-09-07', 'noon Saturday', '2022-09-10T12:00'), // Wed; TE3 "noon Saturday" → T12:00
    t('Looters broke into shops in the port district Wednesday night.', '2018-01-19', 'Wednesday night', '2018-01-17TNI'), // Fri
    t('Polls closed Friday evening in most provinces.', '2022-05-21', 'Friday evening', '2022-05-20TEV'), // Sat
    t('The finance minister resigned this morning.', '2020-09-22', 'this morning', '2020-09-22TMO'),
    t('The tribunal will give its verdict this afternoon.', '2024-01-16', 'this afternoon', '2024-01-16TAF'),
    t('The ferry left port yesterday morning.', '2017-04-04', 'yesterday morning', '2017-04-03TMO'),
    t('Strong winds toppled power lines last night.', '2019-02-05', 'last night', '2019-02-04TNI'),
    // TE3 once types "tonight" as a plain day; we keep the part-of-day convention of "this morning".
    t('The president will address the nation tonight.', '2021-03-11', 'tonight', '2021-03-11TNI'),
  ],

  // --- durations (never relative) -----------------------------------------------------
  // TIMEX3 / ISO 8601 write clock durations with a T ('PT2H'); the fixture gold's 'P2H' is an optional label.
  durations: [
    dur('The two presidents spoke for two hours by phone.', '2022-03-08', 'two hours', 'PT2H'),
    dur('Rebuilding the harbour will take three years.', '2019-10-22', 'three years', 'P3Y'),
    dur('The government declared a state of emergency for 90 days.', '2020-04-01', '90 days', 'P90D'),
    dur('The tanker was detained for 10 days.', '2022-01-18', '10 days', 'P10D'),
    dur('The import ban will last six months.', '2023-09-12', 'six months', 'P6M'),
    dur('The border dispute has dragged on for a decade.', '2021-04-27', 'a decade', 'P10Y'), // TimeML would allow 'P1E'; the gold uses P10Y
    // TimeML leaves the preposition out ("months"); the fixture gold keeps it once ("For months"), and spans are matched by overlap.
    dur('For months, shipping firms have avoided the strait.', '2024-02-13', 'months', 'PXM'),
    dur('The deal came after weeks of talks in Nairobi.', '2018-07-09', 'weeks', 'PXW'),
    dur('The accord ended years of negotiations over the river.', '2017-08-08', 'years', 'PXY'),
    // The gold gives no mod (TimeML's MORE_THAN is not among our mods).
    dur('Ports have been blockaded for more than a month.', '2022-05-31', 'more than a month', 'P1M'),
    dur('The month-long strike by teachers ended in a pay deal.', '2019-03-19', 'month-long', 'P1M'),
    dur('The coach signed a two-year contract with the club.', '2018-06-26', 'two-year', 'P2Y'),
  ],

  // --- sets (recurrences, never relative) ---------------------------------------------
  sets: [
    set('Negotiators meet every week in Addis Ababa.', '2021-08-03', 'every week', 'P1W'),
    set('The weekly market in Kano was closed by the police.', '2016-09-13', 'weekly', 'P1W'),
    set('The ministry publishes infection figures daily.', '2020-11-24', 'daily', 'P1D'),
    set('Inflation figures are released every month.', '2018-02-13', 'every month', 'P1M'),
    set('Some 2 million pilgrims visit the shrine each year.', '2019-08-20', 'each year', 'P1Y'),
    set('The film festival is held annually in Busan.', '2023-10-03', 'annually', 'P1Y'),
    set('The World Cup is held every four years.', '2022-11-21', 'every four years', 'P4Y'),
  ],
};

interface NegativeRow {
  sentence: string;
  /** A word (occurring exactly once in `sentence`) that no date mention may overlap. */
  word: string;
}

const NOT_DATES: NegativeRow[] = [
  // "May", "June", "April" as names; "may" as a modal.
  { sentence: 'Theresa May said the deal was the best available.', word: 'May' },
  { sentence: 'Officials said the storm may strengthen before it reaches the coast.', word: 'may' },
  { sentence: 'Chief inspector June Okafor declined to comment.', word: 'June' },
  { sentence: 'The spokeswoman, April Nolan, said the figures were provisional.', word: 'April' },
  // "march" as a verb and a noun; "fall" and "spring" as nouns.
  { sentence: 'Thousands of protesters march through Santiago to demand pension reform.', word: 'march' },
  { sentence: 'The march ended peacefully outside the parliament.', word: 'march' },
  { sentence: 'Analysts expect a fall in copper prices.', word: 'fall' },
  { sentence: 'Water from the spring was contaminated with arsenic.', word: 'spring' },
  // Numbers that are not years.
  { sentence: 'The candidate won by 2,014 votes.', word: '2,014' },
  { sentence: 'The index dropped 1,987 points.', word: '1,987' },
  { sentence: 'The UN will deploy 1500 troops to the border.', word: '1500' },
  { sentence: 'The painting sold for $2021 at a charity auction.', word: '$2021' },
  { sentence: 'The suspect was held in room 1999 of the hotel.', word: '1999' },
  { sentence: 'Flight 2020 from Doha landed safely.', word: '2020' },
  // "second" as an ordinal, not a unit of time.
  { sentence: 'She finished second in the 400 metres final.', word: 'second' },
  { sentence: 'A second round of talks is planned.', word: 'second' },
];

const ALL_ROWS = Object.values(TABLE).flat();
const NEGATIVE_PUBLISHED_AT = '2021-12-28';

function describeMentions(found: DateMention[]): string {
  return JSON.stringify(found.map((m) => `${m.span.text}@${m.span.start}=${m.value}`));
}

for (const [bullet, rows] of Object.entries(TABLE)) {
  describe(`extractDates table: ${bullet}`, () => {
    it.each(rows)('$text = $value ($type, published $publishedAt) in: $sentence', (r) => {
      const found = extractDates(r.sentence, { publishedAt: r.publishedAt });
      const start = r.sentence.indexOf(r.text);
      const m = found.find((x) => x.span.text === r.text && x.span.start === start);
      expect(m, `no mention "${r.text}" at ${start}; found ${describeMentions(found)}`).toBeDefined();
      if (!m) return;
      expect(r.sentence.slice(m.span.start, m.span.end)).toBe(m.span.text);
      expect({ value: m.value, type: m.type, mod: m.mod, relative: m.relative }).toEqual({
        value: r.value,
        type: r.type,
        mod: r.mod,
        relative: r.relative,
      });
    });
  });
}

describe('extractDates table: words that are not dates', () => {
  it.each(NOT_DATES)('$word is not a date in: $sentence', ({ sentence, word }) => {
    const found = extractDates(sentence, { publishedAt: NEGATIVE_PUBLISHED_AT });
    const start = sentence.indexOf(word);
    const end = start + word.length;
    const overlapping = found.filter((m) => m.span.start < end && m.span.end > start);
    expect(overlapping, `"${word}" was taken for a date: ${describeMentions(overlapping)}`).toEqual([]);
  });
});

// Checks of the table itself (independent of the extractor), so a wrong edit shows up.
describe('dates table sanity', () => {
  const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const isDay = (s: string): boolean => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    if (!m) return false;
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return date.toISOString().slice(0, 10) === m[0];
  };
  const weekdayOf = (s: string): string => WEEKDAYS[new Date(`${s.slice(0, 10)}T12:00:00Z`).getUTCDay()] ?? '';

  it(`has at least 90 rows (${ALL_ROWS.length})`, () => {
    expect(ALL_ROWS.length).toBeGreaterThanOrEqual(90);
  });

  it.each(ALL_ROWS)('row $text in $sentence is well formed', (r) => {
    expect(isDay(r.publishedAt), 'publishedAt is a real YYYY-MM-DD day').toBe(true);
    expect(r.sentence.split(r.text).length - 1, 'expected text occurs exactly once').toBe(1);
    const named = WEEKDAYS.filter((w) => r.text.includes(w));
    if (named.length === 1 && isDay(r.value)) expect(weekdayOf(r.value)).toBe(named[0]);
    if (r.type === 'duration' || r.type === 'set') expect(r.relative).toBe(false);
  });

  it.each(NOT_DATES)('negative row $word occurs once in $sentence', ({ sentence, word }) => {
    expect(sentence.split(word).length - 1).toBe(1);
  });
});
