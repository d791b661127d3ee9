// The system clipboard's text and HTML, read in the main process for the
// right-click menu's 粘贴 (the page itself is not allowed to read it).
import { clipboard } from 'electron';

export async function readSystemClipboard(): Promise<{ text: string; html: string }> {
  const text = await clipboard.readText();
  let html = '';
  for (const item of await clipboard.read()) {
    if (!item.types.includes('text/html')) continue;
    const blob = await item.getType('text/html');
    html = await blob.text();
    break;
  }
  return { text, html };
}
