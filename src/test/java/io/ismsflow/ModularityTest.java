package io.ismsflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages are Spring Modulith modules: no cycles, no reaching into another module's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(IsmsFlowApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
