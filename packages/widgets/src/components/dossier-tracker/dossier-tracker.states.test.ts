import { dataWidgetStates } from '../../../test/data-widget-states.js';
import './dossier-tracker.js';

const UNKNOWN = '000.11.140.H26-261130-9999';

dataWidgetStates({
  tag: 'shp-dossier-tracker',
  // A sample dossier of the sandbox, opened by the code attribute.
  attrs: async () => {
    const samples = (await (await fetch('/sandbox/samples')).json()) as { dossiers: { code: string }[] };
    return `code="${samples.dossiers[0]!.code}" hide-mine`;
  },
  content: '[part~="dossier"]',
  // The tracker's "nothing to show" is a well-formed code that matches nothing (no Retry: retrying cannot help).
  empty: {
    attrs: `code="${UNKNOWN}" hide-mine`,
    part: 'error',
    message: `Không tìm thấy hồ sơ hoặc phản ánh có mã ${UNKNOWN}. Vui lòng kiểm tra lại từng ký tự.`,
  },
});
