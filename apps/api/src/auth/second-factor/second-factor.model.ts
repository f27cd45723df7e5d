import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TwoFactorEnrolment')
export class TwoFactorEnrolmentModel {
  @Field({ description: 'The secret in Base32, for typing into an authenticator app by hand.' })
  secret: string;

  @Field({ description: 'The otpauth:// URI the QR code holds.' })
  otpauthUri: string;

  @Field({ description: 'The QR code of the URI as a PNG data URL.' })
  qrCode: string;
}
