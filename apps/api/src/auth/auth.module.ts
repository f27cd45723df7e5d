import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InviteEntity } from '../modules/users/invite.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { AuthHousekeepingService } from './auth-housekeeping.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { RecoveryCodeEntity } from './second-factor/recovery-code.entity.js';
import { SecondFactorResolver } from './second-factor/second-factor.resolver.js';
import { SecondFactorService } from './second-factor/second-factor.service.js';
import { TotpSecretEntity } from './second-factor/totp-secret.entity.js';
import { SessionEntity } from './session.entity.js';
import { SessionsService } from './sessions.service.js';
import { MySessionsResolver } from './sessions/my-sessions.resolver.js';
import { MySessionsService } from './sessions/my-sessions.service.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SessionEntity,
      LoginAttemptEntity,
      UserEntity,
      InviteEntity,
      TotpSecretEntity,
      RecoveryCodeEntity,
    ]),
  ],
  providers: [
    AuthHousekeepingService,
    SessionsService,
    PasswordService,
    LoginThrottleService,
    AuthService,
    AuthResolver,
    SecondFactorService,
    SecondFactorResolver,
    MySessionsService,
    MySessionsResolver,
  ],
  exports: [SessionsService, PasswordService],
})
export class AuthModule {}
