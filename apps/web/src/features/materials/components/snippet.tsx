interface SnippetPart {
  text: string;
  match: boolean;
}

/** The passage that matched a search, with the matching words marked. */
export function Snippet({ parts, language }: { parts: SnippetPart[]; language: string }) {
  return (
    <p className="snippet" lang={language} data-testid="material-snippet">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
