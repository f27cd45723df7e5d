import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window request counter per bucket (`user:<id>`, `user:<id>:expensive`, `ip:<address>`), shared by
 * every API instance. The table is UNLOGGED (see the migration): losing the counters in a crash only resets the
 * limits, and skipping the write-ahead log keeps the per-request upsert cheap.
 */
@Entity('rate_limit_counter')
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'rate_limit_counter_pkey' })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz', primaryKeyConstraintName: 'rate_limit_counter_pkey' })
  windowStart: Date;

  @Column({ type: 'integer' })
  count: number;
}
