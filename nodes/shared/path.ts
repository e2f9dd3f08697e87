export type PathParams = Record<string, string | number>;

/**
 * Fills `{name}` placeholders with URL-encoded values, so an ID such as `../users` or `a/b` stays one path
 * segment. "." and ".." are refused outright: even encoded, URL parsers treat them as dot segments.
 */
export function expandPath(template: string, params: PathParams = {}): string {
	return template.replace(/\{([A-Za-z0-9_]+)\}/g, (_match, name: string) => {
		if (!(name in params)) throw new Error(`Missing value for path parameter "${name}"`);
		const raw = String(params[name]);
		if (raw === '' || raw === '.' || raw === '..') {
			throw new Error(`Path parameter "${name}" must not be empty, "." or ".."`);
		}
		return encodeURIComponent(raw);
	});
}
