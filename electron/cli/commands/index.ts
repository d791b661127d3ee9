// Every CLI command, in the order the help lists them. A new command is one
// file in this folder and one entry here.
import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { layoutCommand } from './layout';
import { libraryCommand } from './library';
import { newCommand } from './new';
import { outlineCommand } from './outline';

export const COMMANDS: readonly CliCommand[] = [newCommand, exportCommand, importCommand, outlineCommand, layoutCommand, libraryCommand, checkCommand];
