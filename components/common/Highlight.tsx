import { Fragment } from 'react';

/** [start, end) into the text, as the core's matchRanges gives them. */
export type TextRange = readonly [number, number];

/**
 * Text with its matching words in <mark>: built from ranges as React text nodes, never from an HTML string, because
 * clause text and client names come from contracts and e-mails the user pasted.
 */
export function Highlight({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const parts = splitByRanges(text, ranges);
  return (
    <>
      {parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}

/** Sorted, merged, clamped ranges → alternating plain and marked parts that together are exactly `text`. */
export function splitByRanges(text: string, ranges: readonly TextRange[]): Array<{ text: string; marked: boolean }> {
  const clean = ranges
    .map(([start, end]) => ({ start: Math.max(0, Math.min(text.length, start)), end: Math.max(0, Math.min(text.length, end)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), marked: false });
    parts.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
