#!/usr/bin/env node
// `npm run test:e2e`: the package inside a real n8n.
//
//  1. build (`n8n-node build`), `npm pack`, install the tarball into a fresh n8n user folder the way n8n's
//     community-package installer does;
//  2. every node and credential type loads, and n8n logs no load error;
//  3. the example workflows run headlessly (`n8n execute`) against the provider simulators, started in this
//     process so the requests they receive can be checked;
//  4. `n8n start` with the webhook example published, called over HTTP;
//  5. n8n's community-package scanner rules on the source folder and on the packed tarball;
//  6. the tarball's contents.
//
// Options (environment): N8N_VERSION (default 2.8.4), BUILD_IN_COPY=1 (build in a temporary copy instead of
// in place), E2E_KEEP=1 (keep the temporary folder for inspection).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
	ensureN8n,
	importIntoN8n,
	installPackage,
	N8nRest,
	n8nCli,
	n8nCliOrThrow,
	n8nEnv,
	nodeItems,
	parseRawOutput,
	startN8nServer,
} from './lib/n8n.mjs';
import { buildDirectory, buildPackage, packageJson, packPackage } from './lib/pack.mjs';
import { freePort, onShutdown, runOrThrow, stop, stopAll, tail } from './lib/proc.mjs';
import {
	CREDENTIALS_FILE,
	defaultUrls,
	exampleWorkflows,
	loadSimulatorModule,
	PROVIDERS,
	sandboxCredentials,
	startSandboxes,
	zoomOAuth2Credential,
} from './lib/sandboxes.mjs';
import { EXAMPLE_CHECKS, WEBHOOK_EXAMPLE } from './lib/example-checks.mjs';

const PACKAGE = 'n8n-nodes-conferencing';
const NODE_TYPES = ['meetBit', 'zoomMeetings', 'carrierX', 'signalWire'].map(
	(name) => `${PACKAGE}.${name}`,
);
const CREDENTIAL_TYPES = [
	'meetBitApi',
	'zoomServerToServerOAuthApi',
	'zoomMeetingsOAuth2Api',
	'carrierXApi',
	'signalWireApi',
];

const N8N = 'n8n is installed (cache)';
const INSTALL = "build, npm pack, install like n8n's community-package installer";
const SANDBOXES = 'provider simulators start in the suite (free ports)';
const IMPORT = 'import sandbox credentials and example workflows';

const started = Date.now();
const results = [];
const failedSteps = new Set();

function seconds(ms) {
	return `${(ms / 1000).toFixed(1)} s`;
}

/** Run one check; print one line. `needs`: names of earlier checks that must have passed. */
async function check(name, fn, { needs = [] } = {}) {
	const t0 = Date.now();
	const missing = needs.filter((dependency) => failedSteps.has(dependency));
	if (missing.length > 0) {
		results.push(false);
		failedSteps.add(name);
		console.log(`FAIL ${name}: skipped because "${missing.join('", "')}" failed`);
		return undefined;
	}
	try {
		const note = await fn();
		results.push(true);
		console.log(`ok   ${name}${note ? ` — ${note}` : ''} (${seconds(Date.now() - t0)})`);
		return true;
	} catch (error) {
		results.push(false);
		failedSteps.add(name);
		const message =
			(error && (error.stack && process.env.E2E_STACK ? error.stack : error.message)) ||
			String(error);
		console.log(
			`FAIL ${name} (${seconds(Date.now() - t0)}): ${message.split('\n').join('\n     ')}`,
		);
		return false;
	}
}

/** n8n load errors in JSON log lines: error/warn lines from the loaders or mentioning this package. */
function loadProblems(output) {
	const problems = [];
	for (const line of output.split('\n')) {
		if (!line.startsWith('{')) continue;
		let entry;
		try {
			entry = JSON.parse(line);
		} catch {
			continue;
		}
		if (entry.level !== 'error' && entry.level !== 'warn') continue;
		const where = `${entry.metadata?.file ?? ''} ${entry.metadata?.function ?? ''}`;
		const text = `${entry.message} ${where}`;
		if (
			/load-nodes-and-credentials|directory-loader|loadNodesFromNodeModules|n8n-nodes-conferencing|community/i.test(
				text,
			)
		) {
			problems.push(`${entry.level}: ${entry.message} (${where.trim()})`);
		}
	}
	return problems;
}

function listFiles(dir, base = dir) {
	const files = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) files.push(...listFiles(full, base));
		else files.push(path.relative(base, full).split(path.sep).join('/'));
	}
	return files;
}

