import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

const SAFE_HREF = /^(https?:|mailto:)/i;

/** Formatting buttons for the allowed marks and blocks, each showing whether it applies at the cursor. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });

  const setLink = () => {
    if (active.link) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return;
    }
    const href = window.prompt(t('materialEditor.linkPrompt'), 'https://')?.trim();
    if (!href || !SAFE_HREF.test(href)) return;
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  };

  const buttons: { key: string; label: string; pressed?: boolean; disabled?: boolean; run: () => void }[] = [
    {
      key: 'bold',
      label: t('materialEditor.bold'),
      pressed: active.bold,
      run: () => editor.chain().focus().toggleBold().run(),
    },
    {
      key: 'italic',
      label: t('materialEditor.italic'),
      pressed: active.italic,
      run: () => editor.chain().focus().toggleItalic().run(),
    },
    { key: 'link', label: t('materialEditor.link'), pressed: active.link, run: setLink },
    {
      key: 'h2',
      label: t('materialEditor.heading2'),
      pressed: active.h2,
      run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'h3',
      label: t('materialEditor.heading3'),
      pressed: active.h3,
      run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    },
    {
      key: 'h4',
      label: t('materialEditor.heading4'),
      pressed: active.h4,
      run: () => editor.chain().focus().toggleHeading({ level: 4 }).run(),
    },
    {
      key: 'orderedList',
      label: t('materialEditor.orderedList'),
      pressed: active.orderedList,
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      key: 'bulletList',
      label: t('materialEditor.bulletList'),
      pressed: active.bulletList,
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      key: 'blockquote',
      label: t('materialEditor.blockquote'),
      pressed: active.blockquote,
      run: () => editor.chain().focus().toggleBlockquote().run(),
    },
    {
      key: 'undo',
      label: t('materialEditor.undo'),
      disabled: !active.canUndo,
      run: () => editor.chain().focus().undo().run(),
    },
    {
      key: 'redo',
      label: t('materialEditor.redo'),
      disabled: !active.canRedo,
      run: () => editor.chain().focus().redo().run(),
    },
  ];

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('materialEditor.toolbar')}>
      {buttons.map((b) => (
        <button
          key={b.key}
          type="button"
          className="button button-small"
          aria-pressed={b.pressed}
          disabled={b.disabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.run}
          data-testid={`editor-${b.key}`}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
