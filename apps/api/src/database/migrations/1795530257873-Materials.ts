import { MigrationInterface, QueryRunner } from 'typeorm';

export class Materials1795530257873 implements MigrationInterface {
  name = 'Materials1795530257873';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "material_kind" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "structure" text NOT NULL,
                "names" jsonb NOT NULL,
                "sort_order" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "material_kind_structure_check" CHECK (
                    structure IN ('text', 'points', 'qa', 'coverage')
                ),
                CONSTRAINT "PK_bae77da05cb7738f5d4776260d7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "material_kind_code_key" ON "material_kind" ("code")
        `);
    await queryRunner.query(`
            CREATE TABLE "material_revision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "material_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "title" text NOT NULL,
                "body" jsonb NOT NULL,
                "body_text" text NOT NULL,
                "state" text NOT NULL DEFAULT 'draft',
                "author_id" uuid,
                "source_revision_number" integer,
                "search" tsvector,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "material_revision_state_check" CHECK (
                    state IN (
                        'draft',
                        'in_review',
                        'agreed',
                        'approved',
                        'archived'
                    )
                ),
                CONSTRAINT "PK_5a9c4ecdd42070815d73f28c25b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "material_revision_number_key" ON "material_revision" ("material_id", "number")
        `);
    await queryRunner.query(`
            CREATE TABLE "material_transition" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "material_id" uuid NOT NULL,
                "revision_id" uuid NOT NULL,
                "revision_number" integer NOT NULL,
                "transition" text NOT NULL,
                "from_state" text NOT NULL,
                "to_state" text NOT NULL,
                "actor_id" uuid NOT NULL,
                "comment" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "material_transition_check" CHECK (
                    transition IN (
                        'submit',
                        'request_changes',
                        'agree',
                        'approve',
                        'archive'
                    )
                ),
                CONSTRAINT "PK_21be4fe7c54eb85c536d453e2fc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "material_transition_material_idx" ON "material_transition" ("material_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "material" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind_id" uuid NOT NULL,
                "language" text NOT NULL,
                "source_id" uuid,
                "working_revision_id" uuid,
                "published_revision_id" uuid,
                "campaign" text,
                "audiences" text array NOT NULL DEFAULT '{}',
                "channels" text array NOT NULL DEFAULT '{}',
                "valid_until" date,
                "embargo_until" TIMESTAMP WITH TIME ZONE,
                "created_by" uuid,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "material_language_check" CHECK (language IN ('ru', 'ky', 'en')),
                CONSTRAINT "PK_0343d0d577f3effc2054cbaca7f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "material_source_id_idx" ON "material" ("source_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "material_revision"
            ADD CONSTRAINT "FK_26c8dffa99419418c3486e7adcd" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material_transition"
            ADD CONSTRAINT "FK_e224b4fd385bb4aba67484320ca" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD CONSTRAINT "FK_bae77da05cb7738f5d4776260d7" FOREIGN KEY ("kind_id") REFERENCES "material_kind"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD CONSTRAINT "FK_74af9e41b36717159e49db81335" FOREIGN KEY ("source_id") REFERENCES "material"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD CONSTRAINT "FK_391e95ee63a158f409680a2f1af" FOREIGN KEY ("working_revision_id") REFERENCES "material_revision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "material"
            ADD CONSTRAINT "FK_94972e4a9214d6ff2453c1b98bf" FOREIGN KEY ("published_revision_id") REFERENCES "material_revision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // Search vector per language: Russian stemming for Russian, plain words for Kyrgyz and English.
    await queryRunner.query(`
            CREATE FUNCTION material_revision_search() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE lang text;
            BEGIN
                SELECT language INTO lang FROM material WHERE id = NEW.material_id;
                NEW.search := setweight(to_tsvector(CASE WHEN lang = 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END, NEW.title), 'A')
                           || to_tsvector(CASE WHEN lang = 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END, NEW.body_text);
                RETURN NEW;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER material_revision_search BEFORE INSERT OR UPDATE OF title, body_text ON "material_revision"
            FOR EACH ROW EXECUTE FUNCTION material_revision_search()
        `);
    await queryRunner.query(`CREATE INDEX "material_revision_search_idx" ON "material_revision" USING gin ("search")`);
    // Approvals and every other step are a permanent record.
    await queryRunner.query(`
            CREATE FUNCTION material_transition_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'material transitions are a permanent record'; END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER material_transition_immutable BEFORE UPDATE OR DELETE ON "material_transition"
            FOR EACH ROW EXECUTE FUNCTION material_transition_immutable()
        `);
    await queryRunner.query(`
            INSERT INTO material_kind (code, structure, names, sort_order) VALUES
              ('talking_points', 'points', '{"ru":"Тезисы","ky":"Тезистер","en":"Talking points"}', 1),
              ('qa', 'qa', '{"ru":"Вопросы и ответы","ky":"Суроолор жана жооптор","en":"Q&A"}', 2),
              ('press_release', 'text', '{"ru":"Пресс-релиз","ky":"Пресс-релиз","en":"Press release"}', 3),
              ('statement', 'text', '{"ru":"Официальное заявление","ky":"Расмий билдирүү","en":"Official statement"}', 4),
              ('brochure', 'text', '{"ru":"Текст брошюры","ky":"Брошюранын тексти","en":"Brochure text"}', 5),
              ('success_story', 'text', '{"ru":"История успеха","ky":"Ийгилик тарыхы","en":"Success story"}', 6),
              ('media_coverage', 'coverage', '{"ru":"Освещение в СМИ","ky":"ЖМКда чагылдырылышы","en":"Media coverage"}', 7)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER material_transition_immutable ON "material_transition"`);
    await queryRunner.query(`DROP FUNCTION material_transition_immutable()`);
    await queryRunner.query(`DROP INDEX "material_revision_search_idx"`);
    await queryRunner.query(`DROP TRIGGER material_revision_search ON "material_revision"`);
    await queryRunner.query(`DROP FUNCTION material_revision_search()`);
    await queryRunner.query(`
            ALTER TABLE "material" DROP CONSTRAINT "FK_94972e4a9214d6ff2453c1b98bf"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP CONSTRAINT "FK_391e95ee63a158f409680a2f1af"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP CONSTRAINT "FK_74af9e41b36717159e49db81335"
        `);
    await queryRunner.query(`
            ALTER TABLE "material" DROP CONSTRAINT "FK_bae77da05cb7738f5d4776260d7"
        `);
    await queryRunner.query(`
            ALTER TABLE "material_transition" DROP CONSTRAINT "FK_e224b4fd385bb4aba67484320ca"
        `);
    await queryRunner.query(`
            ALTER TABLE "material_revision" DROP CONSTRAINT "FK_26c8dffa99419418c3486e7adcd"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_source_id_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "material"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_transition_material_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "material_transition"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_revision_number_key"
        `);
    await queryRunner.query(`
            DROP TABLE "material_revision"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."material_kind_code_key"
        `);
    await queryRunner.query(`
            DROP TABLE "material_kind"
        `);
  }
}
