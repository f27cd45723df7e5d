import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The document repository: categories (the four of §III.1 seeded), documents on the content kernel, numbered
 * versions of stored files, extracted text per page with a search vector that serves `portal_tsquery` (Russian
 * stems, plain words and Kyrgyz stems), and links to materials. Adds the `document.version-added` event type.
 */
export class Documents1795710000000 implements MigrationInterface {
  name = 'Documents1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "document_category" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "names" jsonb NOT NULL,
                "official" boolean NOT NULL DEFAULT false,
                "sort_order" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "document_category_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE UNIQUE INDEX "document_category_code_key" ON "document_category" ("code") `);
    await queryRunner.query(`
            CREATE TABLE "document" (
                "id" uuid NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "category_id" uuid NOT NULL,
                "issuer_id" uuid,
                "document_date" date,
                "number" text,
                "languages" text array NOT NULL DEFAULT '{}',
                "tags" text array NOT NULL DEFAULT '{}',
                "visibility" text NOT NULL DEFAULT 'signed_in',
                "visible_roles" text array NOT NULL DEFAULT '{}',
                "current_version" integer NOT NULL DEFAULT '0',
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "search" tsvector,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "document_visibility_check" CHECK (visibility IN ('signed_in', 'members', 'roles')),
                CONSTRAINT "document_roles_check" CHECK ((visibility = 'roles') = (cardinality(visible_roles) > 0)),
                CONSTRAINT "document_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "document_updated_idx" ON "document" ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "document_category_idx" ON "document" ("category_id") `);
    await queryRunner.query(`CREATE INDEX "document_issuer_idx" ON "document" ("issuer_id") `);
    await queryRunner.query(`CREATE INDEX "document_search_idx" ON "document" USING gin ("search")`);
    await queryRunner.query(`
            CREATE TABLE "document_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "document_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "upload_id" uuid NOT NULL,
                "sha256" text NOT NULL,
                "size" bigint NOT NULL,
                "media_type" text NOT NULL,
                "file_name" text NOT NULL,
                "label" text,
                "note" text,
                "created_by" uuid,
                "extraction" text NOT NULL DEFAULT 'pending',
                "page_count" integer,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "document_version_extraction_check" CHECK (extraction IN ('pending', 'done', 'no_text', 'too_large', 'unsupported', 'failed')),
                CONSTRAINT "document_version_pkey" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_version_number_key" ON "document_version" ("document_id", "number") `,
    );
    await queryRunner.query(`CREATE INDEX "document_version_sha256_idx" ON "document_version" ("sha256") `);
    await queryRunner.query(`
            CREATE TABLE "document_page" (
                "version_id" uuid NOT NULL,
                "page" integer NOT NULL,
                "text" text NOT NULL,
                "search" tsvector,
                CONSTRAINT "PK_document_page" PRIMARY KEY ("version_id", "page")
            )
        `);
    await queryRunner.query(`CREATE INDEX "document_page_search_idx" ON "document_page" USING gin ("search")`);
    await queryRunner.query(`
            CREATE TABLE "document_material" (
                "document_id" uuid NOT NULL,
                "material_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_document_material" PRIMARY KEY ("document_id", "material_id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "document_material_material_idx" ON "document_material" ("material_id") `);
    const fks: [string, string, string, string, string][] = [
      ['document', 'document_item_fkey', 'id', 'content_item', 'RESTRICT'],
      ['document', 'document_category_fkey', 'category_id', 'document_category', 'RESTRICT'],
      ['document', 'document_issuer_fkey', 'issuer_id', 'organization', 'RESTRICT'],
      ['document_version', 'document_version_document_fkey', 'document_id', 'document', 'CASCADE'],
      ['document_version', 'document_version_blob_fkey', 'sha256', 'file_blob', 'RESTRICT'],
      ['document_version', 'document_version_created_by_fkey', 'created_by', 'app_user', 'SET NULL'],
      ['document_page', 'document_page_version_fkey', 'version_id', 'document_version', 'CASCADE'],
      ['document_material', 'document_material_document_fkey', 'document_id', 'document', 'CASCADE'],
      ['document_material', 'document_material_material_fkey', 'material_id', 'material', 'CASCADE'],
    ];
    for (const [table, name, column, target, onDelete] of fks) {
      const key = target === 'file_blob' ? 'sha256' : 'id';
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("${key}") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
    // One vector serves every language: portal_tsquery asks for Russian stems, plain words and Kyrgyz stems.
    await queryRunner.query(`
      CREATE FUNCTION document_page_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search := to_tsvector('russian', NEW.text) || to_tsvector('simple', NEW.text) || ky_stem_tsvector(NEW.text);
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER document_page_search BEFORE INSERT OR UPDATE OF text ON document_page
      FOR EACH ROW EXECUTE FUNCTION document_page_search()
    `);
    await queryRunner.query(`
      CREATE FUNCTION document_search() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE meta text := concat_ws(' ', NEW.title, NEW.number, array_to_string(NEW.tags, ' '));
      BEGIN
        NEW.search := setweight(to_tsvector('russian', meta) || to_tsvector('simple', meta) || ky_stem_tsvector(meta), 'A')
          || to_tsvector('russian', NEW.description) || to_tsvector('simple', NEW.description)
          || ky_stem_tsvector(NEW.description);
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER document_search BEFORE INSERT OR UPDATE OF title, number, tags, description ON document
      FOR EACH ROW EXECUTE FUNCTION document_search()
    `);
    await queryRunner.query(`
      INSERT INTO document_category (code, names, official, sort_order) VALUES
        ('reports', '{"ru": "Документы и специальные доклады", "ky": "Документтер жана атайын баяндамалар", "en": "Documents and special reports"}', false, 1),
        ('legislation', '{"ru": "Законодательство и законы", "ky": "Мыйзамдар жана мыйзам актылары", "en": "Legislation and laws"}', true, 2),
        ('statements', '{"ru": "Официальные заявления", "ky": "Расмий билдирүүлөр", "en": "Official statements"}', true, 3),
        ('working_group', '{"ru": "Материалы рабочей группы", "ky": "Жумушчу топтун материалдары", "en": "Working group materials"}', false, 4)
    `);
    await queryRunner.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await queryRunner.query(
      `ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check" CHECK (type IN ('material.transitioned', 'user.invited', 'document.version-added'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM domain_event WHERE type = 'document.version-added'`);
    await queryRunner.query(`ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_type_check"`);
    await queryRunner.query(
      `ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_type_check" CHECK (type IN ('material.transitioned', 'user.invited'))`,
    );
    await queryRunner.query(`DROP TABLE "document_material"`);
    await queryRunner.query(`DROP TABLE "document_page"`);
    await queryRunner.query(`DROP TABLE "document_version"`);
    await queryRunner.query(`DROP TABLE "document"`);
    await queryRunner.query(`DROP TABLE "document_category"`);
    await queryRunner.query(`DROP FUNCTION document_page_search()`);
    await queryRunner.query(`DROP FUNCTION document_search()`);
  }
}
