import type * as Transport from '../../nodes/shared/transport';

export declare function builtTransport(): typeof Transport;
