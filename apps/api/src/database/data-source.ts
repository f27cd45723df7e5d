// Data source for the TypeORM CLI (migration:generate / run / show), run against the compiled output.
import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set for the TypeORM CLI');

export default new DataSource(typeormOptions(url));
