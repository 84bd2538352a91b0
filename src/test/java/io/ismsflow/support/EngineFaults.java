package io.ismsflow.support;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts a fault between the app's Camunda client and the engine, without stopping the engine the other tests use:
 * once told, calls of a gRPC method (e.g. {@code PublishMessage}) are refused as if the engine could not be
 * reached, or time out, until {@link #heal()}. The Camunda Spring SDK adds every {@link ClientInterceptor} bean to
 * its client.
 */
public class EngineFaults implements ClientInterceptor {

    private record Fault(String method, Status status) {
    }

    private final AtomicReference<Fault> fault = new AtomicReference<>();
    private final AtomicInteger failedCalls = new AtomicInteger();

    /** Calls whose gRPC method name contains {@code method} fail with UNAVAILABLE. */
    public void refuse(String method) {
        fault.set(new Fault(method, Status.UNAVAILABLE.withDescription("Simulated: the engine cannot be reached")));
    }

    /** Calls whose gRPC method name contains {@code method} fail with DEADLINE_EXCEEDED. */
    public void timeOut(String method) {
        fault.set(new Fault(method, Status.DEADLINE_EXCEEDED.withDescription("Simulated: the engine did not answer in time")));
    }

    public void heal() {
        fault.set(null);
    }

    /** How many calls failed by a fault since this engine started. */
    public int failedCalls() {
        return failedCalls.get();
    }

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        Fault current = fault.get();
        if (current == null || !method.getFullMethodName().contains(current.method())) {
            return next.newCall(method, options);
        }
        failedCalls.incrementAndGet();
        return new ClientCall<>() {
            @Override
            public void start(Listener<A> listener, Metadata headers) {
                listener.onClose(current.status(), new Metadata());
            }

            @Override
            public void request(int messages) {
            }

            @Override
            public void cancel(String message, Throwable cause) {
            }

            @Override
            public void halfClose() {
            }

            @Override
            public void sendMessage(Q message) {
            }
        };
    }
}
