import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../modules/users/user.model.js';

@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field({ description: 'The CASL rules of this user, JSON-encoded, for the web app to hide what they cannot do.' })
  abilityRules: string;

  @Field({ description: 'Whether the user signs in with an authenticator app.' })
  twoFactorEnabled: boolean;

  @Field({
    description: 'Whether their roles need it: until enrolled, they cannot approve or administer.',
  })
  twoFactorRequired: boolean;
}
