import { newsResource, unitsResource, type NewsSummary, type Unit } from '@smart-haiphong/sdk';
import { html, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { ShpElement } from '../../internal/shp-element.js';
import { communeInfoStrings } from './commune-info.translations.js';
import { styles } from './commune-info.styles.js';

/** What the element loads for one unit. */
export interface CommuneInfoData {
  unit: Unit;
  news: NewsSummary[];
}

/**
 * A short card about one commune, ward or special zone of Hải Phòng: its name, type
 * and administrative code, and how many news items it published lately. It is the
 * first widget a commune portal shows, and the smallest one built on the shared
 * pipeline (configuration, SDK client, states, translations).
 *
 * @tag shp-commune-info
 * @summary The name, type, code and latest news count of a commune or ward.
 *
 * @attr unit - The unit to show, by slug (`binh-giang`) or code (`10966`). Without one (and no page default) the element shows its empty state.
 * @attr news-limit - How many of the latest news items are counted. Default 5.
 * @attr news-url - Where "N tin tức mới nhất" links to. Default: the `<shp-news-feed>` with an `id` on the page; else no link.
 *
 * @fires {ShpErrorEvent} shp-error - The unit or its news could not be loaded.
 *
 * @csspart card - The loaded content.
 * @csspart type - The unit type (Xã, Phường, Đặc khu).
 * @csspart name - The unit's full name.
 * @csspart code - The administrative code.
 * @csspart news - The line about the latest news.
 * @csspart news-link - The link to the news feed, when there is one.
 *
 * @cssprop --shp-commune-info-accent - Colour of the type label. Default: `--shp-color-primary`.
 */
export class ShpCommuneInfo extends ShpElement {
  static override styles: CSSResultGroup = [ShpElement.styles, styles];
  static override strings = [communeInfoStrings];

  static {
    useResources({ units: unitsResource, news: newsResource });
  }

  /** Where "N tin tức mới nhất" links to. Default: the `<shp-news-feed>` on the page (it needs an `id`). */
  @property({ attribute: 'news-url' }) newsUrl?: string;

  /** How many of the latest news items are counted. */
  @property({ type: Number, attribute: 'news-limit' }) newsLimit = 5;

  private readonly data = new ShpDataTask(this, {
    task: async ([client, unit, limit], { signal }): Promise<CommuneInfoData | null> => {
      if (!unit) return null;
      // In parallel, but the unit's own failure (a 404 for an unknown unit) is the one reported.
      const [info, news] = await Promise.allSettled([
        client.units.get(unit, { signal }),
        client.news.list({ unit, limit }, { signal }),
      ]);
      if (info.status === 'rejected') throw info.reason;
      if (news.status === 'rejected') throw news.reason;
      return { unit: info.value, news: news.value.items };
    },
    args: () => [this.client, this.config.unit, this.newsLimit] as const,
  });

  protected override renderContent(): unknown {
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (value) => (value ? this.renderCard(value) : this.renderEmpty(this.t('communeInfo.noUnit'))),
      error: (error) =>
        this.data.aborted ? this.renderLoading() : this.renderError(error, () => void this.data.run()),
    });
  }

  /**
   * Where "N tin tức mới nhất" leads: the page's `<shp-news-feed>` (by its id, or found on
   * the page), else the `news-url` attribute, else nowhere (plain text).
   */
  private newsHref(): string | undefined {
    if (this.newsUrl) return this.newsUrl;
    const root = this.getRootNode() as ParentNode;
    const feed = root.querySelector?.('shp-news-feed') ?? document.querySelector('shp-news-feed');
    return feed?.id ? `#${feed.id}` : undefined;
  }

  private renderCard({ unit, news }: CommuneInfoData): TemplateResult {
    const latest = news
      .map((item) => item.publishedAt)
      .sort()
      .at(-1);
    return html`<div part="card" class="card">
      <div class="heading">
        <span part="type" class="type">${this.t(`unitType.${unit.type}`)}</span>
        <p part="name" class="name">${unit.name}</p>
      </div>
      <dl class="facts">
        <div class="fact">
          <dt>${this.t('communeInfo.code')}</dt>
          <dd part="code" class="code">${unit.code}</dd>
        </div>
      </dl>
      <p part="news" class="news">
        ${((count, href) =>
          href && news.length
            ? html`<a part="news-link" class="news-count" href=${href}>${count}</a>`
            : html`<span class="news-count">${count}</span>`)(
          this.t('communeInfo.newsCount', { count: news.length }),
          this.newsHref(),
        )}
        ${
          latest
            ? html`<span class="news-date"
                >${this.t('communeInfo.latestNews', { date: this.formatDate(latest) })}</span
              >`
            : null
        }
      </p>
    </div>`;
  }
}
