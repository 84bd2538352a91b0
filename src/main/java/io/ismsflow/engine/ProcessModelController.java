package io.ismsflow.engine;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The BPMN model of a process, for the diagram drawn on record pages. */
@Controller
class ProcessModelController {

    private final ProcessCatalogue catalogue;

    ProcessModelController(ProcessCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/processes/{processId}.bpmn")
    ResponseEntity<String> model(@PathVariable String processId) {
        String xml = catalogue.modelXml(processId);
        return xml == null ? ResponseEntity.notFound().build() : ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml);
    }
}
