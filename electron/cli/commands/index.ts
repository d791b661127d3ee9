// Every CLI command, in the order the help lists them. A new command is one
// file in this folder and one entry here.
import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { newCommand } from './new';

export const COMMANDS: readonly CliCommand[] = [newCommand, exportCommand];
