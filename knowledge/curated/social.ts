/**
 * Poverty-household recognition. Both procedures are asked for as "hộ
 * nghèo"; the annual review is the usual one, the in-year one is for a
 * family whose situation changed.
 */
import { requestForm } from './hints';
import type { CuratedInput } from './types';

export const social: CuratedInput[] = [
  {
    code: '1.011606',
    plainTitle: 'Công nhận hộ nghèo, hộ cận nghèo (rà soát cuối năm)',
    englishTitle: 'Poor or near-poor household recognition (annual review)',
    popularity: 39,
    uploadHints: {
      d1: requestForm('giấy đề nghị rà soát hộ nghèo, hộ cận nghèo (Mẫu số 01)', 'the poor-household review request (form 01)'),
    },
    aliases: [
      'hộ nghèo',
      'ho ngheo',
      'hộ cận nghèo',
      'ho can ngheo',
      'xin hộ nghèo',
      'xin ho ngheo',
      'đăng ký hộ nghèo',
      'công nhận hộ nghèo',
      'cong nhan ho ngheo',
      'xin hộ cận nghèo',
      'rà soát hộ nghèo cuối năm',
      'bình xét hộ nghèo',
      'thoát nghèo',
      'hộ thoát nghèo',
      'thoát cận nghèo',
      'sổ hộ nghèo',
      'giấy chứng nhận hộ nghèo',
      'nhà khó khăn xin hỗ trợ',
      'poor household',
      'near-poor household',
      'poverty certificate',
      'đăng ký hộ cận nghèo',
      'làm hộ nghèo',
      'xin làm hộ nghèo',
      'công nhận hộ cận nghèo',
    ],
  },
  {
    code: '1.011607',
    plainTitle: 'Xin công nhận hộ nghèo, cận nghèo trong năm (khi gặp khó khăn)',
    englishTitle: 'Poor or near-poor household recognition during the year',
    popularity: 51,
    uploadHints: {
      d1: requestForm('giấy đề nghị rà soát hộ nghèo, hộ cận nghèo (Mẫu số 01)', 'the poor-household review request (form 01)'),
    },
    aliases: [
      'xin hộ nghèo giữa năm',
      'hộ nghèo phát sinh',
      'hộ nghèo thường xuyên',
      'ho ngheo thuong xuyen',
      'mới gặp khó khăn xin hộ nghèo',
      'gia đình bị tai nạn xin hộ nghèo',
      'ốm đau nặng xin cận nghèo',
      'xin cận nghèo trong năm',
      'công nhận hộ cận nghèo thường xuyên',
      'poor household recognition during the year',
    ],
  },
];
