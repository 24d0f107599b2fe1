// The portal's only script (a module file: the page's CSP allows script-src 'self', nothing
// inline). When a citizen picks a point on the feedback map ("Phản ánh tại đây"), the
// feedback form gets that location and commune, and the citizen is taken to it.
const form = document.querySelector('shp-feedback-form');

document.addEventListener('shp-feedback-map-pick', (event) => {
  if (!form) return;
  const { lat, lon, unitCode } = event.detail;
  form.location = { lat, lon };
  if (unitCode) form.unit = unitCode;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  form.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
  form.focus({ preventScroll: true });
});
