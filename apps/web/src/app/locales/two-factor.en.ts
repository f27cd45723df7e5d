import type { twoFactorRu } from './two-factor.ru';

/** Texts of two-factor sign-in, merged into `en`. */
export const twoFactorEn: typeof twoFactorRu = {
  twoFactor: {
    title: 'Sign-in with an app code',
    status: 'Sign-in with a code',
    on: 'On',
    off: 'Not set up',
    setUp: 'Set up',
    requiredNotice:
      'Your role lets you approve texts in the name of the ministry or administer the portal. Until you set up sign-in with an app code, you cannot do either.',
    optionalIntro:
      'Besides your password, the portal will ask at sign-in for a six-digit code from an authenticator app on your phone.',
    start: 'Start',
    scan: 'Scan the QR code with an authenticator app (for example Google Authenticator, Microsoft Authenticator, FreeOTP).',
    secretHint: 'Cannot scan it? Type this key into the app:',
    qrAlt: 'QR code for the authenticator app',
    code: 'Code from the app',
    codeHint: 'Six digits; the code changes every 30 seconds.',
    confirm: 'Confirm',
    enabled: 'Sign-in with a code is on.',
    recoveryTitle: 'Recovery codes',
    recoveryIntro:
      'If your phone is not at hand, sign in with one of these codes instead of the app code. Each code works once. Keep them somewhere safe: they will not be shown again.',
    continue: 'I have saved the codes, continue',
    signInCode: 'Code from the app or a recovery code',
    signInCodeHint: 'Open the authenticator app on your phone.',
    codeRequired: 'Enter the code from the app.',
    reset: 'Reset sign-in with a code',
    resetConfirm:
      'Reset sign-in with a code for {{name}}? Their sessions end, and they set up a code again at their next sign-in.',
    resetDone: 'Sign-in with a code has been reset.',
  },
  sessions: {
    title: 'Where you are signed in',
    current: 'This session',
    unknownDevice: 'Unknown device',
    place: 'Address {{ip}}',
    lastSeen: 'last active',
    signOut: 'Sign out of this session',
    signOutOthers: 'Sign out everywhere else',
    history: 'Sign-in history',
    succeeded: 'signed in',
    failed: 'failed attempt',
  },
};
