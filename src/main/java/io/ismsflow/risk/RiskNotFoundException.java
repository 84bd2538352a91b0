package io.ismsflow.risk;

import java.util.NoSuchElementException;

public class RiskNotFoundException extends NoSuchElementException {

    RiskNotFoundException(long id) {
        super("Risk " + id + " does not exist");
    }
}
