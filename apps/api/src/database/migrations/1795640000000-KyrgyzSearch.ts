import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kyrgyz word forms find each other. Kyrgyz is agglutinative and PostgreSQL has no Kyrgyz stemmer, so `ky_stem`
 * strips one case ending, then one possessive, then one plural ending (each in its four vowel-harmony variants and
 * their consonant-assimilated onsets), never below three letters, and undoes final voicing (китеби → китеп).
 * Kyrgyz and English revisions index every word both as written and as its stem; a query word matches as written,
 * as its Russian stem, as its Kyrgyz stem, or as a prefix of a stem of four or more letters (so short words never
 * match everything). One SQL implementation serves the index, the query and the snippet.
 */
export class KyrgyzSearch1795640000000 implements MigrationInterface {
  name = 'KyrgyzSearch1795640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Re-indexing every Kyrgyz and English revision may outlast the API's statement timeout.
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`
      CREATE FUNCTION ky_stem(word text) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        w text := lower(word);
        shorter text;
      BEGIN
        IF w !~ '^[а-яёөүң]+$' THEN RETURN w; END IF;
        -- Case: ablative, genitive, locative(-adjectival), dative, accusative; bare vowel/н only after a possessive.
        shorter := regexp_replace(w, '(н?[дт][аеоө]н|н[аеоө]н|[ндт][ыиуү]н|н?[дт][аеоө]г[ыиуү]|н?[дт][аеоө]|[гкн][аеоө]|(?<=[мң])[аеоө]|[ндт][ыиуү]|(?<=[ыиуү])н)$', '');
        IF char_length(shorter) >= 3 THEN w := shorter; END IF;
        -- Possessive: our/your (polite, plural), his/her/their, my/your.
        shorter := regexp_replace(w, '([ыиуү]?ң[ыиуү]з([дт][аеоө]р)?|[ыиуү]?б[ыиуү]з|[ыиуү]?ң[аеоө]р|с[ыиуү]|[ыиуү]?[мң]|[ыиуү])$', '');
        IF char_length(shorter) >= 3 THEN w := shorter; END IF;
        -- Plural.
        shorter := regexp_replace(w, '[лдт][аеоө]р$', '');
        IF char_length(shorter) >= 3 THEN w := shorter; END IF;
        RETURN regexp_replace(regexp_replace(w, 'б$', 'п'), 'г$', 'к');
      END $$
    `);
    // Every word's stem at the word's own positions (tsvector input merges repeated lexemes).
    await queryRunner.query(`
      CREATE FUNCTION ky_stem_tsvector(doc text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(
          string_agg(quote_literal(ky_stem(t.lexeme)) || ':' || array_to_string(t.positions, ','), ' ')::tsvector,
          ''::tsvector)
        FROM unnest(to_tsvector('simple', coalesce(doc, ''))) t
      $$
    `);
    // The query: every word must match (Russian stop words are skipped, as the Russian index drops them).
    await queryRunner.query(`
      CREATE FUNCTION portal_tsquery(q text) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        result tsquery;
        term tsquery;
        russian tsquery;
        word text;
        stem text;
        n int := 0;
      BEGIN
        FOR word IN SELECT m[1] FROM regexp_matches(lower(coalesce(q, '')), '([[:alnum:]]+)', 'g') AS m LOOP
          russian := to_tsquery('russian', quote_literal(word));
          CONTINUE WHEN numnode(russian) = 0;
          n := n + 1;
          EXIT WHEN n > 10;
          stem := ky_stem(word);
          term := russian || to_tsquery('simple', quote_literal(word)) || to_tsquery('simple', quote_literal(stem));
          IF char_length(stem) >= 4 THEN
            term := term || to_tsquery('simple', quote_literal(stem) || ':*');
          END IF;
          result := CASE WHEN result IS NULL THEN term ELSE result && term END;
        END LOOP;
        RETURN coalesce(result, ''::tsquery);
      END $$
    `);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION material_revision_search() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE lang text;
      BEGIN
        SELECT language INTO lang FROM material WHERE id = NEW.material_id;
        IF lang = 'ru' THEN
          NEW.search := setweight(to_tsvector('russian', NEW.title), 'A') || to_tsvector('russian', NEW.body_text);
        ELSE
          NEW.search := setweight(to_tsvector('simple', NEW.title) || ky_stem_tsvector(NEW.title), 'A')
                     || to_tsvector('simple', NEW.body_text) || ky_stem_tsvector(NEW.body_text);
        END IF;
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`
      UPDATE material_revision r SET search = setweight(to_tsvector('simple', r.title) || ky_stem_tsvector(r.title), 'A')
        || to_tsvector('simple', r.body_text) || ky_stem_tsvector(r.body_text)
      FROM material m WHERE m.id = r.material_id AND m.language <> 'ru'
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION material_revision_search() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE lang text;
      BEGIN
        SELECT language INTO lang FROM material WHERE id = NEW.material_id;
        NEW.search := setweight(to_tsvector(CASE WHEN lang = 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END, NEW.title), 'A')
                   || to_tsvector(CASE WHEN lang = 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END, NEW.body_text);
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`
      UPDATE material_revision r SET search = setweight(to_tsvector('simple', r.title), 'A') || to_tsvector('simple', r.body_text)
      FROM material m WHERE m.id = r.material_id AND m.language <> 'ru'
    `);
    await queryRunner.query(`DROP FUNCTION portal_tsquery(text)`);
    await queryRunner.query(`DROP FUNCTION ky_stem_tsvector(text)`);
    await queryRunner.query(`DROP FUNCTION ky_stem(text)`);
  }
}
