// Texts of single sign-on (the city's identity provider) on the sign-in screen, Japanese first.

import { addTexts } from '../../i18n.js';

addTexts({
  ja: {
    'sso.or': 'または',
    'sso.button': '組織のアカウントでログイン（シングルサインオン）',
    'sso.heading': 'シングルサインオン',
    'sso.working': 'ログインしています…',
    'sso.failed': 'シングルサインオンでログインできませんでした。もう一度お試しください。',
    'sso.sso_rejected': '認証サーバーからの応答を確認できなかったため、ログインできませんでした。もう一度お試しください。',
    'sso.sso_no_role': 'このアカウントには kyoso を利用する役割が割り当てられていません。所属の管理者にお問い合わせください。',
    'sso.sso_no_department': 'このアカウントの所属部署が kyoso に登録されていません。事務局にお問い合わせください。',
    'sso.disabled': 'このアカウントは停止されています。事務局にお問い合わせください。',
    'sso.again': 'ログイン画面に戻る',
  },
  en: {
    'sso.or': 'or',
    'sso.button': 'Sign in with your organisation account (single sign-on)',
    'sso.heading': 'Single sign-on',
    'sso.working': 'Signing in…',
    'sso.failed': 'Single sign-on did not succeed. Please try again.',
    'sso.sso_rejected': 'The identity provider\'s answer could not be verified, so you were not signed in. Please try again.',
    'sso.sso_no_role': 'This account has no role in kyoso. Please ask your administrator.',
    'sso.sso_no_department': 'This account\'s department is not registered in kyoso. Please contact the secretariat.',
    'sso.disabled': 'This account is deactivated. Please contact the secretariat.',
    'sso.again': 'Back to sign-in',
  },
});
