// "使用我的当前位置" fills the location field with plain text: the coordinates and their accuracy, which the
// reporter can still edit. Nothing else is sent and no map service is asked.
export interface Coordinates {
  latitude: number;
  longitude: number;
  accuracy: number;
}

export function locationText({ latitude, longitude, accuracy }: Coordinates): string {
  const lat = `${latitude >= 0 ? '北纬' : '南纬'} ${Math.abs(latitude).toFixed(5)}°`;
  const lon = `${longitude >= 0 ? '东经' : '西经'} ${Math.abs(longitude).toFixed(5)}°`;
  const near = Number.isFinite(accuracy) && accuracy > 0 ? `，误差约 ${Math.round(accuracy)} 米` : '';
  return `定位：${lat}，${lon}${near}`;
}
