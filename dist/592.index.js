export const id = 592;
export const ids = [592];
export const modules = {

/***/ 13592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installBusinessTimeMacro: () => (/* binding */ installBusinessTimeMacro)
});

// UNUSED EXPORTS: bisect, renderBusinessTimeSql

;// CONCATENATED MODULE: ./src/metrics/business-calendar.ts
const DAY_S = 86_400;
/** Monday 1969-12-29 is day 0; 1970-01-01 (epoch 0) is day 3. */
const EPOCH_SHIFT_S = 3 * DAY_S;
/** Offset changes are looked for in this range; outside it the nearest known offset holds. */
const SCAN_FROM_S = Date.UTC(1970, 0, 1) / 1000;
const SCAN_TO_S = Date.UTC(2100, 0, 1) / 1000;
/** Scan step: two clock changes less than a week apart that cancel out would be missed. */
const SCAN_STEP_S = 7 * DAY_S;
const formatters = new Map();
/** Seconds east of UTC in force at `epochS`, e.g. 7200 for Berlin in summer. */
function offsetAt(timeZone, epochS) {
    let format = formatters.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
        formatters.set(timeZone, format);
    }
    const name = format.formatToParts(new Date(epochS * 1000)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
    if (!match?.[1])
        return 0;
    const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
    return match[1] === '-' ? -seconds : seconds;
}
const transitionCache = new Map();
function offsetTransitions(timeZone) {
    const cached = transitionCache.get(timeZone);
    if (cached)
        return cached;
    const initialOffset = offsetAt(timeZone, SCAN_FROM_S);
    const transitions = [];
    let previous = initialOffset;
    for (let t = SCAN_FROM_S + SCAN_STEP_S; t <= SCAN_TO_S; t += SCAN_STEP_S) {
        const offset = offsetAt(timeZone, t);
        if (offset === previous)
            continue;
        let lo = t - SCAN_STEP_S;
        let hi = t;
        while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (offsetAt(timeZone, mid) === previous)
                lo = mid;
            else
                hi = mid;
        }
        transitions.push({ at: hi, offset });
        previous = offset;
    }
    const result = { initialOffset, transitions };
    transitionCache.set(timeZone, result);
    return result;
}
function offsetFrom(initialOffset, transitions, epochS) {
    let offset = initialOffset;
    for (const t of transitions) {
        if (t.at > epochS)
            break;
        offset = t.offset;
    }
    return offset;
}
/**
 * The UTC moment of a local wall-clock time (local seconds since 1970-01-01). In a skipped
 * hour the offset before the change applies; in a repeated hour, the later moment, as in
 * DuckDB's ICU and most libraries.
 */
function localToUtc(initialOffset, transitions, localS) {
    const before = offsetFrom(initialOffset, transitions, localS - 14 * 3600);
    const after = offsetFrom(initialOffset, transitions, localS + 14 * 3600);
    const consistent = [before, after].map((o) => localS - o).filter((u) => offsetFrom(initialOffset, transitions, u) === localS - u);
    return consistent.length > 0 ? Math.max(...consistent) : localS - before;
}
const secondsOf = (hhmm) => Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60;
/** Local day number of a YYYY-MM-DD date. */
const dayNumber = (isoDate) => Date.parse(`${isoDate}T00:00:00Z`) / 1000 / DAY_S + 3;
/**
 * The calendar for a configuration. Clock-change days are looked for only within
 * [fromS, toS) (the data's range), to keep the macro small; elsewhere such a day counts its
 * nominal length.
 */