/** `n8n execute --rawOutput` for one stored workflow; returns the run JSON n8n prints and its exit code. */
async function executeHeadless(n8n, env, workflowId) {
	const result = await n8nCli(n8n.bin, ['execute', `--id=${workflowId}`, '--rawOutput'], env, { timeoutMs: 120_000 });
	const run = parseRawOutput(result.stdout);
	if (!run) {
		throw new Error(`no run JSON in the output (exit ${result.code})\n${tail(result.stdout + result.stderr, 30)}`);
	}
	return { run, code: result.code };
}

async function main() {
	const keep = process.env.E2E_KEEP === '1';
	const tmp = mkdtempSync(path.join(os.tmpdir(), 'conferencing-e2e-'));
	const userFolder = path.join(tmp, 'n8n');
	const encryptionKey = randomBytes(24).toString('hex');
	const build = buildDirectory();
	let sandboxes;
	let server;
	let n8n;
	let pack;
	let env;
	const extracted = path.join(tmp, 'extracted');
	console.log(
		`end-to-end suite: package ${packageJson(build.dir).version}, build in ${build.dir}, scratch ${tmp}`,
	);

	try {
		await check(N8N, async () => {
			n8n = await ensureN8n({ log: (line) => console.log(`     ${line}`) });
			return `n8n ${n8n.version} ${n8n.cached ? 'from cache' : 'installed'} at ${n8n.dir}`;
		});

		await check(INSTALL, async () => {
			await buildPackage(build.dir);
			pack = await packPackage(build.dir, tmp);
			await installPackage(pack.path, userFolder);
			const installed = path.join(
				userFolder,
				'.n8n',
				'nodes',
				'node_modules',
				PACKAGE,
				'package.json',
			);
			assert.equal(JSON.parse(readFileSync(installed, 'utf8')).name, PACKAGE);
			mkdirSync(extracted, { recursive: true });
			await runOrThrow('tar', ['-xzf', pack.path, '-C', extracted, '--strip-components=1']);
			return `${pack.filename}, ${pack.entryCount ?? pack.files.length} files`;
		});

		const brokerPort = await freePort();
		// JSON log lines make load errors easy to find; `execute --rawOutput` needs the text format (its
		// JSON would otherwise be wrapped in a log line).
		const port = await freePort();
		env = n8nEnv({
			userFolder,
			encryptionKey,
			brokerPort,
			port,
			extra: { N8N_LOG_FORMAT: 'json' },
		});
		const textEnv = n8nEnv({
			userFolder,
			encryptionKey,
			brokerPort,
			port,
			extra: { N8N_LOG_FORMAT: 'text' },
		});

		await check(
			'every node type loads (n8n export:nodes) and n8n logs no load error',
			async () => {
				const output = path.join(tmp, 'nodes.json');
				const result = await n8nCliOrThrow(n8n.bin, ['export:nodes', `--output=${output}`], env);
				const problems = loadProblems(result.stdout + result.stderr);
				assert.deepEqual(problems, [], `n8n logged load problems:\n${problems.join('\n')}`);
				const names = new Set(JSON.parse(readFileSync(output, 'utf8')).map((type) => type.name));
				const declared = packageJson(build.dir).n8n.nodes.length;
				const ours = [...names].filter(
					(name) => name.startsWith(`${PACKAGE}.`) && !name.endsWith('Tool'),
				);
				const missingTypes = NODE_TYPES.filter((type) => !names.has(type));
				assert.deepEqual(
					missingTypes,
					[],
					`node types missing in n8n: ${missingTypes.join(', ')} (loaded: ${ours.join(', ') || 'none'})`,
				);
				assert.equal(
					ours.length,
					declared,
					`package.json declares ${declared} nodes, n8n loaded ${ours.length}`,
				);
				return `${ours.join(', ')} (+ AI tool variants)`;
			},
			{ needs: [N8N, INSTALL] },
		);

		await check(SANDBOXES, async () => {
			sandboxes = await startSandboxes({
				ports: Object.fromEntries(PROVIDERS.map((provider) => [provider.key, 0])),
			});
			assert.deepEqual(
				sandboxes.missing,
				[],
				`simulators missing: ${sandboxes.missing.join(', ')}`,
			);
			return Object.entries(sandboxes.urls)
				.map(([key, url]) => `${key} ${url}`)
				.join(', ');
		});

		await check("examples/sandbox-credentials.json matches the simulators' defaults", async () => {
			const expected = sandboxCredentials(defaultUrls());
			const actual = JSON.parse(readFileSync(CREDENTIALS_FILE, 'utf8'));
			assert.deepEqual(
				actual,
				expected,
				'regenerate it with `node scripts/sandbox.mjs --write-credentials`',
			);
			return `${actual.length} credentials`;
		});

		let workflows = [];
		await check(
			IMPORT,
			async () => {
				workflows = exampleWorkflows();
				await importIntoN8n(n8n.bin, env, {
					credentials: sandboxCredentials(sandboxes.urls),
					workflows,
					scratchDir: path.join(tmp, 'import'),
				});
				const list = await n8nCliOrThrow(n8n.bin, ['list:workflow'], env);
				const missingIds = workflows
					.filter((workflow) => !list.stdout.includes(workflow.id))
					.map((workflow) => workflow.id);
				assert.deepEqual(missingIds, [], `workflows not imported: ${missingIds.join(', ')}`);
				const unchecked = workflows
					.filter((workflow) => !EXAMPLE_CHECKS[workflow.id])
					.map((workflow) => workflow.file);
				assert.deepEqual(
					unchecked,
					[],
					`example workflows without checks in scripts/lib/example-checks.mjs: ${unchecked.join(', ')}`,
				);
				return `${workflows.length} workflows: ${workflows.map((workflow) => workflow.id).join(', ')}`;
			},
			{ needs: [N8N, INSTALL, SANDBOXES] },
		);

		const context = {
			sims: sandboxes?.sims,
			urls: sandboxes?.urls,
			simulators: simulatorModules(),
		};
		/** `n8n execute` one workflow with fresh sandboxes; returns the run JSON. */
		const execute = async (workflow) => {
			for (const sim of Object.values(sandboxes.sims)) sim.reset();
			const { run, code } = await executeHeadless(n8n, textEnv, workflow.id);
			const error = run.data?.resultData?.error;
			assert.equal(error, undefined, `workflow error: ${JSON.stringify(error)}`);
			assert.equal(code, 0, `n8n execute exited with ${code}`);
			return { run, items: (node, options) => nodeItems(run, node, options), ...context };
		};
		for (const workflow of workflows) {
			const spec = EXAMPLE_CHECKS[workflow.id];
			if (!spec) continue;
			const name = `example "${workflow.name}" (${workflow.file}) runs headlessly`;
			await check(name, async () => await spec.check(await execute(workflow)), {
				needs: [IMPORT],
			});
			if (spec.again) {
				await check(spec.again.name, async () => await spec.again.check(await execute(workflow)), {
					needs: [name],
				});
			}
		}

		await check(
			'Zoom example with the user OAuth2 credential: bearer token, then refresh_token grant after expiry',
			async () => {
				const base = workflows.find((workflow) => workflow.id === 'exZoomWeeklyAgenda');
				assert.ok(base, 'examples/zoom-scheduled-topic-agenda.json is missing');
				for (const sim of Object.values(sandboxes.sims)) sim.reset();
				const credential = zoomOAuth2Credential(sandboxes.sims.zoom, sandboxes.urls.zoom);
				const variant = structuredClone(base);
				variant.id = 'e2eZoomOAuth2';
				variant.name = `${base.name} (OAuth2)`;
				const zoomNode = variant.nodes.find((node) => node.type === `${PACKAGE}.zoomMeetings`);
				zoomNode.parameters.authentication = 'oAuth2';
				zoomNode.credentials = {
					zoomMeetingsOAuth2Api: { id: credential.id, name: credential.name },
				};
				await importIntoN8n(n8n.bin, env, {
					credentials: [credential],
					workflows: [variant],
					scratchDir: path.join(tmp, 'import-oauth2'),
				});
				const runOnce = async () => {
					sandboxes.sims.zoom.clearRequests();
					const { run } = await executeHeadless(n8n, textEnv, variant.id);
					assert.equal(
						run.data?.resultData?.error,
						undefined,
						`workflow error: ${JSON.stringify(run.data?.resultData?.error)}`,
					);
					assert.equal(nodeItems(run, zoomNode.name)?.length, 1);
					return sandboxes.sims.zoom.requests.map((request) => ({
						line: `${request.method} ${request.path}`,
						auth: request.headers.authorization || '',
						body: request.body,
					}));
				};
				const first = await runOnce();
				assert.deepEqual(
					first.map((request) => request.line),
					['PATCH /v2/meetings/85746065432', 'GET /v2/meetings/85746065432'],
				);
				for (const request of first)
					assert.equal(request.auth, `Bearer ${credential.data.oauthTokenData.access_token}`);
				sandboxes.sims.zoom.expireTokens();
				const second = await runOnce();
				const refresh = second.filter((request) => request.line === 'POST /oauth/token');
				assert.equal(
					refresh.length,
					1,
					`expected one token refresh; got ${second.map((request) => request.line).join(', ')}`,
				);
				assert.equal(refresh[0].body?.grant_type, 'refresh_token');
				assert.equal(refresh[0].body?.refresh_token, credential.data.oauthTokenData.refresh_token);
				const last = second.slice(-2);
				assert.deepEqual(
					last.map((request) => request.line),
					['PATCH /v2/meetings/85746065432', 'GET /v2/meetings/85746065432'],
				);
				for (const request of last) {
					assert.match(request.auth, /^Bearer zusr_/);
					assert.notEqual(request.auth, `Bearer ${credential.data.oauthTokenData.access_token}`);
				}
				return `run 1: ${first.length} requests with the stored token; run 2: ${second.map((request) => request.line.split(' ')[0]).join(' → ')}`;
			},
			{ needs: [IMPORT] },
		);

		await check(
			'n8n start: node and credential types via REST, icons served, webhook example answers over HTTP',
			async () => {
				await n8nCliOrThrow(n8n.bin, ['publish:workflow', `--id=${WEBHOOK_EXAMPLE.id}`], env);
				for (const sim of Object.values(sandboxes.sims)) sim.reset();
				server = await startN8nServer(n8n.bin, env);
				const rest = new N8nRest(server.base);
				await rest.ensureOwner();
				const nodes = await rest.request('GET', '/types/nodes.json');
				assert.equal(nodes.status, 200, `/types/nodes.json answered ${nodes.status}`);
				const nodeNames = new Set(nodes.json.map((type) => type.name));
				const missingNodes = NODE_TYPES.filter((type) => !nodeNames.has(type));
				assert.deepEqual(missingNodes, [], `node types missing: ${missingNodes.join(', ')}`);
				const credentials = await rest.request('GET', '/types/credentials.json');
				assert.equal(
					credentials.status,
					200,
					`/types/credentials.json answered ${credentials.status}`,
				);
				const credentialNames = new Set(credentials.json.map((type) => type.name));
				const missingCredentials = CREDENTIAL_TYPES.filter((type) => !credentialNames.has(type));
				assert.deepEqual(
					missingCredentials,
					[],
					`credential types missing: ${missingCredentials.join(', ')}`,
				);
				// Icons: n8n-node build copies them into dist/; n8n serves them from the installed package.
				const icons = [];
				for (const type of nodes.json.filter((entry) => NODE_TYPES.includes(entry.name))) {
					const iconUrl = typeof type.iconUrl === 'string' ? type.iconUrl : type.iconUrl?.light;
					assert.ok(iconUrl, `${type.name} has no icon URL`);
					const icon = await fetch(`${server.base}/${iconUrl}`);
					assert.equal(icon.status, 200, `${type.name} icon ${iconUrl} answered ${icon.status}`);
					assert.match(icon.headers.get('content-type') || '', /svg/, `${iconUrl} is not an SVG`);
					icons.push(iconUrl);
				}
				const problems = loadProblems(server.child.output);
				assert.deepEqual(problems, [], `n8n logged load problems:\n${problems.join('\n')}`);
				const answer = await WEBHOOK_EXAMPLE.call(server.base, context);
				return `${CREDENTIAL_TYPES.length} credential types, ${icons.length} icons, webhook: ${answer}`;
			},
			{ needs: [IMPORT] },
		);
		if (server) {
			await stop(server.child);
			server = undefined;
		}

		const scanner = await import('@n8n/scan-community-package/scanner/scanner.mjs');
		await check('community-package scanner rules: source folder', async () => {
			const result = await scanner.analyzePackage(build.dir, scanner.SOURCE_FILE_PATTERNS);
			assert.ok(result.passed, `${result.message}\n${result.details ?? ''}`);
			return result.message || 'no findings';
		});
		await check(
			'community-package scanner rules: packed tarball',
			async () => {
				const result = await scanner.analyzePackage(extracted, ['**/*.js', 'package.json']);
				assert.ok(result.passed, `${result.message}\n${result.details ?? ''}`);
				return result.message || 'no findings';
			},
			{ needs: [INSTALL] },
		);

		await check(
			'tarball contents: dist/{nodes,credentials,icons}, README, LICENSE, CHANGELOG, package.json; no tests, maps or secrets',
			async () => {
				const files = listFiles(extracted);
				// dist/ holds only the compiled nodes and credentials and the icons. (`n8n-node build` copies every
				// **/*.png into dist/, docs/images included; package.json "files" excludes dist/docs.)
				const allowed =
					/^(package\.json|README(\.md)?|LICEN[CS]E(\.md)?|CHANGELOG\.md|dist\/(nodes|credentials|icons)\/.+)$/i;
				const unexpected = files.filter((file) => !allowed.test(file));
				assert.deepEqual(
					unexpected,
					[],
					`unexpected files in the tarball: ${unexpected.join(', ')}`,
				);
				const tests = files.filter((file) =>
					/(^|\/)(test|tests|__tests__|__mocks__|simulators?)\/|\.(test|spec)\.[jt]s$/i.test(file),
				);
				assert.deepEqual(tests, [], `test files in the tarball: ${tests.join(', ')}`);
				for (const required of [
					/^package\.json$/,
					/^README(\.md)?$/i,
					/^LICEN[CS]E(\.md)?$/i,
					/^CHANGELOG\.md$/,
				]) {
					assert.ok(
						files.some((file) => required.test(file)),
						`the tarball has no ${required.source.replace(/[\\^$()?]/g, '')}`,
					);
				}
				const declared = packageJson(build.dir).n8n;
				for (const file of [...declared.nodes, ...declared.credentials]) {
					assert.ok(
						files.includes(file),
						`package.json#n8n lists ${file}, which is not in the tarball`,
					);
				}
				// Source maps: none ship (package.json "files" excludes dist/**/*.map). Any map that does ship must
				// have all its sources inside the tarball.
				const maps = files.filter((file) => file.endsWith('.map'));
				for (const map of maps) {
					const sources = JSON.parse(readFileSync(path.join(extracted, map), 'utf8')).sources || [];
					for (const source of sources) {
						const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(map), source));
						assert.ok(
							files.includes(resolved),
							`${map} points at ${source}, which is not in the tarball`,
						);
					}
				}
				// Secrets: the sandbox credentials, and anything shaped like a real token or key.
				const secrets = new Set();
				for (const provider of PROVIDERS) {
					try {
						// Secret fields only: IDs and user names (a SignalWire project ID, a CarrierX login) are not
						// secret, and the SignalWire project ID doubles as the credential's placeholder.
						const defaults = loadSimulatorModule(provider).DEFAULT_CREDENTIALS || {};
						for (const [field, value] of Object.entries(defaults)) {
							if (!/secret|password|token|key/i.test(field)) continue;
							if (typeof value === 'string' && value.length >= 8) secrets.add(value);
						}
					} catch {
						// simulator missing; reported by another check
					}
				}
				const patterns = [
					/-----BEGIN [A-Z ]*PRIVATE KEY-----/,
					/\bnpm_[A-Za-z0-9]{36}\b/,
					/\bgh[pousr]_[A-Za-z0-9]{36}\b/,
					/\bAKIA[0-9A-Z]{16}\b/,
					/\bxox[baprs]-[A-Za-z0-9-]{10,}/,
				];
				const leaks = [];
				for (const file of files) {
					const text = readFileSync(path.join(extracted, file), 'utf8');
					// The README documents the sandbox values on purpose; shipped code and package.json must not hold them.
					const code = file.startsWith('dist/') || file === 'package.json';
					for (const secret of code ? secrets : [])
						if (text.includes(secret)) leaks.push(`${file}: sandbox secret "${secret}"`);
					for (const pattern of patterns)
						if (pattern.test(text)) leaks.push(`${file}: matches ${pattern}`);
				}
				assert.deepEqual(leaks, [], `secrets in the tarball:\n${leaks.join('\n')}`);
				const packed = statSync(pack.path).size;
				return `${files.length} files, ${(packed / 1024).toFixed(1)} kB packed, ${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked, ${maps.length} source maps`;
			},
			{ needs: [INSTALL] },
		);
	} finally {
		if (server) await stop(server.child);
		if (sandboxes) await sandboxes.stop();
		await stopAll();
		build.cleanup();
		if (!keep) rmSync(tmp, { recursive: true, force: true });
		else console.log(`kept ${tmp}`);
	}

	const passed = results.filter(Boolean).length;
	const failed = results.length - passed;
	console.log(`e2e finished in ${seconds(Date.now() - started)}`);
	console.log(`e2e: ${passed} passed, ${failed} failed`);
	process.exitCode = failed === 0 ? 0 : 1;
}

function simulatorModules() {
	const modules = {};
	for (const provider of PROVIDERS) {
		try {
			modules[provider.key] = loadSimulatorModule(provider);
		} catch {
			// missing simulator: reported by the credentials check
		}
	}
	return modules;
}

onShutdown(async (signal) => {
	console.log(`\n${signal}: stopping every process the suite started …`);
	await stopAll(5000);
});

main().catch(async (error) => {
	console.error(error);
	await stopAll();
	console.log('e2e: 0 passed, 1 failed');
	process.exit(1);
});
