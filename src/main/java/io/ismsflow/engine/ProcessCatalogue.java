package io.ismsflow.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The names people know the processes and their steps by, read from the BPMN models the app deploys
 * ({@code bpmn/*.bpmn}): "Corrective action", "Contain and correct". Pages call it as {@code @processes}.
 */
@Component("processes")
public class ProcessCatalogue {

    private static final Pattern QUOTED = Pattern.compile("\"([a-z][a-z-]*)\"");

    private final Map<String, String> processNames = new HashMap<>();
    private final Map<String, String> elementNames = new HashMap<>();
    private final Map<String, String> modelXml = new HashMap<>();
    private final Map<String, List<ProcessStep>> tasksByGroup = new HashMap<>();

    /** A step of a process, by the names people know them by. */
    public record ProcessStep(String process, String step) {
    }

    ProcessCatalogue() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
                byte[] xml = resource.getContentAsByteArray();
                try (InputStream in = new java.io.ByteArrayInputStream(xml)) {
                    BpmnModelInstance model = Bpmn.readModelFromStream(in);
                    for (Process process : model.getModelElementsByType(Process.class)) {
                        processNames.put(process.getId(), process.getName() == null ? process.getId() : process.getName());
                        modelXml.put(process.getId(), new String(xml, java.nio.charset.StandardCharsets.UTF_8));
                        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                            if (element.getName() != null) {
                                elementNames.put(process.getId() + "/" + element.getId(), element.getName());
                            }
                        }
                        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                            for (String group : candidateGroups(task)) {
                                tasksByGroup.computeIfAbsent(group, key -> new ArrayList<>())
                                        .add(new ProcessStep(processNames.get(process.getId()), task.getName()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the BPMN models from the classpath", e);
        }
    }

    /** The deployed processes' ids, in name order. */
    public List<String> processIds() {
        return processNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    public String processName(String processId) {
        return processId == null ? "" : processNames.getOrDefault(processId, processId);
    }

    /** The step's name, or its id when the model gives it none. */
    public String elementName(String processId, String elementId) {
        return elementNames.getOrDefault(processId + "/" + elementId, elementId);
    }

    /** The step's name found in any model, for records that know the step but not the process. */
    public String elementName(String elementId) {
        return elementNames.entrySet().stream().filter(entry -> entry.getKey().endsWith("/" + elementId))
                .map(Map.Entry::getValue).findFirst().orElse(elementId);
    }

    /** The id of the process whose model holds the step, if a model does. */
    public Optional<String> processIdOfElement(String elementId) {
        return elementNames.keySet().stream().filter(key -> key.endsWith("/" + elementId)).map(key -> key.substring(0, key.indexOf('/')))
                .findFirst();
    }

    /** The name of the process whose model holds the step. */
    public String processNameOfElement(String elementId) {
        return elementNames.keySet().stream().filter(key -> key.endsWith("/" + elementId))
                .map(key -> processName(key.substring(0, key.indexOf('/')))).findFirst().orElse("");
    }

    /**
     * The user tasks the group's members may work on, read from the candidate groups of the models, so a role's
     * page (5.3) says what the deployed processes really ask of it.
     */
    public List<ProcessStep> tasksOf(String group) {
        return tasksByGroup.getOrDefault(group, List.of()).stream().distinct()
                .sorted(Comparator.comparing(ProcessStep::process).thenComparing(ProcessStep::step)).toList();
    }

    /**
     * A task's candidate groups: a list, or an expression choosing among groups it names as string literals
     * ({@code =if documentType = "POLICY" then "top-management" else "isms-managers"}).
     */
    private static List<String> candidateGroups(UserTask task) {
        ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
        String groups = assignment == null ? null : assignment.getCandidateGroups();
        if (groups == null || groups.isBlank()) {
            return List.of();
        }
        if (groups.startsWith("=")) {
            return QUOTED.matcher(groups).results().map(match -> match.group(1)).toList();
        }
        return Arrays.stream(groups.split(",")).map(String::trim).filter(group -> !group.isEmpty()).toList();
    }

    /** The model's XML, for the diagram of a running process. */
    public String modelXml(String processId) {
        return modelXml.get(processId);
    }
}
