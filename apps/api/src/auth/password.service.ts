import { Inject, Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { fieldError } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

@Injectable()
export class PasswordService {
  private dummyHash?: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'passwordHashCost'>) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.config.passwordHashCost });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    // Without a hash, still spend the time of a verification so timing does not reveal unknown accounts.
    this.dummyHash ??= this.hash('timing-equaliser-password');
    const target = hash ?? (await this.dummyHash);
    const ok = await argon2.verify(target, password).catch(() => false);
    return hash !== null && ok;
  }

  /** ASVS 2.1: at least 12 characters, at most 128, not the e-mail address. */
  assertAcceptable(field: string, password: string, email: string): void {
    if (password.length < PASSWORD_MIN) {
      throw fieldError(field, 'passwordTooShort', `must be at least ${PASSWORD_MIN} characters`);
    }
    if (password.length > PASSWORD_MAX) {
      throw fieldError(field, 'passwordTooLong', `must be at most ${PASSWORD_MAX} characters`);
    }
    if (password.trim().toLowerCase() === email.toLowerCase()) {
      throw fieldError(field, 'passwordIsEmail', 'must not be the e-mail address');
    }
  }
}
