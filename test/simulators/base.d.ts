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
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export declare class Simulator {
	name: string;
	/** Set by start(). */
	url: string;
	requests: RecordedRequest[];
	inject(response: InjectedResponse, count?: number, match?: (request: RecordedRequest) => boolean): void;
	clearRequests(): void;
	start(port?: number, host?: string): Promise<string>;
	stop(): Promise<void>;
	reset(): void;
}

export declare class HttpError extends Error {}
