// Renders a task's Camunda Form with form-js, and completes the task with what the person entered.
// The server checks the submission again; its problems are shown next to the fields they name, with their labels.
(async function () {
  const page = document.getElementById('task');
  const schema = JSON.parse(document.getElementById('task-form-schema').textContent);
  const variables = JSON.parse(document.getElementById('task-variables').textContent);
  const readOnly = page.dataset.readOnly === 'true';
  // No input debounce: what a person typed is in the form's data when they press "Complete task" right away.
  const form = new FormViewer.Form({ container: document.getElementById('form'), debounce: false });
  await form.importSchema(schema, variables);
  if (readOnly) {
    form.setProperty('readOnly', true);
  }

  const fields = {};
  (function collect(component) {
    if (component.key) fields[component.key] = { id: component.id, label: component.label || component.key };
    (component.components || []).forEach(collect);
  })(schema);

  /** "plannedActions[1].owner" reads "Owner (row 2 of Planned actions)"; a field of the form by its label. */
  function labelOf(field) {
    const row = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(field);
    if (row && fields[row[3]]) {
      return fields[row[3]].label + ' (row ' + (Number(row[2]) + 1) + ' of ' + (fields[row[1]] ? fields[row[1]].label : row[1]) + ')';
    }
    return fields[field] ? fields[field].label : null;
  }

  function showProblems(errors) {
    const box = document.getElementById('problems');
    box.innerHTML = '';
    const heading = document.createElement('p');
    heading.textContent = 'The task was not completed:';
    const list = document.createElement('ul');
    const byField = {};
    errors.forEach(({ field, message }) => {
      const label = labelOf(field);
      if (fields[field]) {
        byField[fields[field].id] = [message];
      }
      const item = document.createElement('li');
      item.textContent = label ? label + ': ' + message : message;
      list.appendChild(item);
    });
    box.append(heading, list);
    box.hidden = false;
    form._setState({ errors: byField });
    box.scrollIntoView({ behavior: 'smooth', block: 'center' });
    box.focus({ preventScroll: true });
  }

  form.on('submit', async ({ data, errors }) => {
    if (Object.keys(errors).length > 0) {
      const first = document.querySelector('#form .fjs-has-errors');
      if (first) first.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
    const csrfToken = document.querySelector('meta[name="_csrf"]').content;
    const response = await fetch('/api/tasks/' + page.dataset.taskKey + '/complete', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [csrfHeader]: csrfToken },
      body: JSON.stringify(data)
    });
    if (response.status === 204) {
      window.location.href = '/tasks?completed=' + encodeURIComponent(page.dataset.taskName);
      return;
    }
    const problem = await response.json().catch(() => ({ detail: 'The task could not be completed (' + response.status + ')' }));
    showProblems(problem.errors || [{ field: '', message: problem.detail }]);
  });

  const complete = document.getElementById('complete');
  if (complete) {
    complete.addEventListener('click', () => form.submit());
  }

  // A reassessment shows the levels the matrix gives while the owner types.
  const riskPanel = document.getElementById('risk-panel');
  const live = document.getElementById('live-level');
  if (riskPanel && live && fields.likelihood && fields.residualLikelihood) {
    const matrix = JSON.parse(riskPanel.dataset.matrix);
    const show = (data) => {
      const inherent = matrix[data.likelihood + '-' + data.impact];
      const residual = matrix[data.residualLikelihood + '-' + data.residualImpact];
      if (!inherent && !residual) {
        live.hidden = true;
        return;
      }
      live.innerHTML = '';
      const add = (text, cell) => {
        const part = document.createElement('span');
        part.textContent = text + ': ';
        const level = document.createElement('span');
        level.className = 'level ' + (cell ? cell.css : '');
        level.textContent = cell ? cell.level : '—';
        part.appendChild(level);
        live.appendChild(part);
      };
      live.appendChild(document.createTextNode('As entered — '));
      add('inherent', inherent);
      live.appendChild(document.createTextNode(', '));
      add('residual', residual);
      if (residual) {
        live.appendChild(document.createTextNode(residual.withinAppetite ? ' (within the appetite)' : ' (above the appetite: the ISMS manager must accept it)'));
      }
      live.hidden = false;
    };
    show(variables);
    form.on('changed', ({ data }) => show(data));
  }
})();
