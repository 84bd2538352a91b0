package io.ismsflow.web;

/** A request that contradicts the state of a record (already running, already claimed, already raised): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
