import { locationText } from './location-text';

describe('locationText', () => {
  it('writes the coordinates in Chinese with their accuracy', () => {
    expect(locationText({ latitude: 39.9087123, longitude: 116.3974749, accuracy: 18.4 })).toBe('定位：北纬 39.90871°，东经 116.39747°，误差约 18 米');
  });

  it('names the hemispheres and leaves out an unknown accuracy', () => {
    expect(locationText({ latitude: -33.8688, longitude: -70.6693, accuracy: Number.NaN })).toBe('定位：南纬 33.86880°，西经 70.66930°');
  });
});
