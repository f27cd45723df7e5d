import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contact search over one trigger-maintained column, trigram-indexed, instead of an OR across columns. */
export class ContactSearchText1795529900000 implements MigrationInterface {
  name = 'ContactSearchText1795529900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact" ADD "search_text" text`);
    await queryRunner.query(`
      CREATE FUNCTION contact_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := lower(concat_ws(' ', NEW.name, NEW.position,
          array_to_string(NEW.emails, ' '), array_to_string(NEW.phones, ' ')));
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER contact_search_text BEFORE INSERT OR UPDATE OF name, position, emails, phones ON "contact"
      FOR EACH ROW EXECUTE FUNCTION contact_search_text()`);
    await queryRunner.query(`UPDATE "contact" SET name = name`);
    await queryRunner.query(`DROP INDEX "contact_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "contact_position_trgm_idx"`);
    await queryRunner.query(
      `CREATE INDEX "contact_search_text_trgm_idx" ON "contact" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "organization_name_trgm_idx" ON "organization" USING gin ("name" gin_trgm_ops, "short_name" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "organization_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "contact_search_text_trgm_idx"`);
    await queryRunner.query(`CREATE INDEX "contact_name_trgm_idx" ON "contact" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "contact_position_trgm_idx" ON "contact" USING gin ("position" gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP TRIGGER contact_search_text ON "contact"`);
    await queryRunner.query(`DROP FUNCTION contact_search_text()`);
    await queryRunner.query(`ALTER TABLE "contact" DROP COLUMN "search_text"`);
  }
}
