import Link from '@tiptap/extension-link';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { DocNode } from '../../materials/material-doc';
import { EditorToolbar } from './editor-toolbar';

const SAFE_HREF = /^(https?:|mailto:)/i;

/**
 * Exactly the nodes and marks the API stores (doc, paragraph, headings 2–4, lists, blockquote, hard break; bold,
 * italic, http/https/mailto links). Anything else pasted in is dropped by the editor's schema before it is saved.
 */
const extensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
    heading: { levels: [2, 3, 4] },
  }),
  Link.configure({
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    isAllowedUri: (url) => SAFE_HREF.test(url.trim()),
    shouldAutoLink: (url) => SAFE_HREF.test(url.trim()),
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
  }),
];

export interface RichTextEditorProps {
  id: string;
  initial: DocNode;
  labelledBy: string;
  describedBy?: string;
  invalid: boolean;
  onChange: (doc: DocNode) => void;
}

/** The Tiptap editor. Uncontrolled after mount: a parent that replaces the text remounts it with a new key. */
export default function RichTextEditor({
  id,
  initial,
  labelledBy,
  describedBy,
  invalid,
  onChange,
}: RichTextEditorProps) {
  const editor = useEditor({
    extensions,
    content: initial,
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as DocNode),
    editorProps: {
      attributes: {
        id,
        class: 'rich-text',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        'data-testid': 'material-body-editor',
      },
    },
  });
  return (
    <div className={invalid ? 'rich-text-editor invalid' : 'rich-text-editor'}>
      <EditorToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}
