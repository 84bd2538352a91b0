package io.ismsflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.Variable;
import io.ismsflow.web.ConflictException;
import io.ismsflow.web.ServiceUnavailableException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The task inbox on Camunda user tasks, through the orchestration cluster's REST API (Camunda 8.8), as a real cluster
 * answers it: searches page by cursor and are eventually consistent, commands are strongly consistent and answer 404
 * for a task that is gone and 409 for one someone else holds or that is between states.
 */
@Component
class CamundaTaskInbox implements TaskInbox {

    private static final int PAGE_SIZE = 200;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;

    /** A task in these states is open: the transitional ones pass while a task listener runs, and may come back to CREATED. */
    private static final List<UserTaskState> OPEN = List.of(UserTaskState.CREATING, UserTaskState.CREATED,
            UserTaskState.ASSIGNING, UserTaskState.UPDATING, UserTaskState.COMPLETING);

    private final CamundaClient camunda;
    private final ObjectMapper json;
    /** A deployed form version never changes, and a cluster holds few: each is read once. */
    private final Map<Long, String> formsByKey = new ConcurrentHashMap<>();

    CamundaTaskInbox(CamundaClient camunda, ObjectMapper json) {
        this.camunda = camunda;
        this.json = json;
    }

    @Override
    public List<UserTask> list(TaskQuery query) {
        return allPages(cursor -> send(null, () -> camunda.newUserTaskSearchRequest()
                .filter(filter -> {
                    filter.state(state -> state.in(OPEN));
                    if (query.candidateGroup() != null) {
                        filter.candidateGroup(query.candidateGroup());
                    }
                    if (query.assignee() != null) {
                        filter.assignee(query.assignee());
                    }
                })
                .sort(sort -> sort.creationDate().asc())
                .page(page -> page.limit(PAGE_SIZE).after(cursor))
                .send().join()))
                .stream().map(CamundaTaskInbox::toUserTask).toList();
    }

    @Override
    public Optional<TaskDetails> find(long taskKey) {
        io.camunda.client.api.search.response.UserTask task;
        try {
            task = send(taskKey, () -> camunda.newUserTaskGetRequest(taskKey).send().join());
        } catch (TaskNotFoundException e) {
            return Optional.empty();
        }
        if (!OPEN.contains(task.getState())) {
            return Optional.empty();
        }
        return Optional.of(new TaskDetails(toUserTask(task), formOf(task), variablesOf(taskKey)));
    }

    @Override
    public void claim(long taskKey, String user) {
        try {
            send(taskKey, () -> camunda.newAssignUserTaskCommand(taskKey).assignee(user).allowOverride(false).send().join());
        } catch (ClientHttpException e) {
            if (e.code() != CONFLICT) {
                throw e;
            }
            var task = send(taskKey, () -> camunda.newUserTaskGetRequest(taskKey).send().join());
            if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
                throw new TaskAlreadyClaimedException(taskKey, task.getAssignee());
            }
            throw new ConflictException("Task %d is changing in Camunda (%s); try again in a moment".formatted(taskKey, task.getState()));
        }
    }

    @Override
    public void unclaim(long taskKey) {
        send(taskKey, () -> camunda.newUnassignUserTaskCommand(taskKey).send().join());
    }

    @Override
    public void complete(long taskKey, Map<String, Object> variables) {
        try {
            send(taskKey, () -> camunda.newCompleteUserTaskCommand(taskKey).variables(variables).send().join());
        } catch (ClientHttpException e) {
            if (e.code() != CONFLICT) {
                throw e;
            }
            throw new ConflictException("Camunda did not complete task %d: %s".formatted(taskKey, detail(e)));
        }
    }

    /**
     * Sends a request about one task (or a search, without a key): a task that is gone (404) is not found; a refusal of
     * the app's own client (401, 403) is a fault of the set-up, not of the person, and said as such. A 409 is left to
     * the command, which knows what it means.
     */
    private static <T> T send(Long taskKey, Supplier<T> request) {
        try {
            return request.get();
        } catch (ClientHttpException e) {
            if (e.code() == NOT_FOUND && taskKey != null) {
                throw new TaskNotFoundException(taskKey);
            }
            if (e.code() == UNAUTHORIZED || e.code() == FORBIDDEN) {
                throw new ServiceUnavailableException(("Camunda refused ISMS Flow's client (%d): %s. An administrator gives the app's client"
                        + " access to user tasks: camunda.client.auth.* in the app, and the client's authorizations in the cluster")
                        .formatted(e.code(), detail(e)));
            }
            throw e;
        }
    }

    private String formOf(io.camunda.client.api.search.response.UserTask task) {
        if (task.getFormKey() == null) {
            return FormSchema.NO_FIELDS;
        }
        return formsByKey.computeIfAbsent(task.getFormKey(), key -> {
            Form form = send(task.getUserTaskKey(), () -> camunda.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join());
            if (form == null || form.getSchema() == null) {
                return FormSchema.NO_FIELDS;
            }
            return form.getSchema() instanceof String text ? text : toJson(form.getSchema());
        });
    }

    /**
     * Every variable the task sees. The search answers each scope on the task's path, so a name set at process scope
     * and again inside a sub-process comes twice: the innermost wins, as in the engine. Element instances of one
     * process instance are keyed in creation order on their partition, so the innermost scope has the highest key.
     */
    private Map<String, Object> variablesOf(long taskKey) {
        Map<String, Variable> innermost = new HashMap<>();
        for (Variable variable : allPages(cursor -> send(taskKey, () -> camunda.newUserTaskVariableSearchRequest(taskKey).withFullValues()
                .page(page -> page.limit(PAGE_SIZE).after(cursor)).send().join()))) {
            innermost.merge(variable.getName(), variable, (seen, next) -> next.getScopeKey() > seen.getScopeKey() ? next : seen);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        innermost.values().stream().sorted(Comparator.comparing(Variable::getName))
                .forEach(variable -> variables.put(variable.getName(), parse(variable.getValue())));
        return variables;
    }

    /** Follows the search's cursor to the last page: a page holds at most {@link #PAGE_SIZE} items. */
    private static <T> List<T> allPages(Function<String, SearchResponse<T>> pageAfter) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        while (true) {
            SearchResponse<T> page = pageAfter.apply(cursor);
            items.addAll(page.items());
            cursor = page.page().endCursor();
            Long total = page.page().totalItems();
            boolean totalIsExact = !Boolean.TRUE.equals(page.page().hasMoreTotalItems());
            if (page.items().size() < PAGE_SIZE || cursor == null || (totalIsExact && total != null && items.size() >= total)) {
                return items;
            }
        }
    }

    private static String detail(ClientHttpException e) {
        return e instanceof ProblemException problem && problem.details() != null && problem.details().getDetail() != null
                ? problem.details().getDetail() : e.reason();
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
