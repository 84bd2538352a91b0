package io.ismsflow.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ismsflow.security.CurrentUser;
import io.ismsflow.web.Listing;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The task list people work from: their own open tasks and their groups' unclaimed ones (viewers see every open
 * task, read-only), filtered and sorted; and a task's page, which renders its Camunda Form with form-js.
 */
@Controller
class TaskPages {

    private final Tasks tasks;
    private final TaskEscalations escalations;
    private final List<TaskContext> contexts;
    private final ObjectMapper json;
    private final Clock clock;

    TaskPages(Tasks tasks, TaskEscalations escalations, List<TaskContext> contexts, ObjectMapper json, Clock clock) {
        this.tasks = tasks;
        this.escalations = escalations;
        this.contexts = contexts;
        this.json = json;
        this.clock = clock;
    }

    /** A line of the task list. */
    record Row(UserTask task, String subject, boolean overdue, String escalationLevel, boolean mine, boolean mayWork) {
    }

    /**
     * The task list. {@code view=mine} (a contributor's default): what they may work on now; {@code view=all}: every
     * open task across the groups, as a manager follows them up, {@code overdue} narrowing it to the late ones.
     */
    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String process, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "due") String sort, @RequestParam(required = false) String view,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "1") int page,
                Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean all = "all".equals(view) || !user.isContributor();
        List<TaskRecord> open = tasks.open();
        List<Row> rows = open.stream()
                .filter(record -> all || tasks.mayWorkOn(record.task(), user))
                .filter(record -> !overdue || (record.due() != null && record.due().isBefore(now)))
                .filter(record -> process == null || process.isBlank() || record.task().processId().equals(process))
                .map(record -> row(record.task(), record.getSubject(), escalationVariables(record), user, now))
                .filter(row -> q == null || q.isBlank() || (row.task().name() + " " + row.subject()).toLowerCase().contains(q.toLowerCase()))
                .sorted(order(sort))
                .toList();
        model.addAttribute("rows", Listing.of(rows, page));
        model.addAttribute("processes", open.stream().map(record -> record.task().processId()).distinct().sorted().toList());
        model.addAttribute("process", process);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("all", all);
        model.addAttribute("overdue", overdue);
        return "tasks";
    }

    @GetMapping("/tasks/{key}")
    String show(@PathVariable long key, Authentication authentication, Model model) throws JsonProcessingException {
        CurrentUser user = CurrentUser.of(authentication);
        TaskDetails details = tasks.get(key);
        Optional<String> whyNot = tasks.whyNot(details, user);
        model.addAttribute("row", row(details.task(), Objects.toString(details.variables().get("subject"), ""), details.variables(), user,
                OffsetDateTime.now(clock)));
        model.addAttribute("mayComplete", whyNot.isEmpty());
        model.addAttribute("whyNot", whyNot.orElse(null));
        contexts.stream().map(context -> context.panelFor(details.task(), details.variables())).flatMap(Optional::stream).findFirst()
                .ifPresent(panel -> {
                    model.addAttribute("panel", panel);
                    model.addAllAttributes(panel.model());
                });
        model.addAttribute("formJson", inScript(details.formSchema()));
        model.addAttribute("variablesJson", inScript(json.writeValueAsString(details.variables())));
        return "task";
    }

    /** JSON to embed in a script element: no "</script>" in a variable can end it early. */
    private static String inScript(String json) {
        return json.replace("<", "\\u003c");
    }

    /**
     * The open task of a process instance (at a step, if named): where notifications link, so a reminder or an
     * escalation opens the very task; a task done by now sends the reader to the list with a word.
     */
    @GetMapping("/tasks/open")
    String open(@RequestParam long instance, @RequestParam(required = false) String step) {
        return tasks.list(TaskQuery.all()).stream()
                .filter(task -> task.processInstanceKey() == instance)
                .filter(task -> step == null || step.equals(task.elementId())
                        || step.equals(String.valueOf(tasks.get(task.key()).variables().get("escalationTaskRef"))))
                .findFirst()
                .map(task -> "redirect:/tasks/" + task.key())
                .orElse("redirect:/tasks?done=1");
    }

    @PostMapping("/tasks/{key}/claim")
    String claim(@PathVariable long key, Authentication authentication) {
        tasks.claim(key, CurrentUser.of(authentication));
        return "redirect:/tasks/" + key;
    }

    @PostMapping("/tasks/{key}/unclaim")
    String unclaim(@PathVariable long key, Authentication authentication) {
        tasks.unclaim(key, CurrentUser.of(authentication));
        return "redirect:/tasks";
    }

    private Row row(UserTask task, String subject, Map<String, Object> variables, CurrentUser user, OffsetDateTime now) {
        return new Row(task, Objects.toString(subject, ""), task.due() != null && task.due().isBefore(now),
                escalations.levelOf(task, variables).orElse(null), user.name().equals(task.assignee()), tasks.mayWorkOn(task, user));
    }

    /** What the escalation chain matches a task by: its escalation reference, kept in the task's row. */
    private static Map<String, Object> escalationVariables(TaskRecord record) {
        return record.getEscalationRef() == null ? Map.of() : Map.of(TaskRegister.ESCALATION_REF, record.getEscalationRef());
    }

    private static Comparator<Row> order(String sort) {
        Comparator<Row> byDue = Comparator.comparing(row -> row.task().due(), Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Row> byCreated = Comparator.comparing(row -> row.task().created(), Comparator.nullsLast(Comparator.reverseOrder()));
        return "created".equals(sort) ? byCreated : byDue;
    }
}