function businessCalendar(config, fromS = SCAN_FROM_S, toS = SCAN_TO_S) {
    const dayStart = secondsOf(config['work-hours'].start);
    const dayLength = secondsOf(config['work-hours'].end) - dayStart;
    const workWeekdays = [1, 2, 3, 4, 5, 6, 7].map((iso) => config['work-days'].includes(iso));
    const { initialOffset, transitions } = offsetTransitions(config['time-zone']);
    const toUtc = (localS) => localToUtc(initialOffset, transitions, localS);
    const isWork = (day) => workWeekdays[((day % 7) + 7) % 7];
    const exception = (day, holiday) => {
        const midnight = (day - 3) * DAY_S;
        const startUtc = toUtc(midnight);
        const endUtc = toUtc(midnight + DAY_S);
        const workStartUtc = toUtc(midnight + dayStart);
        const real = Math.max(toUtc(midnight + dayStart + dayLength) - workStartUtc, 0);
        const length = holiday ? 0 : real;
        const change = transitions.find((t) => t.at > startUtc && t.at < endUtc);
        const offsetBefore = offsetFrom(initialOffset, transitions, startUtc);
        return { day, startUtc, endUtc, length, workStartUtc, delta: length - dayLength, offsetBefore, offsetAfter: change?.offset ?? offsetBefore, changeAt: change?.at ?? endUtc };
    };
    const days = new Map();
    for (const t of transitions) {
        if (t.at < fromS || t.at >= toS)
            continue;
        const localDay = Math.floor((t.at + t.offset + EPOCH_SHIFT_S) / DAY_S);
        for (const day of [localDay - 1, localDay, localDay + 1]) {
            if (!isWork(day))
                continue;
            const candidate = exception(day, false);
            if (candidate.length !== dayLength)
                days.set(day, candidate);
        }
    }
    for (const holiday of config.holidays) {
        const day = dayNumber(holiday);
        if (isWork(day))
            days.set(day, exception(day, true));
    }
    return { dayStart, dayLength, workWeekdays, initialOffset, transitions, exceptions: [...days.values()].sort((a, b) => a.day - b.day) };
}

// EXTERNAL MODULE: ./src/metrics/named-queries.ts
var named_queries = __webpack_require__(38233);
;// CONCATENATED MODULE: ./src/metrics/business-time.ts


/**
 * Installs `dur_h(a, b)` as business time: the hours of [a, b] inside work hours on work days,
 * in the configured time zone (DST-correct), holidays excluded; never negative, NULL when an
 * end is NULL. The macro is integer arithmetic with the calendar's constants written in,
 * because converting every timestamp with ICU costs several times more at a million PRs.
 * See sql/business-time.sql and docs/metrics/business-time.md.
 */
async function installBusinessTimeMacro(store, config) {
    const [range] = await store.query((0,named_queries/* query */.P)('business-time.sql', 'data-range'));
    const span = range?.lo_s != null && range.hi_s != null ? { from: range.lo_s, to: range.hi_s } : null;
    // With no data, clock-change days are still worked out for a generous span, for ad-hoc use.
    const calendar = businessCalendar(config, span?.from ?? EMPTY_SPAN.from, span?.to ?? EMPTY_SPAN.to);
    const sql = renderBusinessTimeSql(calendar, config['time-zone'], span);
    for (const statement of sql.split(';').map((s) => s.trim()).filter(Boolean))
        await store.run(statement);
}
const MICROS = 1_000_000;
const EMPTY_SPAN = { from: Date.UTC(2000, 0, 1) / 1000, to: Date.UTC(2040, 0, 1) / 1000 };
const business_time_int = (value) => {
    if (!Number.isFinite(value))
        throw new Error(`business time: not a finite number: ${value}`);
    return String(Math.round(value));
};
const micros = (seconds) => business_time_int(seconds * MICROS);
/**
 * A nested CASE that finds which of keys.length + 1 intervals `variable` lies in by halving:
 * leaf(i) applies when keys[i-1] <= variable < keys[i]. Depth log2(n), so a hundred holidays
 * or clock changes cost seven comparisons per row, not a hundred.
 */
