import type { CallOptions, Transport } from '../client.js';
import { configEndpoints, type Config } from '../schemas/config.js';

/** The deployment's settings. */
export class ConfigResource {
  constructor(private readonly transport: Transport) {}

  get(options?: CallOptions): Promise<Config> {
    return this.transport.call(configEndpoints.get, {}, options);
  }
}
