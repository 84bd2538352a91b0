// Draws the process of the record on its page with bpmn-js: steps done in green, the open ones highlighted.
(async function () {
  const container = document.getElementById('process-diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  const response = await fetch('/processes/' + encodeURIComponent(container.dataset.process) + '.bpmn');
  if (!response.ok) {
    container.textContent = 'The process model could not be loaded.';
    return;
  }
  const viewer = new BpmnJS({ container: container });
  try {
    await viewer.importXML(await response.text());
  } catch (e) {
    container.textContent = 'The process model could not be drawn.';
    return;
  }
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const mark = (ids, marker) => (ids || '').split(',').filter(Boolean).forEach(id => {
    if (registry.get(id)) {
      canvas.addMarker(id, marker);
    }
  });
  mark(container.dataset.completed, 'step-done');
  mark(container.dataset.active, 'step-open');
  canvas.zoom('fit-viewport');
})();
