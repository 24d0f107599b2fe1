import type { CallOptions, Transport } from '../client.js';
import { configEndpoints, type Config } from '../schemas/config.js';

/** The deployment's settings. */
export class ConfigResource {
  constructor(private readonly transport: Transport) {}

  get(options?: CallOptions): Promise<Config> {
    return this.transport.call(configEndpoints.get, {}, options);
  }
}

/** Builds the `config` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const configResource = (t: Transport): ConfigResource => new ConfigResource(t);
