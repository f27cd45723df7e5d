import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimitCounter1795630000000 implements MigrationInterface {
  name = 'RateLimitCounter1795630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // UNLOGGED: counters are worth nothing after a crash, and skipping the WAL keeps each request's upsert cheap.
    await queryRunner.query(`
            CREATE UNLOGGED TABLE "rate_limit_counter" (
                "key" text NOT NULL,
                "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
                "count" integer NOT NULL,
                CONSTRAINT "rate_limit_counter_pkey" PRIMARY KEY ("key", "window_start")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "rate_limit_counter"
        `);
  }
}
