import { defineElement } from '../../internal/define.js';
import { ShpCommuneInfo } from './commune-info.component.js';

export * from './commune-info.component.js';

defineElement('shp-commune-info', ShpCommuneInfo);

declare global {
  interface HTMLElementTagNameMap {
    'shp-commune-info': ShpCommuneInfo;
  }
}
