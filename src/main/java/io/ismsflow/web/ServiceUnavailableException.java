package io.ismsflow.web;

/** A service the app depends on refuses or cannot answer, for a reason the person cannot fix: 503. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
