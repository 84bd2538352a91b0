package io.ismsflow.soa;

import io.ismsflow.risk.KnownControls;
import org.springframework.stereotype.Component;

/** Tells the risk register which controls exist, for the actions of treatment plans. */
@Component
class SoaKnownControls implements KnownControls {

    private final StatementOfApplicability soa;

    SoaKnownControls(StatementOfApplicability soa) {
        this.soa = soa;
    }

    @Override
    public boolean exists(String controlId) {
        return soa.exists(controlId);
    }
}
