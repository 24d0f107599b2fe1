import { defineElement } from '../../internal/define.js';
import { ShpDossierTracker } from './dossier-tracker.component.js';

export * from './dossier-tracker.component.js';

defineElement('shp-dossier-tracker', ShpDossierTracker);

declare global {
  interface HTMLElementTagNameMap {
    'shp-dossier-tracker': ShpDossierTracker;
  }
}
