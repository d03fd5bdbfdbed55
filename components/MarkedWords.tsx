/** The words that triggered a finding, each marked (and separated by commas for screen readers). */
export function MarkedWords({ words }: { words: readonly string[] }) {
  return (
    <>
      {words.map((w, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <mark>{w}</mark>
        </span>
      ))}
    </>
  );
}
