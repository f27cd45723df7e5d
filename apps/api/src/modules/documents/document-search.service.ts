import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { HEADLINE_OPTIONS, snippetParts } from '../materials/material-mapper.js';
import { searchQuery } from '../materials/material-query.js';
import { readableDocumentSql } from './document-access.js';
import { toDocumentModel } from './document-mapper.js';
import { DocumentEntity } from './document.entity.js';
import type { DocumentFilterInput, DocumentsArgs } from './dto/document.input.js';

/** Matches counted up to this; past it the list says "1000+". */
export const DOCUMENT_COUNT_CAP = 1000;

const ORDER = {
  newest: 'd.updated_at DESC, d.id DESC',
  document_date: 'd.document_date DESC NULLS LAST, d.id DESC',
  title: 'd.title ASC, d.id ASC',
  relevance: 'rank DESC, d.updated_at DESC, d.id DESC',
} as const;

/**
 * Lists and searches documents: words inside the current version's pages (Russian stems, Kyrgyz word forms, as
 * materials search) or in the title, number and tags. The permission condition is part of the one statement that
 * selects, ranks and counts, and passages are built only for the page of documents it returned, so neither a
 * count nor a snippet ever comes from a document the actor may not open.
 */
@Injectable()
export class DocumentSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, args: DocumentsArgs) {
    const f: Partial<DocumentFilterInput> = args.filter ?? {};
    const authz = readableDocumentSql(actor);
    const where = [`(${authz.sql})`, f.archived ? 'd.archived_at IS NOT NULL' : 'd.archived_at IS NULL'];
    const params: Record<string, unknown> = { ...authz.params };
    if (f.categoryIds?.length) {
      where.push('d.category_id IN (:...categoryIds)');
      params.categoryIds = f.categoryIds;
    }
    if (f.issuerId) {
      where.push('d.issuer_id = :issuerId');
      params.issuerId = f.issuerId;
    }
    if (f.dateFrom) {
      where.push('d.document_date >= :dateFrom');
      params.dateFrom = f.dateFrom;
    }
    if (f.dateTo) {
      where.push('d.document_date <= :dateTo');
      params.dateTo = f.dateTo;
    }
    if (f.language) {
      where.push(':language = ANY(d.languages)');
      params.language = f.language;
    }
    if (f.tag?.trim()) {
      where.push(':tag = ANY(d.tags)');
      params.tag = f.tag.trim();
    }
    const search = f.search?.trim() ? searchQuery(f.search.trim()) : null;
    let from = 'document d';
    let rank = '0';
    if (search) {
      Object.assign(params, search.params);
      // Best page of each document's current version; the GIN index on pages finds the candidates.
      from = `document d LEFT JOIN (
          SELECT DISTINCT ON (v.document_id) v.document_id, p.version_id, p.page, v.media_type,
                 ts_rank_cd(p.search, ${search.sql}) AS rank
            FROM document_page p
            JOIN document_version v ON v.id = p.version_id
            JOIN document cur ON cur.id = v.document_id AND cur.current_version = v.number
           WHERE p.search @@ ${search.sql}
           ORDER BY v.document_id, rank DESC, p.page
        ) best ON best.document_id = d.id`;
      where.push(`(d.search @@ ${search.sql} OR best.document_id IS NOT NULL)`);
      rank = `coalesce(best.rank, 0) + coalesce(ts_rank_cd(d.search, ${search.sql}), 0)`;
    }
    const sort = args.sort === 'relevance' && !search ? 'newest' : args.sort;
    const bestColumns = search
      ? 'best.version_id, best.page, best.media_type'
      : 'NULL::uuid AS version_id, NULL::int AS page, NULL AS media_type';
    const conditions = where.join(' AND ');
    const [pageSql, pageParams] = this.positional(
      `SELECT d.id, ${bestColumns}, ${rank} AS rank FROM ${from} WHERE ${conditions}
        ORDER BY ${ORDER[sort]} OFFSET :offset LIMIT :limit`,
      { ...params, offset: args.offset, limit: args.limit },
    );
    const [countSql, countParams] = this.positional(
      `SELECT COUNT(*)::int AS total FROM (SELECT 1 FROM ${from} WHERE ${conditions} LIMIT ${DOCUMENT_COUNT_CAP + 1}) capped`,
      params,
    );
    const [rows, [count]] = (await Promise.all([
      this.dataSource.query(pageSql, pageParams),
      this.dataSource.query(countSql, countParams),
    ])) as [Hit[], { total: number }[]];
    const total = { total: Math.min(count.total, DOCUMENT_COUNT_CAP), totalIsCapped: count.total > DOCUMENT_COUNT_CAP };
    if (!rows.length) return { items: [], ...total };

    const documents = await this.dataSource.getRepository(DocumentEntity).find({
      where: { id: In(rows.map((r) => r.id)) },
      relations: { category: true, issuer: true },
    });
    const byId = new Map(documents.map((d) => [d.id, d]));
    const headlines = search ? await this.headlines(rows, search) : new Map<string, string>();
    return {
      items: rows.map((row) => ({
        document: toDocumentModel(byId.get(row.id)!),
        snippet: snippetParts(headlines.get(row.id)),
        page: row.page !== null && row.media_type === 'application/pdf' ? row.page : null,
      })),
      ...total,
    };
  }

  /** The passage of each returned hit's best page: Russian stems first, else plain and Kyrgyz forms. */
  private async headlines(rows: Hit[], search: { sql: string; params: Record<string, string> }) {
    const hits = rows.filter((r) => r.version_id !== null);
    if (!hits.length) return new Map<string, string>();
    const [sql, params] = this.positional(
      `SELECT h.id, CASE WHEN strpos(ru, chr(1)) > 0 THEN ru ELSE simple END AS headline
         FROM unnest(CAST(:ids AS uuid[]), CAST(:versions AS uuid[]), CAST(:pages AS int[])) AS h(id, version_id, page)
         JOIN document_page p ON p.version_id = h.version_id AND p.page = h.page
         CROSS JOIN LATERAL (SELECT ts_headline('russian', p.text, ${search.sql}, '${HEADLINE_OPTIONS}') AS ru,
                                    ts_headline('simple', p.text, ${search.sql}, '${HEADLINE_OPTIONS}') AS simple) t`,
      {
        ...search.params,
        ids: hits.map((h) => h.id),
        versions: hits.map((h) => h.version_id),
        pages: hits.map((h) => h.page),
      },
    );
    const result = (await this.dataSource.query(sql, params)) as { id: string; headline: string }[];
    return new Map(result.map((r) => [r.id, r.headline]));
  }

  /** Named parameters (`:name`, `:...list`) to the driver's positional ones, as TypeORM's query builder does. */
  private positional(sql: string, params: Record<string, unknown>): [string, unknown[]] {
    return this.dataSource.driver.escapeQueryWithParameters(sql, params);
  }
}

interface Hit {
  id: string;
  version_id: string | null;
  page: number | null;
  media_type: string | null;
  rank: number;
}
