import { addPhotos } from './photo-checks';

const MB = 1024 * 1024;
const photo = (name: string, size = 200 * 1024, type = 'image/jpeg') => ({ name, size, type });

describe('addPhotos', () => {
  it('keeps jpeg, png and webp photos up to 5 MB', () => {
    const picked = [photo('a.jpg'), photo('b.png', 5 * MB, 'image/png'), photo('c.webp', 1, 'image/webp')];
    expect(addPhotos([], picked)).toEqual({ photos: picked, problems: [] });
  });

  it('refuses other types, larger files and empty ones, keeping the rest', () => {
    const { photos, problems } = addPhotos([], [photo('doc.pdf', 1000, 'application/pdf'), photo('big.jpg', 5 * MB + 1), photo('ok.jpg'), photo('zero.png', 0, 'image/png'), photo('iphone.heic', 1000, 'image/heic')]);
    expect(photos.map((p) => p.name)).toEqual(['ok.jpg']);
    expect(problems).toEqual([
      '「doc.pdf」不是 JPG、PNG 或 WebP 格式的照片',
      '「big.jpg」有 5.0 MB，每张照片不能超过 5.0 MB',
      '「zero.png」是空文件',
      '「iphone.heic」不是 JPG、PNG 或 WebP 格式的照片',
    ]);
  });

  it('stops at 3, counting the photos already there', () => {
    const { photos, problems } = addPhotos([photo('1.jpg'), photo('2.jpg')], [photo('3.jpg'), photo('4.jpg'), photo('5.jpg')]);
    expect(photos.map((p) => p.name)).toEqual(['1.jpg', '2.jpg', '3.jpg']);
    expect(problems).toEqual(['最多上传 3 张照片，已忽略多选的 2 张']);
  });

  it('does not change the list it was given', () => {
    const current = [photo('1.jpg')];
    addPhotos(current, [photo('2.jpg')]);
    expect(current).toHaveLength(1);
  });
});
