import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Records which one-time seeds ran, so a restart never loads demo data twice. */
@Entity('seed_run')
export class SeedRunEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'ran_at', type: 'timestamptz' })
  ranAt: Date;
}
