package io.ismsflow.soa;

import java.util.Optional;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface ControlRepository extends ListCrudRepository<Control, String> {

    /** The control, its row locked until the transaction ends: for a change many workers may want at once. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Control> findLockedById(String id);
}
