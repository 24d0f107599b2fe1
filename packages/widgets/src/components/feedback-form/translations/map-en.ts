import type { FeedbackFormMapStrings } from '../feedback-form.translations.js';

/** English: the strings of the form's map (loaded with the map). */
const en: { feedbackFormMap: FeedbackFormMapStrings } = {
  feedbackFormMap: {
    mapLabel:
      'Map for choosing the location. Use the arrow keys to pan, + and − to zoom, Enter to pick the map centre.',
    chosenPoint: 'Chosen location',
  },
};

export default en;
