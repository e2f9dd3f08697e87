// Installing, configuring and driving a real n8n (see the README's Development section).
import {
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
	appendFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { cleanEnv, run, runOrThrow, startBackground, stop, waitFor, tail } from './proc.mjs';

/** Newest n8n that runs on Node 20. n8n 2.10–2.35 need Node ≥ 22.16, 2.36+ need Node ≥ 24. */
export const DEFAULT_N8N_VERSION = '2.8.4';
export const N8N_VERSION = process.env.N8N_VERSION || DEFAULT_N8N_VERSION;
export const CACHE_ROOT =
	process.env.N8N_CACHE_DIR ||
	path.join(
		process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
		'n8n-nodes-conferencing',
	);

export const OWNER = {
	email: process.env.N8N_OWNER_EMAIL || 'owner@example.com',
	password: process.env.N8N_OWNER_PASSWORD || 'Sandbox-Passw0rd',
	firstName: 'Sandbox',
	lastName: 'Owner',
};

const PACKAGE_NAME = 'n8n-nodes-conferencing';

function versionDir(version) {
	return path.join(CACHE_ROOT, `n8n-${version}`);
}

function installedVersion(dir) {
	try {
		return JSON.parse(readFileSync(path.join(dir, 'node_modules', 'n8n', 'package.json'), 'utf8'))
			.version;
	} catch {
		return undefined;
	}
}

/** Minimal check of a `>=a.b[.c] …` engines range against this Node (enough for n8n's ranges). */
function nodeSatisfies(range) {
	const match = />=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range || '');
	if (!match) return true;
	const want = match.slice(1).map((part) => Number(part || 0));
	const have = process.versions.node.split('.').map(Number);
	for (let i = 0; i < 3; i++) {
		if (have[i] > want[i]) return true;
		if (have[i] < want[i]) return false;
	}
	return true;
}

/**
 * Make sure `n8n@version` is installed in the cache and return the path of its binary.
 * First run: `npm install` into `<cache>/n8n-<version>` (4–7 minutes, 2.3 GB); later runs reuse it.
 */
export async function ensureN8n({ version = N8N_VERSION, log = console.log } = {}) {
	const dir = versionDir(version);
	const bin = path.join(dir, 'node_modules', '.bin', 'n8n');
	if (
		existsSync(bin) &&
		installedVersion(dir) === version &&
		existsSync(path.join(dir, '.complete'))
	) {
		checkEngines(dir, version);
		return { bin, dir, version, cached: true };
	}
	// A cache made before the `.complete` marker existed: accept it if n8n and sqlite3 load.
	// npm writes the lock files last, so an interrupted install never passes this check.
	if (
		existsSync(bin) &&
		installedVersion(dir) === version &&
		existsSync(path.join(dir, 'package-lock.json')) &&
		existsSync(path.join(dir, 'node_modules', '.package-lock.json')) &&
		(await sqliteLoads(dir))
	) {
		writeFileSync(path.join(dir, '.complete'), `${new Date().toISOString()}\n`);
		checkEngines(dir, version);
		return { bin, dir, version, cached: true };
	}

	const view = await run('npm', ['view', `n8n@${version}`, 'engines.node', '--json'], {
		timeoutMs: 120_000,
	});
	if (view.code !== 0)
		throw new Error(`n8n@${version} was not found on the npm registry:\n${tail(view.stderr, 10)}`);
	const engines = JSON.parse(view.stdout.trim() || '""');
	if (!nodeSatisfies(engines)) {
		throw new Error(
			`n8n ${version} needs Node ${engines}, this is Node ${process.versions.node}. ` +
				`Use Node 22 or 24 for newer n8n, or N8N_VERSION=${DEFAULT_N8N_VERSION} (the newest n8n for Node 20).`,
		);
	}

	log(`Installing n8n ${version} into ${dir} (first run only; takes about 4-7 minutes) …`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify(
			{
				name: 'n8n-runtime-cache',
				private: true,
				version: '0.0.0',
				dependencies: { n8n: version },
				// n8n-nodes-base asks for xlsx from a CDN tarball; the registry's last official release works.
				// N8N_NPM_OVERRIDES (JSON) adds more, e.g. '{"linkedom":"0.18.14"}' for n8n 2.41.1 on some mirrors.
				overrides: { xlsx: '0.18.5', ...JSON.parse(process.env.N8N_NPM_OVERRIDES || '{}') },
			},
			null,
			2,
		) + '\n',
	);
	const logFile = path.join(dir, 'install.log');
	writeFileSync(logFile, '');
	const started = Date.now();
	const install = await run(
		'npm',
		[
			'install',
			'--no-audit',
			'--no-fund',
			'--ignore-scripts=false',
			'--legacy-peer-deps=false',
			'--loglevel=warn',
		],
		{ cwd: dir, timeoutMs: 30 * 60_000, env: cleanEnv() },
	);
	appendFileSync(logFile, install.stdout + install.stderr + `\nexit ${install.code}\n`);
	if (install.code !== 0) {
		throw new Error(
			`Installing n8n ${version} failed (exit ${install.code}); see ${logFile}\n${tail(install.stderr, 30)}`,
		);
	}
	if (!(await sqliteLoads(dir))) {
		log('sqlite3 did not build during install; rebuilding it from source …');
		await runOrThrow('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false'], {
			cwd: dir,
			timeoutMs: 15 * 60_000,
		});
		if (!(await sqliteLoads(dir)))
			throw new Error(`sqlite3 does not load in ${dir}; see ${logFile}`);
	}
	writeFileSync(path.join(dir, '.complete'), `${new Date().toISOString()}\n`);
	log(`Installed n8n ${version} in ${Math.round((Date.now() - started) / 1000)} s.`);
	return { bin, dir, version, cached: false };
}

