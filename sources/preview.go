package sources

import (
	"context"
	"fmt"
	"time"

	"github.com/stancebot/stancebot/news"
)

// FetchItems fetches a source once and returns the items it yields, with
// the article pages of a list page fetched too (at most
// spec.Page.MaxArticles, default DefaultMaxArticles), storing nothing and
// sending no validators: what `stancebot sources test` shows. An article
// page that fails is left out and reported in the returned error list.
func FetchItems(ctx context.Context, f *Fetcher, src news.Source, spec Spec, now time.Time) (items []news.Item, articleErrs []error, err error) {
	kind := spec.kindOf(src.URL)
	resp, err := f.Do(ctx, Request{URL: FetchURL(src.URL, kind), AllowFile: spec.AllowFile, Language: spec.Language})
	if err != nil {
		return nil, nil, err
	}
	parsed, err := Parse(resp.Body, resp.ContentType, src, spec, now)
	if err != nil {
		return nil, nil, err
	}
	items = parsed.Items
	limit := spec.Page.MaxArticles
	if limit <= 0 {
		limit = DefaultMaxArticles
	}
	for _, a := range parsed.Articles {
		if len(items) >= limit || ctx.Err() != nil {
			break
		}
		r, err := f.Do(ctx, Request{URL: a.URL, Language: spec.Language})
		if err != nil {
			articleErrs = append(articleErrs, err)
			continue
		}
		page, err := ParseArticle(r.Body, r.ContentType, a.URL)
		if err != nil {
			articleErrs = append(articleErrs, fmt.Errorf("article %s: %w", news.RedactURL(a.URL), err))
			continue
		}
		items = append(items, articleItem(src, a, page, now))
	}
	return items, articleErrs, nil
}
