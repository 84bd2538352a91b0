package io.ismsflow.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The BPMN models and forms on the classpath (from {@code bpmn/} and {@code forms/}), as the engine will run them. */
public final class ProcessModels {

    private final Map<String, BpmnModelInstance> modelsByFile = new LinkedHashMap<>();
    private final List<Resource> forms;

    public ProcessModels() {
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            for (Resource resource : resolver.getResources("classpath*:bpmn/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    modelsByFile.put(resource.getFilename(), Bpmn.readModelFromStream(in));
                }
            }
            forms = List.of(resolver.getResources("classpath*:forms/*.form"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the BPMN models and forms from the classpath", e);
        }
    }

    /** The models with Camunda user tasks rewritten to job-worker user tasks, by file name. */
    public Map<String, BpmnModelInstance> forInMemoryEngine() {
        Map<String, BpmnModelInstance> rewritten = new LinkedHashMap<>();
        modelsByFile.forEach((file, model) -> rewritten.put(file, JobWorkerUserTasks.rewrite(model.clone())));
        return rewritten;
    }

    public List<Resource> forms() {
        return forms;
    }

    public String elementName(String processId, String elementId) {
        return modelsByFile.values().stream()
                .filter(model -> model.getModelElementsByType(Process.class).stream().anyMatch(p -> p.getId().equals(processId)))
                .map(model -> model.<FlowElement>getModelElementById(elementId))
                .filter(element -> element != null && element.getName() != null)
                .map(FlowElement::getName)
                .findFirst()
                .orElse(elementId);
    }
}
