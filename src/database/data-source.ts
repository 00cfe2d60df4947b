import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { configFromEnvironment } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (npm run migration:*), built from the same options as the app. */
export default new DataSource(dataSourceOptions(configFromEnvironment()));
