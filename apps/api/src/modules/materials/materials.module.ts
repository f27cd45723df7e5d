import { Module } from '@nestjs/common';
import { MaterialsResolver } from './materials.resolver.js';
import { MaterialsService } from './materials.service.js';

@Module({ providers: [MaterialsService, MaterialsResolver] })
export class MaterialsModule {}
