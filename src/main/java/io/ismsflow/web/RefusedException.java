package io.ismsflow.web;

/** A request the caller may not make, for a reason the ISMS rules give; answered with 403 and the reason. */
public class RefusedException extends RuntimeException {

    public RefusedException(String reason) {
        super(reason);
    }
}
