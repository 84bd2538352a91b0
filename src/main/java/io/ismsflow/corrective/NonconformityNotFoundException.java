package io.ismsflow.corrective;

import java.util.NoSuchElementException;

public class NonconformityNotFoundException extends NoSuchElementException {

    NonconformityNotFoundException(String what) {
        super(what + " does not exist");
    }
}
