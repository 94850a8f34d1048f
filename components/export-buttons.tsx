import { useRef, useState } from 'preact/hooks';
import type { Analysis } from '../utils/types';
import { copyText, downloadJson } from '../extension/download';
import { toMarkdown } from '../extension/markdown';

interface Props {
  analysis: Analysis;
}

export function ExportButtons({ analysis }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState<{ text: string; bad?: boolean } | null>(null);
  const say = (text: string, bad = false) => {
    setNote({ text, bad });
    setTimeout(() => setNote(null), 2500);
  };
  const copy = async () => {
    try {
      await copyText(toMarkdown(analysis), host.current!);
      say('Copied as Markdown');
    } catch (e) {
      say(e instanceof Error ? e.message : 'Copying failed.', true);
    }
  };
  const download = () => {
    downloadJson(analysis, host.current!);
    say('Saved to your downloads');
  };
  return (
    <div class="nl-export" ref={host}>
      <button type="button" class="nl-btn" data-testid="copy-markdown" onClick={copy}>
        Copy as Markdown
      </button>
      <button type="button" class="nl-btn" data-testid="download-json" onClick={download}>
        Download JSON
      </button>
      <span class={note?.bad ? 'nl-export-note nl-bad' : 'nl-export-note'} role="status" data-testid="export-note">
        {note?.text ?? ''}
      </span>
    </div>
  );
}
