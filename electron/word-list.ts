// The list of commonly misused words shipped in resources/checks, bundled as
// data like the templates: validated once here, sent to the renderer over
// IPC ('checks:words') and handed to the checks by the CLI.
import misusedWords from '../resources/checks/misused-words.json';
import { validateWordList, type WordList } from '../shared/checks/word-list';

function load(data: unknown): WordList {
  const reason = validateWordList(data);
  if (reason) throw new Error(`bad word list data: ${reason}`);
  return data as WordList;
}

export const WORD_LIST: WordList = load(misusedWords);
