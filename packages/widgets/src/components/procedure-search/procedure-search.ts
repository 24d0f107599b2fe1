import { defineElement } from '../../internal/define.js';
import { ShpProcedureSearch } from './procedure-search.component.js';

export * from './procedure-search.component.js';

defineElement('shp-procedure-search', ShpProcedureSearch);

declare global {
  interface HTMLElementTagNameMap {
    'shp-procedure-search': ShpProcedureSearch;
  }
}
