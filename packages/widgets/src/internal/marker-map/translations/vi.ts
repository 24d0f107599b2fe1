import type { MarkerMapStrings } from '../marker-map.translations.js';

/** Vietnamese (NFC): the shared marker map's strings, MapLibre's included. */
const vi: { markerMap: MarkerMapStrings } = {
  markerMap: {
    mapLabel: 'Bản đồ. Dùng phím mũi tên để di chuyển, + và − để phóng to, thu nhỏ.',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    resetBearing: 'Đặt lại hướng bắc',
    toggleAttribution: 'Hiện hoặc ẩn nguồn dữ liệu bản đồ',
    mapFeedback: 'Góp ý về bản đồ',
    marker: 'Điểm đánh dấu trên bản đồ',
    closePopup: 'Đóng',
    loading: 'Đang tải bản đồ…',
    error: 'Không tải được bản đồ.',
    markersError: 'Không tải được dữ liệu cho vùng bản đồ này.',
    pickHint: 'Nhấn vào vị trí trên bản đồ, hoặc di chuyển bản đồ bằng bàn phím rồi nhấn Enter để chọn tâm bản đồ.',
    pickCentre: 'Chọn tâm bản đồ',
    pickCancel: 'Hủy',
    picked: 'Đã chọn vị trí {lat}, {lon}.',
  },
};

export default vi;
