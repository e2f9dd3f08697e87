/**
 * Credentials let users point a node at another host (a MeetBit tenant, a SignalWire space, Zoom for
 * Government, a local sandbox). The value is parsed strictly and reduced to an origin: anything that
 * would otherwise be glued into request URLs (a path, a query, user info, whitespace) is refused.
 */

export type AddressResult = { origin: string } | { problem: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

function isValidHostname(hostname: string): boolean {
	if (hostname.startsWith('[') && hostname.endsWith(']')) return true; // IPv6 literal, already parsed by URL
	if (hostname.length > 253) return false;
	return hostname.split('.').every((label) => HOST_LABEL.test(label));
}

/**
 * `value` may be a bare host (`acme.example.com`, `127.0.0.1:4010`) or a URL with only a scheme, host and
 * port (`https://acme.example.com`, `http://127.0.0.1:4010`). Plain HTTP is accepted for loopback hosts
 * only, so credentials never travel unencrypted to a remote machine.
 */
export function parseServiceAddress(value: unknown): AddressResult {
	if (typeof value !== 'string' || value === '') return { problem: 'is empty' };
	if (/\s/.test(value)) return { problem: 'contains whitespace' };
	const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
	const withoutScheme = hasScheme ? value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '') : value;
	if (withoutScheme.includes('@')) return { problem: 'contains user info ("…@"); enter credentials in their own fields' };
	if (withoutScheme.includes('?')) return { problem: 'contains a query ("?…"); enter only a host name' };
	if (withoutScheme.includes('#')) return { problem: 'contains a fragment ("#…"); enter only a host name' };
	const slash = withoutScheme.indexOf('/');
	if (slash !== -1 && withoutScheme.slice(slash) !== '/') {
		return { problem: `contains a path ("${withoutScheme.slice(slash)}"); enter only a host name` };
	}
	let url: URL;
	try {
		url = new URL(hasScheme ? value : `https://${value}`);
	} catch {
		return { problem: 'is not a valid host name' };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { problem: `uses the unsupported scheme "${url.protocol.replace(':', '')}"; use https` };
	}
	if (!isValidHostname(url.hostname)) return { problem: 'is not a valid host name' };
	if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
		return { problem: 'uses plain http for a remote host; use https (http is allowed only for localhost)' };
	}
	return { origin: url.origin };
}
