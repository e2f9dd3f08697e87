// Build the package with `n8n-node build` and `npm pack` it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { runOrThrow } from './proc.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const COPY_EXCLUDES = new Set(['node_modules', 'dist', '.sandbox', '.git', 'coverage']);

/**
 * The directory to build in. By default the repository itself (what a user wants). With
 * `BUILD_IN_COPY=1` (or `inCopy`), a temporary copy without node_modules/dist/.sandbox/.git and with
 * node_modules symlinked, so a build never deletes the dist/ folder of the working tree.
 */
export function buildDirectory({ inCopy = process.env.BUILD_IN_COPY === '1' } = {}) {
	if (!inCopy) return { dir: REPO_ROOT, cleanup: () => {} };
	const dir = mkdtempSync(path.join(os.tmpdir(), 'conferencing-build-'));
	cpSync(REPO_ROOT, dir, {
		recursive: true,
		filter: (source) => {
			const relative = path.relative(REPO_ROOT, source);
			if (relative === '') return true;
			const first = relative.split(path.sep)[0];
			return !COPY_EXCLUDES.has(first) && !source.endsWith('.tgz');
		},
	});
	symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function buildPackage(dir) {
	const cli = path.join(dir, 'node_modules', '.bin', 'n8n-node');
	if (!existsSync(cli))
		throw new Error(`${cli} is missing: run \`npm ci\` (or \`npm install\`) first`);
	return await runOrThrow(cli, ['build'], { cwd: dir, timeoutMs: 5 * 60_000 });
}

/** `npm pack` into `destination`; returns npm's JSON description ({filename, size, unpackedSize, files}) and the path. */
export async function packPackage(dir, destination) {
	const result = await runOrThrow(
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', destination, '--loglevel=error'],
		{ cwd: dir, timeoutMs: 5 * 60_000 },
	);
	const json = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
	const info = json[0];
	return { ...info, path: path.join(destination, info.filename) };
}

export function packageJson(dir = REPO_ROOT) {
	return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
}
