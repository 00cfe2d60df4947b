import { pinyin } from 'pinyin-pro';

/** 生育登记 → SYDJ: what a clerk types to find an item. Latin letters and digits are kept as they are. */
export function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
}
