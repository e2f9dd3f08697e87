import { FieldProblem } from './common';

/**
 * Zoom takes `start_time` either in GMT (`yyyy-MM-ddTHH:mm:ssZ`) or as local time (`yyyy-MM-ddTHH:mm:ss`)
 * read in the meeting's `timezone`. n8n's date picker produces local times without an offset, read in the
 * workflow's time zone. These helpers turn either into an instant (to refuse a time in the past, which Zoom
 * would silently ignore) and into the form Zoom expects.
 */

const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export function isTimeZone(value: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(instant));
	const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
	const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return wallClock - Math.floor(instant / 1000) * 1000;
}

/** The instant at which `timeZone`'s wall clock shows `wallClock` (given as if it were UTC). */
export function zonedToInstant(wallClock: number, timeZone: string): number {
	const first = wallClock - offsetAt(wallClock, timeZone);
	const second = wallClock - offsetAt(first, timeZone);
	return second;
}

function pad(value: number, length = 2): string {
	return String(value).padStart(length, '0');
}

export function toZoomUtc(instant: number): string {
	return `${new Date(instant).toISOString().slice(0, 19)}Z`;
}

export interface StartTime {
	/** What is sent to Zoom. */
	value: string;
	/** The moment the meeting starts, in epoch milliseconds. */
	instant: number;
}

/**
 * @param timezone the meeting time zone given in the same update, if any: a local time is then sent as local
 * time and Zoom reads it in that zone
 * @param workflowTimezone the zone a local time is read in when no meeting time zone is given; such a time is
 * sent in GMT
 */
export function parseStartTime(value: unknown, timezone: string | undefined, workflowTimezone: string, field = 'Start Time'): StartTime {
	const example = 'must be a date and time such as 2026-12-01T15:00:00Z or 2026-12-01T15:00:00';
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) throw new FieldProblem(field, example);
		return { value: toZoomUtc(value.getTime()), instant: value.getTime() };
	}
	if (typeof value !== 'string') throw new FieldProblem(field, example);
	const match = DATE_TIME.exec(value.trim());
	if (!match) throw new FieldProblem(field, example);
	const [, year, month, day, hour, minute, second = '00', zone] = match;
	const numbers = [year, month, day, hour, minute, second].map(Number);
	const wallClock = Date.UTC(numbers[0], numbers[1] - 1, numbers[2], numbers[3], numbers[4], numbers[5]);
	const check = new Date(wallClock);
	if (
		check.getUTCFullYear() !== numbers[0] ||
		check.getUTCMonth() !== numbers[1] - 1 ||
		check.getUTCDate() !== numbers[2] ||
		numbers[3] > 23 ||
		numbers[4] > 59 ||
		numbers[5] > 59
	) {
		throw new FieldProblem(field, `is not a valid date and time ("${value}")`);
	}
	if (zone !== undefined) {
		let offsetMinutes = 0;
		if (zone.toUpperCase() !== 'Z') {
			const sign = zone.startsWith('-') ? -1 : 1;
			const digits = zone.slice(1).replace(':', '');
			offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
		}
		const instant = wallClock - offsetMinutes * 60_000;
		return { value: toZoomUtc(instant), instant };
	}
	const local = `${pad(numbers[0], 4)}-${pad(numbers[1])}-${pad(numbers[2])}T${pad(numbers[3])}:${pad(numbers[4])}:${pad(numbers[5])}`;
	if (timezone) return { value: local, instant: zonedToInstant(wallClock, timezone) };
	const instant = zonedToInstant(wallClock, workflowTimezone);
	return { value: toZoomUtc(instant), instant };
}
