/** The bar at the top of every page: app name, archive name, the two lists, and search. */
import type { Route } from '../lib/router';
import { SearchBox } from './SearchBox';

export function TopBar(props: { readonly archiveName: string; readonly route: Route }) {
  const section =
    props.route.page === 'persons' || props.route.page === 'person'
      ? 'persons'
      : props.route.page === 'articles' || props.route.page === 'article'
        ? 'articles'
        : null;
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-name">Casefile</span>
        <span className="brand-archive" title="The open archive">
          {props.archiveName}
        </span>
      </div>
      <nav className="main-nav" aria-label="Main">
        <a href="#/persons" aria-current={section === 'persons' ? 'page' : undefined}>
          Prisoners
        </a>
        <a href="#/articles" aria-current={section === 'articles' ? 'page' : undefined}>
          Articles
        </a>
      </nav>
      <SearchBox />
    </header>
  );
}
