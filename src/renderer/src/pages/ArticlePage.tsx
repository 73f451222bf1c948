/** Writing or editing an article, and choosing the persons it mentions. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, FieldsOf, Person } from '../../../shared/records';
import { ApiError, call } from '../api-client';
import { TextField } from '../components/Field';
import { FormShell } from '../components/FormShell';
import { RecordSideFields } from '../components/RecordSideFields';
import { Loading, LoadError } from '../components/Status';
import { formatDate, parseDateInput } from '../lib/dates';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { editableFields, optionalText } from '../lib/records-edit';
import { navigate, NEW_ARTICLE } from '../lib/router';
import { splitList } from '../lib/text-lists';
import { useDateProblem } from '../lib/use-date-problem';
import { useLoad } from '../lib/use-load';

const FIELDS = [
  'title',
  'date',
  'source',
  'author',
  'language',
  'url',
  'body',
  'personIds',
  'tags',
  'sharing',
] as const;

export function ArticlePage(props: { readonly id: string }) {
  const id = props.id;
  const { t } = useTranslation();
  const isNew = id === NEW_ARTICLE;
  const state = useLoad(`article:${id}`, async () => {
    const [article, persons] = await Promise.all([
      isNew ? Promise.resolve(undefined) : call('articles.get', { id }),
      call('persons.list', { limit: 10_000 }),
    ]);
    return { article, persons: persons.items };
  });

  if (state.status === 'loading') return <Loading what={t('article.loading')} />;
  if (state.status === 'error') {
    const missing = state.error instanceof ApiError && state.error.code === 'not-found';
    return (
      <>
        <LoadError error={state.error} onRetry={missing ? undefined : state.reload} />
        <p>
          <a href="#/articles">{t('article.back')}</a>
        </p>
      </>
    );
  }
  return <ArticleEditor article={state.data.article} persons={state.data.persons} />;
}

function ArticleEditor(props: { readonly article?: Article; readonly persons: readonly Person[] }) {
  const { t } = useTranslation();
  const dateProblem = useDateProblem();
  const [article, setArticle] = useState(props.article);
  const [title, setTitle] = useState(article?.title ?? '');
  const [date, setDate] = useState(formatDate(article?.date));
  const [source, setSource] = useState(article?.source ?? '');
  const [author, setAuthor] = useState(article?.author ?? '');
  const [language, setLanguage] = useState(article?.language ?? '');
  const [url, setUrl] = useState(article?.url ?? '');
  const [body, setBody] = useState(article?.body ?? '');
  const [personIds, setPersonIds] = useState<string[]>([...(article?.personIds ?? [])]);
  const [tags, setTags] = useState((article?.tags ?? []).join(', '));
  const [sharing, setSharing] = useState(article?.sharing ?? 'team');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  async function save() {
    const parsed = parseDateInput(date);
    if (!parsed.ok) {
      setErrors({ fields: { date: dateProblem(parsed.message) }, general: [] });
      return;
    }
    const fields = {
      title: title.trim(),
      date: parsed.iso,
      source: optionalText(source),
      author: optionalText(author),
      language: optionalText(language),
      url: optionalText(url),
      body,
      personIds,
      tags: splitList(tags),
      sharing,
    } satisfies FieldsOf<'article'>;
    setBusy(true);
    setSavedAt(null);
    try {
      if (article) {
        const saved = await call('articles.update', {
          id: article.id,
          fields: { ...editableFields(article), ...fields },
        });
        setArticle(saved);
        setErrors(NO_ERRORS);
        setSavedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
        setBusy(false);
      } else {
        const saved = await call('articles.create', fields);
        navigate({ page: 'article', id: saved.id }, { replace: true });
      }
    } catch (error) {
      setErrors(formErrorsOf(error, FIELDS));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="article-title">
      <div className="page-header">
        <p className="breadcrumbs">
          <a href="#/articles">{t('articles.title')}</a> /
        </p>
        <h1 id="article-title">{article ? article.title : t('article.new')}</h1>
        {savedAt ? (
          <span className="saved-note" role="status">
            {t('article.savedAt', { time: savedAt })}
          </span>
        ) : null}
      </div>
      <FormShell
        onSubmit={() => void save()}
        onCancel={() => navigate({ page: 'articles' })}
        cancelOnEscape={false}
        busy={busy}
        errors={errors}
        submitLabel={article ? t('article.save') : t('article.add')}
        className="form-grid form-grid-4 article-form"
        label={article ? t('article.edit') : t('article.new')}
      >
        <TextField
          label={t('article.title')}
          required
          value={title}
          onChange={setTitle}
          error={errors.fields.title}
          className="span-4"
        />
        <TextField
          label={t('article.date')}
          value={date}
          onChange={setDate}
          error={errors.fields.date}
          hint={t('form.dateHint')}
          inputMode="numeric"
        />
        <TextField
          label={t('article.language')}
          value={language}
          onChange={setLanguage}
          error={errors.fields.language}
          hint={t('article.languageHint')}
        />
        <TextField
          label={t('article.source')}
          value={source}
          onChange={setSource}
          error={errors.fields.source}
          hint={t('article.sourceHint')}
        />
        <TextField
          label={t('article.author')}
          value={author}
          onChange={setAuthor}
          error={errors.fields.author}
        />
        <TextField
          label={t('article.url')}
          type="url"
          value={url}
          onChange={setUrl}
          error={errors.fields.url}
          className="span-4"
        />
        <TextField
          label={t('article.body')}
          multiline
          rows={14}
          value={body}
          onChange={setBody}
          error={errors.fields.body}
          hint={t('article.bodyHint')}
          className="span-3"
        />
        <RecordSideFields
          personsLabel={t('article.persons')}
          persons={props.persons}
          personIds={personIds}
          onPersonIds={setPersonIds}
          tags={tags}
          onTags={setTags}
          sharing={sharing}
          onSharing={setSharing}
          errors={errors}
        />
      </FormShell>
    </section>
  );
}
