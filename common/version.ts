/** packetlife's version, read from package.json: one place to bump it (CLI --version, agent Hello). */
import pkg from '../package.json' with { type: 'json' };

export const PACKETLIFE_VERSION: string = pkg.version;
