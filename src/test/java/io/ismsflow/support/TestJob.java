package io.ismsflow.support;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DocumentReferenceResponse;
import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job as Zeebe hands it to a worker, for delivering the very same job to a worker twice: Zeebe delivers at
 * least once, and a redelivered job keeps its key.
 */
public record TestJob(long key, String type, long processInstanceKey, String bpmnProcessId, String elementId)
        implements ActivatedJob {

    @Override public long getKey() { return key; }
    @Override public String getType() { return type; }
    @Override public long getProcessInstanceKey() { return processInstanceKey; }
    @Override public String getBpmnProcessId() { return bpmnProcessId; }
    @Override public int getProcessDefinitionVersion() { return 1; }
    @Override public long getProcessDefinitionKey() { return 0; }
    @Override public String getElementId() { return elementId; }
    @Override public long getElementInstanceKey() { return key - 1; }
    @Override public Map<String, String> getCustomHeaders() { return Map.of(); }
    @Override public String getWorker() { return "test"; }
    @Override public int getRetries() { return 3; }
    @Override public long getDeadline() { return Long.MAX_VALUE; }
    @Override public String getVariables() { return "{}"; }
    @Override public Map<String, Object> getVariablesAsMap() { return Map.of(); }
    @Override public <T> T getVariablesAsType(Class<T> variableType) { throw new UnsupportedOperationException(); }
    @Override public Object getVariable(String name) { return null; }
    @Override public UserTaskProperties getUserTask() { return null; }
    @Override public JobKind getKind() { return JobKind.BPMN_ELEMENT; }
    @Override public ListenerEventType getListenerEventType() { return ListenerEventType.UNSPECIFIED; }
    @Override public String toJson() { return "{}"; }
    @Override public String getTenantId() { return "<default>"; }
    @Override public List<DocumentReferenceResponse> getDocumentReferences(String variableName) { return List.of(); }
    @Override public Set<String> getTags() { return Set.of(); }

    /** A job that answers as its test job, but for what it overrides (a listener job's user task, say). */
    public interface Delegating extends ActivatedJob {

        TestJob job();

        @Override default long getKey() { return job().getKey(); }
        @Override default String getType() { return job().getType(); }
        @Override default long getProcessInstanceKey() { return job().getProcessInstanceKey(); }
        @Override default String getBpmnProcessId() { return job().getBpmnProcessId(); }
        @Override default int getProcessDefinitionVersion() { return job().getProcessDefinitionVersion(); }
        @Override default long getProcessDefinitionKey() { return job().getProcessDefinitionKey(); }
        @Override default String getElementId() { return job().getElementId(); }
        @Override default long getElementInstanceKey() { return job().getElementInstanceKey(); }
        @Override default Map<String, String> getCustomHeaders() { return job().getCustomHeaders(); }
        @Override default String getWorker() { return job().getWorker(); }
        @Override default int getRetries() { return job().getRetries(); }
        @Override default long getDeadline() { return job().getDeadline(); }
        @Override default String getVariables() { return job().getVariables(); }
        @Override default Map<String, Object> getVariablesAsMap() { return job().getVariablesAsMap(); }
        @Override default <T> T getVariablesAsType(Class<T> variableType) { return job().getVariablesAsType(variableType); }
        @Override default Object getVariable(String name) { return getVariablesAsMap().get(name); }
        @Override default UserTaskProperties getUserTask() { return job().getUserTask(); }
        @Override default JobKind getKind() { return JobKind.TASK_LISTENER; }
        @Override default ListenerEventType getListenerEventType() { return job().getListenerEventType(); }
        @Override default String toJson() { return job().toJson(); }
        @Override default String getTenantId() { return job().getTenantId(); }
        @Override default List<DocumentReferenceResponse> getDocumentReferences(String variableName) { return List.of(); }
        @Override default Set<String> getTags() { return job().getTags(); }
    }
}