function checkEngines(dir, version) {
	try {
		const engines = JSON.parse(
			readFileSync(path.join(dir, 'node_modules', 'n8n', 'package.json'), 'utf8'),
		).engines?.node;
		if (!nodeSatisfies(engines)) {
			throw new Error(
				`n8n ${version} needs Node ${engines}, this is Node ${process.versions.node}. Use Node 22/24 or N8N_VERSION=${DEFAULT_N8N_VERSION}.`,
			);
		}
	} catch (error) {
		if (error instanceof SyntaxError) return;
		throw error;
	}
}

async function sqliteLoads(dir) {
	const result = await run(process.execPath, ['-e', "require('sqlite3')"], {
		cwd: dir,
		timeoutMs: 60_000,
	});
	return result.code === 0;
}

/**
 * Environment for every n8n command. The encryption key and user folder are fixed from the first
 * command on (otherwise n8n writes a random key and later runs fail with "Mismatching encryption keys").
 */
export function n8nEnv({ userFolder, encryptionKey, port = 5678, brokerPort = 5679, extra = {} }) {
	return cleanEnv({
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: encryptionKey,
		DB_TYPE: 'sqlite',
		N8N_PORT: String(port),
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
		N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		EXTERNAL_FRONTEND_HOOKS_URLS: '',
		N8N_PYTHON_ENABLED: 'false',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		GENERIC_TIMEZONE: process.env.GENERIC_TIMEZONE || 'UTC',
		...extra,
	});
}

/** Run one n8n CLI command to completion. */
export async function n8nCli(bin, args, env, options = {}) {
	return await run(bin, args, { env, timeoutMs: options.timeoutMs ?? 180_000, cwd: options.cwd });
}

export async function n8nCliOrThrow(bin, args, env, options = {}) {
	const result = await n8nCli(bin, args, env, options);
	if (result.code !== 0) {
		throw new Error(
			`n8n ${args.join(' ')} exited with ${result.code}\n${tail(result.stdout + '\n' + result.stderr, 40)}`,
		);
	}
	return result;
}

/**
 * `n8n execute --rawOutput` prints log lines first; the run JSON is the block from the first line that
 * is exactly `{` to the first line that is exactly `}`.
 */
export function parseRawOutput(stdout) {
	const lines = stdout.split('\n');
	const start = lines.findIndex((line) => line === '{');
	if (start === -1) return undefined;
	const end = lines.findIndex((line, index) => index > start && line === '}');
	if (end === -1) return undefined;
	return JSON.parse(lines.slice(start, end + 1).join('\n'));
}

/** Output items of a node in a run: `runData[node][run].data.main[output][i].json`. */
export function nodeItems(runJson, nodeName, { run: runIndex = 0, output = 0 } = {}) {
	const runs = runJson?.data?.resultData?.runData?.[nodeName];
	if (!runs || !runs[runIndex]) return undefined;
	const main = runs[runIndex].data?.main?.[output];
	return (main || []).map((item) => item.json);
}

