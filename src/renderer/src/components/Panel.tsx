/** A titled box of the dashboard and the facility page: a heading, a count, a body. */
import { useId, type ReactNode } from 'react';

export function Panel(props: {
  readonly title: string;
  readonly count?: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section
      className={props.className ? `panel ${props.className}` : 'panel'}
      aria-labelledby={titleId}
    >
      <header className="panel-header">
        <h2 id={titleId}>{props.title}</h2>
        {props.count ? <span className="panel-count">{props.count}</span> : null}
      </header>
      {props.children}
    </section>
  );
}

/** What an empty panel says: what it would show, and how to make it show something. */
export function PanelEmpty(props: { readonly children: ReactNode }) {
  return <p className="panel-empty">{props.children}</p>;
}
