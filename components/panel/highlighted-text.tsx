import { Fragment } from 'react';

/** Splits `text` into plain and highlighted runs; each phrase is matched verbatim. Returns React text, never HTML. */
export function highlightRuns(text: string, phrases: string[]): Array<{ text: string; marked: boolean }> {
  const ranges: Array<[number, number]> = [];
  for (const phrase of phrases) {
    if (!phrase) continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(phrase, from);
      if (at < 0) break;
      ranges.push([at, at + phrase.length]);
      from = at + phrase.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const runs: Array<{ text: string; marked: boolean }> = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) runs.push({ text: text.slice(cursor, from), marked: false });
    runs.push({ text: text.slice(from, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), marked: false });
  return runs;
}

export function HighlightedText({ text, phrases }: { text: string; phrases: string[] }) {
  return (
    <>
      {highlightRuns(text, phrases).map((run, i) =>
        run.marked ? <mark key={i}>{run.text}</mark> : <Fragment key={i}>{run.text}</Fragment>,
      )}
    </>
  );
}
