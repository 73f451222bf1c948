/**
 * Files dragged over any page show where they will go; dropped, they wait for the import
 * page, which opens and takes them (see import-queue.ts).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queueFiles } from '../lib/import-queue';
import { navigate } from '../lib/router';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropOverlay(props: { readonly archiveName: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the
    // files left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setShown(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setShown(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setShown(false);
      queueFiles([...(event.dataTransfer?.files ?? [])]);
      navigate({ page: 'import' });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!shown) return null;
  return (
    <div className="drop-overlay" role="status" aria-live="polite">
      <div className="drop-overlay-box">
        <p className="drop-overlay-title">
          {t('importing.dropHere', { archive: props.archiveName })}
        </p>
        <p>{t('importing.dropWhere')}</p>
      </div>
    </div>
  );
}
