import type { FeedbackFormMapStrings } from '../feedback-form.translations.js';

/** Vietnamese (NFC): the strings of the form's map (loaded with the map). */
const vi: { feedbackFormMap: FeedbackFormMapStrings } = {
  feedbackFormMap: {
    mapLabel:
      'Bản đồ chọn vị trí. Dùng phím mũi tên để di chuyển, + và − để phóng to, thu nhỏ, Enter để chọn tâm bản đồ.',
    chosenPoint: 'Vị trí đã chọn',
  },
};

export default vi;
