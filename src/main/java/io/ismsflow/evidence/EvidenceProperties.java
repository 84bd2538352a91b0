package io.ismsflow.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param maxSize the largest evidence file taken (the multipart limit of the web server is set a little above) */
@ConfigurationProperties("isms.evidence")
record EvidenceProperties(DataSize maxSize) {

    EvidenceProperties {
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("isms.evidence.max-size must be set and positive");
        }
    }
}
