export interface RecordedRequest {
	method: string;
	path: string;
	rawPath: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	rawBody: string;
	body: unknown;
}

export interface InjectedResponse {
	/** Destroy the connection instead of answering (the client sees ECONNRESET). */
	reset?: boolean;
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export declare class Simulator {
	name: string;
	/** Set by start(). */
	url: string;
	requests: RecordedRequest[];
	/** Delay before answering, in ms or per request. */
	latency: number | ((request: RecordedRequest) => number);
	inFlight: number;
	/** The most requests answered at once since the last `clearRequests()`. */
	maxInFlight: number;
	inject(response: InjectedResponse, count?: number, match?: (request: RecordedRequest) => boolean): void;
	clearRequests(): void;
	start(port?: number, host?: string): Promise<string>;
	stop(): Promise<void>;
	reset(): void;
}

export declare class HttpError extends Error {}
