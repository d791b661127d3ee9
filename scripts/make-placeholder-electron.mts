// Writes a placeholder Electron folder for packing offline (see
// placeholder-electron.ts), e.g.
//   npx tsx scripts/make-placeholder-electron.mts /tmp/electron-placeholder
//   npm run dist:dir -- -c.electronDist=/tmp/electron-placeholder
import path from 'node:path';
import { writePlaceholderElectron } from './placeholder-electron';

const folder = process.argv[2];
if (!folder) {
  console.error('用法：npx tsx scripts/make-placeholder-electron.mts <文件夹>');
  process.exit(2);
}
console.log(await writePlaceholderElectron(path.resolve(folder)));
