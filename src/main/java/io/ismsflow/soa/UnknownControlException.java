package io.ismsflow.soa;

import java.util.NoSuchElementException;

public class UnknownControlException extends NoSuchElementException {

    UnknownControlException(String id) {
        super("Control " + id + " does not exist in the SoA");
    }
}
