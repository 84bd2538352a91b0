package io.ismsflow.risk;

/** Whether a control exists in the SoA, asked by the risk register (the SoA implements it; it depends on risks, not they on it). */
public interface KnownControls {

    boolean exists(String controlId);
}
