/**
 * Milliseconds to wait according to a `Retry-After` header, or undefined when the header is missing or
 * unreadable. Accepts delta-seconds (MeetBit), an HTTP date (RFC 9110) and an ISO 8601 date-time, which is
 * what Zoom sends when its daily limit is reached. A date in the past means "now" (0).
 */
export function parseRetryAfter(header: unknown, now: number = Date.now()): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.ceil(value * 1000);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (text === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
	// Only something that looks like a date: Date.parse accepts odd strings such as "1" or "soon 5".
	if (!/\d{4}/.test(text) || !/[a-z]{3}|\d{4}-\d{2}-\d{2}/i.test(text)) return undefined;
	const at = Date.parse(text);
	if (Number.isNaN(at)) return undefined;
	return Math.max(0, at - now);
}

export function describeWait(ms: number, now: number = Date.now()): string {
	const seconds = Math.ceil(ms / 1000);
	const at = new Date(now + ms).toISOString();
	if (seconds < 120) return `${seconds} s (at ${at})`;
	if (seconds < 7200) return `${Math.ceil(seconds / 60)} min (at ${at})`;
	return `${(seconds / 3600).toFixed(1)} h (at ${at})`;
}
