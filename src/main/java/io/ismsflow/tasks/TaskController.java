package io.ismsflow.tasks;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.ismsflow.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tasks", description = "The task list: open user tasks with their Camunda Forms; claim, complete, hand on")
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final Tasks tasks;

    TaskController(Tasks tasks) {
        this.tasks = tasks;
    }

    record TaskView(UserTask task, @JsonRawValue String form, Map<String, Object> variables) {
    }

    @GetMapping
    List<UserTask> list(@RequestParam(required = false) String candidateGroup, @RequestParam(required = false) String assignee) {
        return tasks.list(new TaskQuery(candidateGroup, assignee));
    }

    @GetMapping("/{key}")
    TaskView get(@PathVariable long key) {
        TaskDetails details = tasks.get(key);
        return new TaskView(details.task(), details.formSchema(), details.variables());
    }

    @PostMapping("/{key}/claim")
    ResponseEntity<Void> claim(@PathVariable long key, Authentication user) {
        tasks.claim(key, CurrentUser.of(user));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable long key, Authentication user) {
        tasks.unclaim(key, CurrentUser.of(user));
        return ResponseEntity.noContent().build();
    }

    record Assignment(@NotBlank String assignee) {
    }

    /** A group's manager hands the task to someone. */
    @PostMapping("/{key}/assign")
    ResponseEntity<Void> assign(@PathVariable long key, @Valid @RequestBody Assignment assignment, Authentication user) {
        tasks.assign(key, assignment.assignee(), CurrentUser.of(user));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/complete")
    ResponseEntity<Void> complete(@PathVariable long key, @RequestBody Map<String, Object> variables, Authentication user) {
        tasks.complete(key, CurrentUser.of(user), variables);
        return ResponseEntity.noContent().build();
    }
}
