package io.ismsflow.soa;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ControlRepository extends ListCrudRepository<Control, String> {

    @Query("select c.* from control c join risk_control rc on rc.control = c.id where rc.risk_id = :riskId")
    List<Control> findLinkedTo(long riskId);
}
