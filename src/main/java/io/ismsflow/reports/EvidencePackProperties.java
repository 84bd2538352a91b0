package io.ismsflow.reports;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param streamUpToTrailEntries a period with more audit-trail entries than this is packed in the background
 * @param streamUpToEvidence a period with more evidence uploaded than this is packed in the background
 * @param directory where packs built in the background wait to be downloaded
 */
@ConfigurationProperties("isms.evidence-pack")
record EvidencePackProperties(long streamUpToTrailEntries, DataSize streamUpToEvidence, Path directory) {
}
