package io.ismsflow.evidence;

import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Evidence content in its own MySQL table, apart from the records. */
@Component
@ConditionalOnMissingBean(value = EvidenceStore.class, ignored = DatabaseEvidenceStore.class)
class DatabaseEvidenceStore implements EvidenceStore {

    private final JdbcClient jdbc;

    DatabaseEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String put(byte[] content) {
        String key = UUID.randomUUID().toString();
        jdbc.sql("insert into evidence_content (storage_key, content) values (?, ?)").params(key, content).update();
        return key;
    }

    @Override
    public byte[] get(String storageKey) {
        return jdbc.sql("select content from evidence_content where storage_key = ?").param(storageKey).query(byte[].class)
                .optional().orElseThrow(() -> new NoSuchElementException("No evidence content " + storageKey));
    }
}
