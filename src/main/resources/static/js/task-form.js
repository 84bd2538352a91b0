// Renders a task's Camunda Form with form-js, and completes the task with what the person entered.
// The server checks the submission again; its problems are shown next to the fields they name.
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

  const fieldIds = {};
  (function collect(component) {
    if (component.key) fieldIds[component.key] = component.id;
    (component.components || []).forEach(collect);
  })(schema);

  function showProblems(errors) {
    const list = document.getElementById('problems');
    list.innerHTML = '';
    const byField = {};
    errors.forEach(({ field, message }) => {
      const id = fieldIds[field];
      if (id) {
        byField[id] = [message];
      }
      const item = document.createElement('li');
      item.textContent = field + ': ' + message;
      list.appendChild(item);
    });
    form._setState({ errors: byField });
  }

  form.on('submit', async ({ data, errors }) => {
    if (Object.keys(errors).length > 0) {
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
    showProblems(problem.errors || [{ field: 'task', message: problem.detail }]);
  });

  const complete = document.getElementById('complete');
  if (complete) {
    complete.addEventListener('click', () => form.submit());
  }
})();
