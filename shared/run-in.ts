// A run-in heading (（一）强化组织保障，压实工作责任。我乡始终……): the lead
// sentence is the heading, set in the level's font; the rest is body text.

const SENTENCE_END = /[。！？]/u;

export interface RunInParts {
  /** The heading sentence, with its end punctuation. */
  lead: string;
  /** The body that follows in the same paragraph; may be empty. */
  body: string;
}

export function splitRunIn(text: string): RunInParts {
  const m = SENTENCE_END.exec(text);
  if (!m) return { lead: text, body: '' };
  const end = m.index + m[0].length;
  return { lead: text.slice(0, end), body: text.slice(end) };
}
