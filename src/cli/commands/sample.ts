import type { Command } from 'commander';
import type { Io } from '../io.js';
import type { RunState } from '../program.js';

// Placeholder until its issue lands; replaced by the real command.
export function registerSample(_program: Command, _io: Io, _state: RunState): void {}
