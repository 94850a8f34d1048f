import { useRef, useState } from 'preact/hooks';
import type { Analysis } from '../utils/types';
import { copyText, downloadJson } from '../extension/download';
import { toMarkdown } from '../extension/markdown';
import { t } from '../extension/i18n';
import { readerMessage } from '../extension/reader-error';

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
      say(t('copied'));
    } catch (e) {
      say(readerMessage(e, 'page', 'copy_failed'), true);
    }
  };
  const download = () => {
    downloadJson(analysis, host.current!);
    say(t('saved'));
  };
  return (
    <div class="nl-export" ref={host}>
      <button type="button" class="nl-btn" data-testid="copy-markdown" onClick={copy}>
        {t('copy_markdown')}
      </button>
      <button type="button" class="nl-btn" data-testid="download-json" onClick={download}>
        {t('download_json')}
      </button>
      <span class={note?.bad ? 'nl-export-note nl-bad' : 'nl-export-note'} role="status" data-testid="export-note">
        {note?.text ?? ''}
      </span>
    </div>
  );
}
