package io.ismsflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Variable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The task inbox on Camunda user tasks, through the orchestration cluster's REST API (Camunda 8.8). */
@Component
class CamundaTaskInbox implements TaskInbox {

    private static final int NOT_FOUND = 404;
    private static final int PAGE_SIZE = 200;

    private final CamundaClient camunda;
    private final ObjectMapper json;

    CamundaTaskInbox(CamundaClient camunda, ObjectMapper json) {
        this.camunda = camunda;
        this.json = json;
    }

    @Override
    public List<UserTask> list(TaskQuery query) {
        return camunda.newUserTaskSearchRequest()
                .filter(filter -> {
                    filter.state(UserTaskState.CREATED);
                    if (query.candidateGroup() != null) {
                        filter.candidateGroup(query.candidateGroup());
                    }
                    if (query.assignee() != null) {
                        filter.assignee(query.assignee());
                    }
                })
                .sort(sort -> sort.creationDate().asc())
                .page(page -> page.limit(PAGE_SIZE))
                .send().join()
                .items().stream()
                .map(CamundaTaskInbox::toUserTask)
                .toList();
    }

    @Override
    public Optional<TaskDetails> find(long taskKey) {
        io.camunda.client.api.search.response.UserTask task;
        try {
            task = camunda.newUserTaskGetRequest(taskKey).send().join();
        } catch (ProblemException e) {
            if (e.code() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        if (task.getState() != UserTaskState.CREATED) {
            return Optional.empty();
        }
        Object schema = camunda.newUserTaskGetFormRequest(taskKey).send().join().getSchema();
        String form = schema instanceof String text ? text : toJson(schema);
        return Optional.of(new TaskDetails(toUserTask(task), form, variablesOf(taskKey)));
    }

    @Override
    public void claim(long taskKey, String user) {
        camunda.newAssignUserTaskCommand(taskKey).assignee(user).allowOverride(false).send().join();
    }

    @Override
    public void unclaim(long taskKey) {
        camunda.newUnassignUserTaskCommand(taskKey).send().join();
    }

    @Override
    public void complete(long taskKey, Map<String, Object> variables) {
        camunda.newCompleteUserTaskCommand(taskKey).variables(variables).send().join();
    }

    private Map<String, Object> variablesOf(long taskKey) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (Variable variable : camunda.newUserTaskVariableSearchRequest(taskKey).withFullValues()
                .page(page -> page.limit(PAGE_SIZE)).send().join().items()) {
            variables.put(variable.getName(), parse(variable.getValue()));
        }
        return variables;
    }

    private Object parse(String value) {
        try {
            return json.readValue(value, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Camunda returned a variable that is not JSON: " + value, e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a form schema as JSON", e);
        }
    }

    private static UserTask toUserTask(io.camunda.client.api.search.response.UserTask task) {
        return new UserTask(task.getUserTaskKey(), task.getName(), task.getBpmnProcessId(), task.getProcessInstanceKey(),
                task.getElementId(), task.getAssignee(), task.getCandidateGroups() == null ? List.of() : task.getCandidateGroups(),
                task.getCreationDate(), task.getDueDate());
    }
}
