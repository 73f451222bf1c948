/** Everything dated about one person, oldest first, with a filter per kind of record. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { TIMELINE_SOURCES, type TimelineEntry } from '../../../shared/api';
import { useFormat } from '../i18n/use-format';
import { hrefOf } from '../lib/router';
import { CheckboxField } from './Field';

type Source = (typeof TIMELINE_SOURCES)[number];

export function TimelineSection(props: { readonly entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [hidden, setHidden] = useState<ReadonlySet<Source>>(new Set());
  const present = TIMELINE_SOURCES.filter((source) =>
    props.entries.some((entry) => entry.source === source),
  );
  const shown = props.entries.filter((entry) => !hidden.has(entry.source));

  function what(entry: TimelineEntry): string {
    switch (entry.source) {
      case 'event':
        return t(`eventType.${entry.what as 'arrest'}`, { defaultValue: entry.what });
      case 'case':
        return t(`timeline.caseDate.${entry.what as 'arrest'}`, { defaultValue: entry.what });
      case 'address':
        return entry.what === 'transfer' ? t('timeline.transfer') : t('timeline.firstAddress');
      case 'letter':
        return entry.what === 'out' ? t('timeline.letterOut') : t('timeline.letterIn');
      case 'article':
        return t('kind.article');
      case 'document':
        return t(`documentType.${entry.what as 'verdict'}`, { defaultValue: entry.what });
    }
  }

  function detail(entry: TimelineEntry): string | null {
    if (!entry.detail) return null;
    return entry.what === 'detention-extension'
      ? t('timeline.until', { day: format.day(entry.detail) })
      : entry.detail;
  }

  return (
    <section className="section timeline" aria-labelledby="timeline-title">
      <div className="section-header">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
      </div>
      {props.entries.length === 0 ? (
        <p className="cell-muted">{t('timeline.empty')}</p>
      ) : (
        <>
          <fieldset className="timeline-filter">
            <legend className="visually-hidden">{t('timeline.show')}</legend>
            {present.map((source) => (
              <CheckboxField
                key={source}
                label={t(`timeline.source.${source}`)}
                checked={!hidden.has(source)}
                onChange={(checked) =>
                  setHidden((current) => {
                    const next = new Set(current);
                    if (checked) next.delete(source);
                    else next.add(source);
                    return next;
                  })
                }
              />
            ))}
          </fieldset>
          {shown.length === 0 ? (
            <p className="cell-muted">{t('timeline.allHidden')}</p>
          ) : (
            <ol className="timeline-list">
              {shown.map((entry, index) => (
                <li
                  key={`${entry.source}:${entry.recordId}:${index}`}
                  className={`timeline-${entry.source}`}
                >
                  <span className="timeline-date">{format.day(entry.date)}</span>
                  <span className="timeline-what">{what(entry)}</span>
                  <span className="timeline-text">
                    <EntryText entry={entry} />
                    {detail(entry) ? <span className="cell-muted"> · {detail(entry)}</span> : null}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

/** Articles and documents open their own page; the rest is on this page already. */
function EntryText(props: { readonly entry: TimelineEntry }) {
  const { entry } = props;
  if (entry.source === 'article')
    return <a href={hrefOf({ page: 'article', id: entry.recordId })}>{entry.text}</a>;
  if (entry.source === 'document')
    return <a href={hrefOf({ page: 'document', id: entry.recordId })}>{entry.text}</a>;
  return <>{entry.text}</>;
}
