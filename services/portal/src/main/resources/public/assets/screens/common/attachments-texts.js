// Texts of the attachments panel (proposals, field experiments, fund applications and final reports, declaration
// evidence), Japanese first.

import { addTexts } from '../../i18n.js';

addTexts({
  ja: {
    'attachments.heading': '添付ファイル',
    'attachments.none': '添付ファイルはありません。',
    'attachments.file': 'ファイル',
    'attachments.size': 'サイズ',
    'attachments.uploadedAt': '登録日時',
    'attachments.uploadedBy': '登録者',
    'attachments.actions': '操作',
    'attachments.choose': '添付するファイル（PDF、Word・Excel・PowerPoint、画像）',
    'attachments.upload': 'アップロード',
    'attachments.uploaded': (name) => `「${name}」を添付しました。`,
    'attachments.download': 'ダウンロード',
    'attachments.remove': '削除',
    'attachments.removed': (name) => `「${name}」を削除しました。`,
    'attachments.confirmRemove': (name) => `「${name}」を削除しますか？`,
    'attachments.pick': 'ファイルを選んでください。',
  },
  en: {
    'attachments.heading': 'Attachments',
    'attachments.none': 'No files attached.',
    'attachments.file': 'File',
    'attachments.size': 'Size',
    'attachments.uploadedAt': 'Uploaded',
    'attachments.uploadedBy': 'By',
    'attachments.actions': 'Actions',
    'attachments.choose': 'File to attach (PDF, Word, Excel, PowerPoint, picture)',
    'attachments.upload': 'Upload',
    'attachments.uploaded': (name) => `"${name}" attached.`,
    'attachments.download': 'Download',
    'attachments.remove': 'Remove',
    'attachments.removed': (name) => `"${name}" removed.`,
    'attachments.confirmRemove': (name) => `Remove "${name}"?`,
    'attachments.pick': 'Choose a file.',
  },
});
