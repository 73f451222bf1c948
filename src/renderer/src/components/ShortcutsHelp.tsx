/**
 * The keyboard shortcuts: listens for them anywhere outside text boxes, and "?" opens the
 * list of them in a modal dialog (focus stays inside; Esc closes it and focus goes back).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../lib/router';
import { actionOfKey, GO_TO } from '../lib/shortcuts';
import { Modal } from './Modal';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

export function Shortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);
  const gPressedAt = useRef<number | null>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      // While a dialog is open its own keys count, not the page's.
      if (document.querySelector('dialog[open]')) return;
      const action = actionOfKey(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          inTextField: isTextField(event.target),
        },
        gPressedAt.current,
        Date.now(),
      );
      gPressedAt.current = action.kind === 'pending' ? Date.now() : null;
      if (action.kind === 'help') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (action.kind === 'go') {
        event.preventDefault();
        navigate(action.route);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return helpOpen ? <ShortcutsDialog onClose={() => setHelpOpen(false)} /> : null;
}

function ShortcutsDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const rows: [keys: string[], what: string][] = [
    [['Ctrl', 'K'], t('shortcuts.search')],
    [['?'], t('shortcuts.help')],
    ...GO_TO.map(
      (entry) =>
        [['g', entry.key], t(`shortcuts.go.${entry.route.page}` as 'shortcuts.go.dashboard')] as [
          string[],
          string,
        ],
    ),
    [['↑', '↓', 'Enter'], t('shortcuts.lists')],
    [['Enter'], t('shortcuts.save')],
    [['Ctrl', 'Enter'], t('shortcuts.saveText')],
    [['Esc'], t('shortcuts.close')],
  ];
  return (
    <Modal title={t('shortcuts.title')} onClose={props.onClose}>
      <table className="shortcuts-table">
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.what')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={`${keys.join('+')}:${what}`}>
              <td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="cell-muted">{t('shortcuts.mac')}</p>
    </Modal>
  );
}
