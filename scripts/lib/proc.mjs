// Child-process helpers shared by start, sandbox, e2e and screenshots.
// Every long-running child is spawned in its own process group (detached), recorded, and stopped by
// PID (SIGTERM to the group, SIGKILL after a grace period), so n8n's task-runner children go too.
import { spawn } from 'node:child_process';
import net from 'node:net';

const children = new Set();

/**
 * The environment for child processes. `npm run` exports the project's npm config (ignore-scripts,
 * legacy-peer-deps, …) as npm_config_* variables; child npm commands must not inherit them.
 */
export function cleanEnv(extra = {}) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^npm_/i.test(key)) continue;
		env[key] = value;
	}
	return { ...env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', ...extra };
}

/**
 * Run a command to completion and capture its output.
 * Resolves {code, signal, stdout, stderr, ms}; never rejects on a non-zero exit (check `code`).
 */
export function run(command, args, options = {}) {
	const { cwd, env = cleanEnv(), timeoutMs = 10 * 60_000, input, echo = false } = options;
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd,
			env,
			detached: true,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		children.add(child);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => {
			stdout += chunk;
			if (echo) process.stdout.write(chunk);
		});
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
			if (echo) process.stderr.write(chunk);
		});
		if (input !== undefined) child.stdin.end(input);
		else child.stdin.end();
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child, 'SIGKILL');
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			children.delete(child);
			reject(error);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			children.delete(child);
			// The process may have left children in its group (n8n's task runner): end them.
			killGroup(child, 'SIGKILL');
			resolve({
				code: timedOut ? 124 : code,
				signal,
				stdout,
				stderr,
				ms: Date.now() - started,
				timedOut,
			});
		});
	});
}

/** Like `run`, but throws with the output tail when the command fails. */
export async function runOrThrow(command, args, options = {}) {
	const result = await run(command, args, options);
	if (result.code !== 0) {
		const tail = (result.stdout + '\n' + result.stderr).trim().split('\n').slice(-40).join('\n');
		throw new Error(
			`${command} ${args.join(' ')} exited with ${result.code}${result.timedOut ? ' (timeout)' : ''}\n${tail}`,
		);
	}
	return result;
}

/**
 * Start a long-running process in its own process group. Output goes to `onOutput(text)` (and is
 * kept in `child.output`). Returns the ChildProcess; stop it with `stop(child)`.
 */
export function startBackground(command, args, options = {}) {
	const { cwd, env = cleanEnv(), onOutput } = options;
	const child = spawn(command, args, {
		cwd,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	children.add(child);
	child.output = '';
	const collect = (chunk) => {
		const text = chunk.toString();
		child.output += text;
		if (child.output.length > 2_000_000) child.output = child.output.slice(-1_000_000);
		onOutput?.(text);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	child.exited = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			child.exitInfo = { code, signal };
			resolve(child.exitInfo);
		});
		child.on('error', (error) => {
			child.exitInfo = { code: -1, signal: null, error };
			resolve(child.exitInfo);
		});
	});
	child.exited.then(() => children.delete(child));
	return child;
}

function killGroup(child, signal) {
	if (!child.pid) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// group already gone
	}
}

/** SIGTERM the child's process group, SIGKILL it after `graceMs`. Resolves when the leader has exited. */
export async function stop(child, graceMs = 10_000) {
	if (!child || !child.pid) return;
	if (child.exitInfo) {
		killGroup(child, 'SIGKILL'); // leftovers in the group, if any
		children.delete(child);
		return;
	}
	killGroup(child, 'SIGTERM');
	const exited = child.exited ?? new Promise((resolve) => child.once('exit', resolve));
	const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), graceMs));
	const outcome = await Promise.race([exited, timer]);
	killGroup(child, 'SIGKILL');
	if (outcome === 'timeout')
		await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
	children.delete(child);
}

/** Stop every child still running (in parallel). */
export async function stopAll(graceMs = 10_000) {
	await Promise.all([...children].map((child) => stop(child, graceMs)));
}

/** Last resort on process exit: synchronous SIGKILL of every remaining group. */
process.on('exit', () => {
	for (const child of children) killGroup(child, 'SIGKILL');
});

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Whether something already listens on 127.0.0.1:port. */
export function portInUse(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host: '127.0.0.1' });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `probe()` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor(
	probe,
	{ timeoutMs = 60_000, intervalMs = 250, what = 'condition', child } = {},
) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	while (Date.now() < deadline) {
		if (child?.exitInfo) {
			throw new Error(
				`${what}: process exited early (${JSON.stringify(child.exitInfo)})\n${tail(child.output)}`,
			);
		}
		try {
			const value = await probe();
			if (value) return value;
		} catch (error) {
			lastError = error;
		}
		await sleep(intervalMs);
	}
	throw new Error(
		`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`,
	);
}

export function tail(text = '', lines = 40) {
	return text.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Run `cleanup` once on SIGINT/SIGTERM/SIGHUP, then exit. Under `npm start`, one Ctrl-C reaches this process
 * twice (from the terminal and forwarded by npm), so repeats within 2 s are ignored; a later Ctrl-C forces
 * the exit (SIGKILL to every child group).
 */
export function onShutdown(cleanup) {
	let firstAt = 0;
	const handler = async (signal) => {
		if (firstAt) {
			if (Date.now() - firstAt < 2000) return;
			console.log('\nForced exit: killing every child process.');
			for (const child of children) killGroup(child, 'SIGKILL');
			process.exit(130);
		}
		firstAt = Date.now();
		try {
			await cleanup(signal);
		} finally {
			process.exit(signal === 'SIGINT' ? 130 : 143);
		}
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, handler);
}
