// Reads an Electron app.asar archive: a JSON header (in Chromium pickle
// framing) listing the files, followed by their bytes. Unpacked files are
// listed with `unpacked: true` and live in app.asar.unpacked/ beside it.
import { readFileSync } from 'node:fs';

interface AsarNode {
  files?: Record<string, AsarNode>;
  size?: number;
  offset?: string;
  unpacked?: boolean;
  link?: string;
}

export interface AsarEntry {
  path: string;
  size: number;
  unpacked: boolean;
}

export interface AsarArchive {
  entries: AsarEntry[];
  /** The bytes of a file stored inside the archive. */
  read(file: string): Buffer;
}

export function openAsar(file: string): AsarArchive {
  const bytes = readFileSync(file);
  if (bytes.readUInt32LE(0) !== 4) throw new Error(`${file} is not an asar archive`);
  const headerSize = bytes.readUInt32LE(4);
  const jsonLength = bytes.readUInt32LE(12);
  const header = JSON.parse(bytes.toString('utf8', 16, 16 + jsonLength)) as AsarNode;
  const dataStart = 8 + headerSize;

  const nodes = new Map<string, AsarNode>();
  const walk = (node: AsarNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, path);
      else if (child.link === undefined) nodes.set(path, child);
    }
  };
  walk(header, '');

  return {
    entries: [...nodes].map(([path, n]) => ({ path, size: n.size ?? 0, unpacked: n.unpacked === true })),
    read(path) {
      const node = nodes.get(path);
      if (!node) throw new Error(`${path} is not in the archive`);
      if (node.unpacked) throw new Error(`${path} is unpacked, outside the archive`);
      const start = dataStart + Number(node.offset);
      return bytes.subarray(start, start + (node.size ?? 0));
    },
  };
}