function bisect(keys, variable, leaf, lo = 0, hi = keys.length) {
    if (lo === hi)
        return leaf(lo);
    const mid = Math.ceil((lo + hi) / 2);
    return `CASE WHEN ${variable} < ${keys[mid - 1]} THEN ${bisect(keys, variable, leaf, lo, mid - 1)} ELSE ${bisect(keys, variable, leaf, mid, hi)} END`;
}
/** The UTC offset at u: from the calendar within the data's span, from DuckDB's ICU outside. */
function offsetExpression(calendar, timeZone, span) {
    const { transitions, initialOffset } = calendar;
    if (transitions.length === 0)
        return micros(initialOffset);
    const icu = `epoch_us(timezone('${timeZone.replace(/'/g, "''")}', t::TIMESTAMPTZ)) - u`;
    if (!span)
        return icu;
    const inside = transitions.filter((t) => t.at > span.from && t.at < span.to);
    const first = offsetFrom(initialOffset, transitions, span.from);
    const tree = bisect(inside.map((t) => micros(t.at)), 'u', (i) => micros(i === 0 ? first : inside[i - 1].offset));
    return `CASE WHEN u >= ${micros(span.from)} AND u < ${micros(span.to)} THEN ${tree} ELSE ${icu} END`;
}
/**
 * What exception days add to the weekday rule up to u: each whole one before u its delta; on
 * the day itself, the real worked part (counted in UTC, so a clock change inside work hours
 * counts the time that really passed) instead of the weekday rule's wall-clock part.
 */
function exceptionsExpression(calendar) {
    const days = calendar.exceptions;
    if (days.length === 0)
        return '0';
    const cumulative = [0];
    for (const d of days)
        cumulative.push(cumulative[cumulative.length - 1] + d.delta);
    const clamp = (x, length) => `least(greatest(${x}, 0), ${micros(length)})`;
    const keys = days.flatMap((d) => [micros(d.startUtc), micros(d.endUtc)]);
    return bisect(keys, 'u', (j) => {
        if (j % 2 === 0)
            return micros(cumulative[j / 2]);
        const d = days[(j - 1) / 2];
        const exact = d.length > 0 ? clamp(`u - ${micros(d.workStartUtc)}`, d.length) : '0';
        // The wall clock's work start that day, in UTC, before and after any change in it.
        const startBefore = (d.day - 3) * 86_400 + calendar.dayStart - d.offsetBefore;
        const startAfter = (d.day - 3) * 86_400 + calendar.dayStart - d.offsetAfter;
        const wallStart = d.offsetBefore === d.offsetAfter ? micros(startBefore) : `CASE WHEN u < ${micros(d.changeAt)} THEN ${micros(startBefore)} ELSE ${micros(startAfter)} END`;
        return `${micros(cumulative[(j - 1) / 2])} + ${exact} - ${clamp(`u - ${wallStart}`, calendar.dayLength)}`;
    });
}
function renderBusinessTimeSql(calendar, timeZone, span) {
    const prefix = [];
    let before = 0;
    for (const works of calendar.workWeekdays) {
        prefix.push(before);
        if (works)
            before += calendar.dayLength;
    }
    const tokens = {
        offset: offsetExpression(calendar, timeZone, span),
        epoch_shift: micros(EPOCH_SHIFT_S),
        week: micros(before),
        prefix: `[${prefix.map(micros).join(', ')}]::BIGINT[]`,
        works: `[${calendar.workWeekdays.map((w) => (w ? 1 : 0)).join(', ')}]::BIGINT[]`,
        start: micros(calendar.dayStart),
        length: micros(calendar.dayLength),
        exceptions: exceptionsExpression(calendar),
    };
    return (0,named_queries/* query */.P)('business-time.sql', 'macros').replace(/\{\{(\w+)\}\}/g, (_, name) => {
        const value = tokens[name];
        if (value === undefined)
            throw new Error(`business-time.sql: unknown token ${name}`);
        return value;
    });
}


/***/ })

};
