import type { ReactNode } from 'react';
import { headingLevel, safeHref, type DocMark, type DocNode } from '../material-doc';

function withMarks(text: string, marks: DocMark[] = []): ReactNode {
  return marks.reduce<ReactNode>((node, mark) => {
    switch (mark.type) {
      case 'bold':
        return <strong>{node}</strong>;
      case 'italic':
        return <em>{node}</em>;
      case 'link': {
        const href = safeHref(mark);
        return href ? (
          <a href={href} rel="noopener noreferrer nofollow" target="_blank">
            {node}
          </a>
        ) : (
          node
        );
      }
      default:
        return node;
    }
  }, text);
}

function renderNode(node: DocNode, key: number): ReactNode {
  const children = (node.content ?? []).map(renderNode);
  switch (node.type) {
    case 'text':
      return <span key={key}>{withMarks(node.text ?? '', node.marks)}</span>;
    case 'hardBreak':
      return <br key={key} />;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading': {
      const Tag = `h${headingLevel(node)}` as const;
      return <Tag key={key}>{children}</Tag>;
    }
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start);
      return (
        <ol key={key} start={Number.isInteger(start) && start > 0 ? start : undefined}>
          {children}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children}</li>;
    default:
      // Nothing outside the whitelist is rendered as markup; its text still shows.
      return <span key={key}>{children}</span>;
  }
}

/** A stored body rendered from its JSON as React elements: no HTML strings, so nothing in it can run. */
export function MaterialBody({ doc, testId }: { doc: DocNode; testId?: string }) {
  return (
    <div className="material-body" data-testid={testId}>
      {(doc.content ?? []).map(renderNode)}
    </div>
  );
}