/** Install a packed package into `<userFolder>/.n8n/nodes` exactly as n8n's community-package installer does. */
export async function installPackage(tarball, userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	const packageJson = path.join(nodesDir, 'package.json');
	if (!existsSync(packageJson)) {
		writeFileSync(
			packageJson,
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
		);
	}
	// Remove a previously installed copy first, so a rebuilt tarball with the same version is really reinstalled.
	rmSync(path.join(nodesDir, 'node_modules', PACKAGE_NAME), { recursive: true, force: true });
	return await runOrThrow(
		'npm',
		[
			'install',
			'--ignore-scripts',
			'--bin-links=false',
			'--legacy-peer-deps',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			tarball,
		],
		{ cwd: nodesDir, timeoutMs: 5 * 60_000 },
	);
}

/**
 * Start `n8n start` in its own process group and wait until it is ready: n8n prints "Editor is now accessible"
 * after its REST controllers are registered and published workflows are activated (health and settings answer
 * earlier, while e.g. /rest/owner/setup still gives 404).
 */
export async function startN8nServer(bin, env, { onOutput, timeoutMs = 180_000 } = {}) {
	const child = startBackground(bin, ['start'], { env, onOutput });
	const base = `http://127.0.0.1:${env.N8N_PORT}`;
	try {
		await waitFor(
			async () => {
				if (!child.output.includes('Editor is now accessible')) return false;
				const readiness = await fetch(`${base}/healthz/readiness`);
				if (!readiness.ok) return false;
				const login = await fetch(`${base}/rest/login`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: '{}',
				});
				await login.text();
				return login.status !== 404 && login.status < 500;
			},
			{ timeoutMs, intervalMs: 300, what: `n8n at ${base}`, child },
		);
	} catch (error) {
		await stop(child);
		throw new Error(`${error.message}\n${tail(child.output, 30)}`);
	}
	return { child, base };
}

/** A tiny cookie-keeping REST client for n8n's internal API. */
export class N8nRest {
	constructor(base) {
		this.base = base;
		this.cookie = '';
	}

	async request(method, urlPath, body) {
		const response = await fetch(`${this.base}${urlPath}`, {
			method,
			headers: {
				...(body !== undefined ? { 'content-type': 'application/json' } : {}),
				...(this.cookie ? { cookie: this.cookie } : {}),
				'browser-id': 'n8n-nodes-conferencing-scripts',
			},
			body: body !== undefined ? JSON.stringify(body) : undefined,
		});
		const setCookie = response.headers.getSetCookie?.() ?? [];
		for (const entry of setCookie) {
			const pair = entry.split(';')[0];
			if (pair.startsWith('n8n-auth=')) this.cookie = pair;
		}
		const text = await response.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: response.status, ok: response.ok, json, text };
	}

	/** Create the owner account (first start) or log in with it (later starts). */
	async ensureOwner(owner = OWNER) {
		const setup = await this.request('POST', '/rest/owner/setup', {
			email: owner.email,
			firstName: owner.firstName,
			lastName: owner.lastName,
			password: owner.password,
		});
		if (setup.ok) return 'created';
		const login = await this.login(owner);
		if (login.ok) return 'existing';
		throw new Error(
			`Could not create or log in as the owner ${owner.email}: setup answered ${setup.status} ${setup.text.slice(0, 200)}; ` +
				`login answered ${login.status} ${login.text.slice(0, 200)}`,
		);
	}

	async login(owner = OWNER) {
		// n8n 2.x takes `emailOrLdapLoginId`; 1.x took `email`. Send both.
		return await this.request('POST', '/rest/login', {
			email: owner.email,
			emailOrLdapLoginId: owner.email,
			password: owner.password,
		});
	}
}

/**
 * Import credentials (an array in n8n's import format) and workflows into an n8n user folder, each with one
 * CLI call. Workflows are imported inactive; publish the ones that should run on their own.
 */
export async function importIntoN8n(bin, env, { credentials, workflows, scratchDir }) {
	mkdirSync(scratchDir, { recursive: true });
	const results = [];
	if (credentials?.length) {
		const file = path.join(scratchDir, 'credentials.json');
		writeFileSync(file, JSON.stringify(credentials, null, 2));
		results.push(await n8nCliOrThrow(bin, ['import:credentials', `--input=${file}`], env));
		rmSync(file, { force: true });
	}
	if (workflows?.length) {
		const file = path.join(scratchDir, 'workflows.json');
		writeFileSync(
			file,
			JSON.stringify(
				workflows.map(({ file: _file, ...workflow }) => workflow),
				null,
				2,
			),
		);
		results.push(await n8nCliOrThrow(bin, ['import:workflow', `--input=${file}`], env));
	}
	return results;
}
